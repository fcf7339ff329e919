"""The mini timer's commands: one QAction each, shared by its keys and its context menu.

Each action carries its key as a window shortcut, so the keys work whenever the mini window has
focus and the menu shows them beside the words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.qt.session_controller import SessionController
from app.session import State

OPACITY_CHOICES = (100, 85, 70, 55)  # percent


def _pause_text(state: State) -> str:
    if state is State.PAUSED:
        return "Resume"
    return "Go on gently" if state is State.AWAITING_CHOICE else "Pause"


class MiniCommands(QObject):
    def __init__(self, window: QWidget, controller: SessionController, show_main: Callable[[], None],
                 stop: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        c = controller
        self.pause = self._add("Pause", Qt.Key.Key_Space, c.toggle_pause)
        self.skip = self._add("Skip ahead", Qt.Key.Key_Right, c.skip)
        self.back = self._add("Back to the previous stretch", Qt.Key.Key_Left, c.back)
        self.restart = self._add("Restart this stretch", Qt.Key.Key_R, c.restart_step)
        self.pain = self._add("Sharp pain", Qt.Key.Key_P, c.pain)
        self.stop = self._add("Stop the routine…", Qt.Key.Key_Escape, stop)
        self.main = self._add("Back to the main window", Qt.Key.Key_M, show_main)
        self.unpin = QAction("Unpin", self)  # the same as going back, said the way a pinned window is left
        self.unpin.triggered.connect(show_main)
        self.opacity_group = QActionGroup(self)
        self.opacity_group.setExclusive(True)
        self.follow(controller.state)

    def _add(self, text: str, key: Qt.Key, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def follow(self, state: State) -> None:
        """Enable what makes sense now; the pause action says what it will do."""
        self.pause.setText(_pause_text(state))
        for action in (self.pause, self.skip, self.back, self.restart, self.stop):
            action.setEnabled(state.active)
        self.pain.setEnabled(state in (State.RUNNING, State.PAUSED))

    def add_opacity_choice(self, percent: int, checked: bool, choose: Callable[[int], None]) -> QAction:
        action = QAction(f"{percent}%", self.opacity_group)
        action.setCheckable(True)
        action.setChecked(checked)
        action.triggered.connect(lambda: choose(percent))
        return action

    def menu(self, parent: QWidget, opacity_available: bool) -> QMenu:
        menu = QMenu(parent)
        menu.setObjectName("miniTimerMenu")
        menu.addActions([self.pause, self.skip, self.back, self.restart, self.pain, self.stop])
        menu.addSeparator()
        opacity = menu.addMenu("Opacity" if opacity_available else "Opacity (not available here)")
        opacity.addActions(self.opacity_group.actions())
        opacity.setEnabled(opacity_available)
        menu.addSeparator()
        menu.addActions([self.main, self.unpin])
        return menu
