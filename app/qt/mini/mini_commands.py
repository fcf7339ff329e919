"""The mini timer's commands, shared by its keys and its context menu: the session's own actions
(app.qt.adapters.session_actions, the same ones the main window and the tray use) plus the window's.

Each action carries its key as a window shortcut, so the keys work whenever the mini window has
focus and the menu shows them beside the words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.qt.adapters.session_actions import SessionActions, window_key
from app.qt.translation import arg
from app.session.commands import Command

OPACITY_CHOICES = (100, 85, 70, 55)  # percent


class MiniCommands(QObject):
    def __init__(self, window: QWidget, actions: SessionActions, show_main: Callable[[], None]) -> None:
        """The session's commands are the shared `actions`; only the window's own are made here."""
        super().__init__(window)
        self._window = window
        self.session = actions
        actions.add_to(window)
        self.pause = actions.toggle
        self.skip, self.back = actions[Command.SKIP], actions[Command.BACK]
        self.restart, self.pain, self.stop = actions[Command.RESTART], actions[Command.PAIN], actions[Command.STOP]
        self.main = window_key(window, self.tr("Back to the main window"), "M", show_main)
        self.unpin = QAction(self.tr("Unpin"), self)  # the same as going back, said the way a pinned window is left
        self.unpin.triggered.connect(show_main)
        # only where the window system will not keep it on top (Wayland): how to pin it by hand
        self.pin_help = QAction(self.tr("How to keep it on top"), self)
        self.opacity_group = QActionGroup(self)
        self.opacity_group.setExclusive(True)

    def add_opacity_choice(self, percent: int, checked: bool, choose: Callable[[int], None]) -> QAction:
        action = QAction(arg(self.tr("%1%", "an opacity"), percent), self.opacity_group)
        action.setCheckable(True)
        action.setChecked(checked)
        action.triggered.connect(lambda: choose(percent))
        return action

    def menu(self, parent: QWidget, opacity_available: bool, on_top: bool = True) -> QMenu:
        menu = QMenu(parent)
        menu.setObjectName("miniTimerMenu")
        menu.addActions([self.pause, self.skip, self.back, self.restart, self.pain, self.stop])
        menu.addSeparator()
        opacity = menu.addMenu(self.tr("Opacity") if opacity_available else self.tr("Opacity (not available here)"))
        opacity.addActions(self.opacity_group.actions())
        opacity.setEnabled(opacity_available)
        menu.addSeparator()
        if not on_top:
            menu.addAction(self.pin_help)
        menu.addActions([self.main, self.unpin])
        return menu
