"""Work that can wait until the person has seen a window: run once the first window is painted.

A start makes what its first paint shows and leaves the rest (the tray icon, the reminders, the
routine list's commands) for just after it, so the window appears sooner and all the rest still
comes a moment later. With no window shown (a start in the background) nothing is waited for: the
work runs at the event loop's next turn. A window that is shown but never painted (minimised, or
a compositor that holds it back) does not hold the work back for long either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

LONGEST_WAIT_MS = 2000  # a shown window that has not painted by then is not waited for any longer


def _shown_windows(app: QApplication) -> list[QWidget]:
    return [widget for widget in app.topLevelWidgets() if widget.isVisible()]


class AfterFirstPaint(QObject):
    """Runs `work` once: after the first paint of a top-level window, or at the next turn of the
    event loop when none is shown. Owned by `app`; it deletes itself when done, and with it go
    its filters (Qt drops a deleted filter from every object it watched). It keeps no reference
    to the windows: a window Qt made and deletes itself would leave a dangling one."""

    def __init__(self, app: QApplication, work: Callable[[], None]) -> None:
        super().__init__(app)
        self._work: Callable[[], None] | None = work
        # the shown windows' own events only: a filter on the whole app would be asked about
        # every event of every widget until then, in Python
        shown = _shown_windows(app)
        if not shown:
            QTimer.singleShot(0, self, self._run)
            return
        for window in shown:
            window.installEventFilter(self)
        QTimer.singleShot(LONGEST_WAIT_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._work is not None and event.type() == QEvent.Type.Paint:
            # at the next turn, so the paint (and its flush to the screen) is over first
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:  # already done, by the paint or the longest wait
            return
        self.deleteLater()
        work()


def after_first_paint(app: QApplication, work: Callable[[], None]) -> AfterFirstPaint:
    return AfterFirstPaint(app, work)
