"""Dragging the mini timer: by any part but the ring, moved by the window manager where it can be
(so it works on Wayland too), and by the window itself where it cannot.

A plain click or double-click never starts a drag, so it never hands the pointer to the window
manager. A system move reports no release to Qt: the drag is over once the window stops moving.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 250  # a system move reports no release: the drag is over once the window stops moving
SETTLE_TRIES = 8  # some window managers keep the button "down" for Qt after their move


class Drag(QObject):
    """One window's drag, fed the window's mouse and move events; `finished` is called once the
    person has let go of a drag (never after a plain click)."""

    def __init__(self, window: QWidget, finished: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._finished = finished
        self._press: QPoint | None = None  # where a left press began, globally, while it may become a drag
        self._grab = QPoint()  # the press point inside the window, for moving it by hand
        self._by_hand = False
        self._dragged = False
        self._settle_tries = 0
        # an owned timer, never a singleShot callback: it dies with the window
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    def press(self, event: QMouseEvent) -> bool:
        """A press on the window; False when it is not the left button's, which never drags."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = event.globalPosition().toPoint()
        self._grab = self._press - self._window.pos()
        event.accept()
        return True

    def move(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        here = event.globalPosition().toPoint()
        if not self._by_hand:
            if (here - self._press).manhattanLength() < QApplication.startDragDistance():
                return
            self._start()
        if self._by_hand:
            self._window.move(here - self._grab)

    def _start(self) -> None:
        # Only a press that moved past the drag distance gets here. Where the platform cannot move
        # windows for us, we move it ourselves.
        self._dragged = True
        self._settle_tries = 0
        handle = self._window.windowHandle()
        if handle is not None and handle.startSystemMove():
            self._press = None
        else:
            self._by_hand = True

    def release(self) -> None:
        if self._by_hand:
            self._finish()
        self._press = None
        self._by_hand = False

    def window_moved(self) -> None:
        """The window moved: during a system move, wait for it to come to rest."""
        if self._dragged and not self._by_hand:
            self._settle.start()

    def _settled(self) -> None:
        self._settle_tries += 1
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton and self._settle_tries < SETTLE_TRIES:
            self._settle.start()
            return
        self._finish()

    def _finish(self) -> None:
        self._dragged = False  # first: the window's own snap to an edge is not a drag
        self._finished()
