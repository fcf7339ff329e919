"""The compiled main window form (app/qt/window/main_window_form.py) builds what QUiLoader builds
of ui/main_window.ui: the same widgets, named alike, in the same places, saying the same words."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLayout, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from app.paths import default_paths
from app.qt.widgets.forms import load_form
from app.qt.widgets.hold_timer import HoldTimer
from app.qt.window.audio_notice import AudioNotice
from app.qt.window.main_window_form import MainFormUi
from app.qt.window.pose_panel import PosePanel
from app.qt.window.routine_list import RoutineList


def _described(form: QWidget) -> list[tuple[object, ...]]:
    """Each named widget and layout of `form`: what it is, where it is, and what it says."""
    found: list[tuple[object, ...]] = []
    for widget in form.findChildren(QWidget):
        if not widget.objectName() or widget.objectName().startswith("qt_"):
            continue
        words: tuple[object, ...] = (widget.toolTip(), widget.accessibleName(), widget.isVisibleTo(form))
        if isinstance(widget, (QLabel, QAbstractButton)):
            words += (widget.text(),)
        if isinstance(widget, QLabel):
            words += (widget.alignment(), widget.wordWrap(), widget.textFormat())
        geometry = widget.geometry().getRect()
        found.append((widget.objectName(), type(widget).__name__, geometry, widget.minimumSize().toTuple(),
                      widget.maximumSize().toTuple(), widget.sizePolicy().horizontalPolicy(),
                      widget.sizePolicy().verticalPolicy(), *words))
    for layout in form.findChildren(QLayout):
        margins = layout.contentsMargins()
        found.append((layout.objectName(), type(layout).__name__, layout.spacing(),
                      (margins.left(), margins.top(), margins.right(), margins.bottom())))
    return sorted(found, key=lambda entry: str(entry[0]))


def _shown(qtbot: QtBot, make: object) -> tuple[QMainWindow, QWidget]:
    window = QMainWindow()
    qtbot.addWidget(window)
    form = make(window)  # type: ignore[operator]
    window.setCentralWidget(form)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window, form  # the window too: the form goes with it


def _loaded(parent: QWidget) -> QWidget:
    return load_form(default_paths().ui / "main_window.ui", parent, (RoutineList, PosePanel, HoldTimer, AudioNotice))


def _compiled(parent: QWidget) -> QWidget:
    form = QWidget(parent)
    MainFormUi().setupUi(form)
    return form


def test_the_compiled_form_builds_what_quiloader_builds(qtbot: QtBot) -> None:
    loaded_window, compiled_window = _shown(qtbot, _loaded), _shown(qtbot, _compiled)  # kept while read
    loaded, compiled = _described(loaded_window[1]), _described(compiled_window[1])
    assert [entry[0] for entry in compiled] == [entry[0] for entry in loaded]
    for ours, theirs in zip(compiled, loaded, strict=True):
        assert ours == theirs
