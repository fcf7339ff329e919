"""The mini timer's drag on its own: a click is never a drag, a drag follows the pointer (the
offscreen platform cannot move windows, so the window moves itself) and ends once, on release."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.qt.mini.mini_drag import Drag


@dataclass
class Stage:
    window: QWidget
    drag: Drag
    ended: list[QPoint] = field(default_factory=list)

    def mouse(self, kind: QEvent.Type, at: QPoint, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> QMouseEvent:
        """A mouse event at global `at`, with the left button held unless it is a release."""
        held = Qt.MouseButton.NoButton if kind is QEvent.Type.MouseButtonRelease else button
        return QMouseEvent(kind, QPointF(at - self.window.pos()), QPointF(at), button, held,
                           Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def stage(qtbot: QtBot) -> Stage:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(100, 60)
    window.move(200, 200)
    window.show()
    qtbot.waitExposed(window)
    ended: list[QPoint] = []
    return Stage(window, Drag(window, lambda: ended.append(window.pos())), ended)


def test_a_click_is_not_a_drag(stage: Stage) -> None:
    start = stage.window.pos() + QPoint(5, 5)
    assert stage.drag.press(stage.mouse(QEvent.Type.MouseButtonPress, start))
    stage.drag.move(stage.mouse(QEvent.Type.MouseMove, start + QPoint(1, 0)))  # within the drag distance
    stage.drag.release()
    assert stage.ended == []
    assert stage.window.pos() == QPoint(200, 200)


def test_a_drag_follows_the_pointer_and_ends_once_on_release(stage: Stage) -> None:
    start = stage.window.pos() + QPoint(5, 5)
    stage.drag.press(stage.mouse(QEvent.Type.MouseButtonPress, start))
    far = QPoint(QApplication.startDragDistance() + 40, 30)
    stage.drag.move(stage.mouse(QEvent.Type.MouseMove, start + far))
    assert stage.window.pos() == QPoint(200, 200) + far  # the grabbed point stays under the pointer
    stage.drag.release()
    stage.drag.release()
    assert stage.ended == [QPoint(200, 200) + far]


def test_only_the_left_button_drags(stage: Stage) -> None:
    start = stage.window.pos() + QPoint(5, 5)
    assert not stage.drag.press(stage.mouse(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.RightButton))
    stage.drag.move(stage.mouse(QEvent.Type.MouseMove, start + QPoint(80, 80), Qt.MouseButton.RightButton))
    assert stage.window.pos() == QPoint(200, 200)
