"""Work left for after the first paint: not before a shown window is painted, once, and at the next
turn of the event loop when no window is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.qt.widgets.first_paint import after_first_paint


class PaintsSeen(QObject):
    """Counts the paints of `window`, as they arrive."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_with_no_window_shown_the_work_runs_at_the_next_turn(qtbot: QtBot, qapp: QApplication) -> None:
    done: list[str] = []
    after_first_paint(qapp, lambda: done.append("done"))
    assert done == []  # not inside the call: the caller finishes its start first
    qtbot.waitUntil(lambda: done == ["done"])


def test_the_work_waits_for_the_shown_window_to_be_painted(qtbot: QtBot, qapp: QApplication) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(200, 100)
    paints = PaintsSeen(window)
    window.show()
    seen_at_work: list[int] = []
    after_first_paint(qapp, lambda: seen_at_work.append(paints.count))
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: seen_at_work != [])
    assert seen_at_work[0] >= 1  # the window was painted before the work ran
    window.update()
    qtbot.waitUntil(lambda: paints.count >= 2)
    QCoreApplication.processEvents()
    assert len(seen_at_work) == 1  # once, not at every paint
