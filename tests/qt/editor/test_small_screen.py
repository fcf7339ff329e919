"""Both editors fit an 800 x 600 screen in every language Supple speaks, the pseudo-locale's 40%
longer words included: a form wider than the screen would hide its Save button past the edge."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.context import load_context
from app.language import PSEUDO, TRANSLATED
from app.paths import Paths
from app.qt import translation
from app.qt.editor.routine_actions import RoutineActions
from app.qt.widgets.screen_fit import FRAME_ALLOWANCE
from app.qt.widgets.theme import apply_theme
from app.session import Timing

SMALL_SCREEN = QSize(800, 600) - FRAME_ALLOWANCE


@pytest.fixture(params=["en", *TRANSLATED, PSEUDO])
def actions(request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication,
            isolated_paths: Paths) -> Iterator[RoutineActions]:
    language = request.param
    installed = translation.install(language)
    style_sheet, palette = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp, "dark", isolated_paths.ui / "supple.qss", isolated_paths.assets / "icons")  # its padding counts
    context = load_context(isolated_paths, language)
    host = QWidget()
    qtbot.addWidget(host)
    catalogue = context.catalogue.catalogue
    yield RoutineActions(host, lambda: "lower-back-relief", lambda: catalogue, Timing, isolated_paths,
                         language=language)
    qapp.setStyleSheet(style_sheet)
    qapp.setPalette(palette)
    installed.remove()
    translation.install("en")


def _fits(minimum: QSize) -> bool:
    return minimum.width() <= SMALL_SCREEN.width() and minimum.height() <= SMALL_SCREEN.height()


def test_the_routine_and_stretch_editors_fit_a_small_screen(actions: RoutineActions) -> None:
    routine_editor = actions.duplicate_routine()
    assert routine_editor is not None
    assert _fits(routine_editor.minimumSizeHint()), routine_editor.minimumSizeHint()
    stretch_editor = routine_editor.stretch_actions.new_stretch()
    assert _fits(stretch_editor.minimumSizeHint()), stretch_editor.minimumSizeHint()
    for editor in (stretch_editor, routine_editor):
        editor.hide()
        editor.deleteLater()
