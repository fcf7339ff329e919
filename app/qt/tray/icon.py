"""The tray icon: start a routine, show or hide the window, pause, quit, and what is running; where
the mini timer cannot stay on top by itself (Wayland), bring it forward.

Where the desktop has no tray, `Tray.available` is False and nothing is created, so Qt has nothing
to warn about. The tray only asks (signals); the application decides what a request does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.catalogue import Catalogue
from app.paths import APP_ID, APP_NAME
from app.presenters.glance import status_line
from app.presenters.presentation import words_key
from app.qt.adapters.session_actions import SessionActions
from app.qt.adapters.session_controller import SessionController
from app.session.commands import Command


def app_icon_file(assets: Path) -> Path | None:
    """The app's own SVG icon, if the install has one: the one named after the app id first."""
    icons = sorted((assets / "icons").glob("*.svg"))
    named = [icon for icon in icons if icon.stem == APP_ID]
    return next(iter(named or icons), None)


def _fallback_icon(catalogue: Catalogue) -> QIcon:
    """Without an app icon, the first illustrated stretch stands in: better than a blank square."""
    # the figure's drawing, loaded only here: a tray with its own icon never draws one
    from app.qt.widgets.thumbnails import illustrated_name, thumbnail_icon  # noqa: PLC0415

    stretch = next((s for s in catalogue.stretches.values() if illustrated_name(s)), None)
    if stretch is None:
        return QIcon()
    return thumbnail_icon(stretch, QGuiApplication.palette(), QSize(64, 64))


SNOOZE_CHOICES = (5, 10, 30)  # minutes, as the prompt's companion offers them


class TrayMenu(QMenu):
    routineRequested = Signal(str)  # a routine id
    snoozeRequested = Signal(int)  # minutes: remind me then
    pauseRequested = Signal(str)  # "hour" or "tomorrow"
    resumeRequested = Signal()

    def __init__(self, catalogue: Catalogue, actions: SessionActions, offer_forward: bool = False) -> None:
        """`offer_forward`: the mini timer cannot keep itself on top here (Wayland), so the menu
        can bring it in front."""
        super().__init__()
        self.setObjectName("trayMenu")
        self.status = self.addAction(APP_NAME)
        self.status.setEnabled(False)  # a line to read, not a command
        self.addSeparator()
        self.routines = self.addMenu(self.tr("Start a routine"))
        self.fill_routines(catalogue)
        # the session's own actions, shared with both windows: enabled by the same table
        self.pause, self.pain, self.stop = actions.toggle, actions[Command.PAIN], actions[Command.STOP]
        self.addActions([self.pause, self.pain, self.stop])
        self.bring_forward = self.addAction(self.tr("&Bring the mini timer forward"))
        self.bring_forward.setVisible(offer_forward)
        self.addSeparator()
        self._add_reminders()
        self.addSeparator()
        self.show_hide = self.addAction(self.tr("Show Supple"))
        self.quit = self.addAction(self.tr("Quit Supple"))
        actions.activeChanged.connect(self.follow)
        self.follow(actions.active)

    def fill_routines(self, catalogue: Catalogue) -> None:
        self.routines.clear()
        for routine in catalogue.routines:
            action = self.routines.addAction(routine.name)
            action.triggered.connect(lambda _=False, routine_id=routine.id: self.routineRequested.emit(routine_id))

    def _add_reminders(self) -> None:
        """The companion's line (the time to the next reminder) and its choices."""
        self.reminder_line = self.addAction("")
        self.reminder_line.setEnabled(False)
        self.reminders = self.addMenu(self.tr("Reminders"))
        for minutes in SNOOZE_CHOICES:
            action = self.reminders.addAction(self.tr("Remind me in %n min", "", minutes))
            action.triggered.connect(lambda _=False, minutes=minutes: self.snoozeRequested.emit(minutes))
        self.reminders.addSeparator()
        self.pause_hour = self.reminders.addAction(self.tr("Pause reminders for 1 hour"))
        self.pause_hour.triggered.connect(lambda: self.pauseRequested.emit("hour"))
        self.pause_tomorrow = self.reminders.addAction(self.tr("Pause reminders until tomorrow"))
        self.pause_tomorrow.triggered.connect(lambda: self.pauseRequested.emit("tomorrow"))
        self.resume = self.reminders.addAction(self.tr("Resume reminders"))
        self.resume.triggered.connect(self.resumeRequested)
        self.show_reminders("", paused=False, enabled=False)

    def show_reminders(self, line: str, *, paused: bool, enabled: bool) -> None:
        self.reminder_line.setText(line)
        self.reminder_line.setVisible(bool(line))
        self.reminders.menuAction().setVisible(enabled)
        for action in (self.pause_hour, self.pause_tomorrow):
            action.setVisible(not paused)
        self.resume.setVisible(paused)

    def follow(self, active: bool) -> None:
        self.routines.menuAction().setEnabled(not active)  # one routine at a time
        self.bring_forward.setEnabled(active)  # the mini timer follows a routine


class Tray(QObject):
    routineRequested = Signal(str)  # a routine id: start it
    snoozeRequested = Signal(int)  # minutes
    pauseRequested = Signal(str)  # "hour" or "tomorrow"
    resumeRequested = Signal()
    showWindowRequested = Signal()
    hideWindowRequested = Signal()
    quitRequested = Signal()
    stopRequested = Signal()  # Stop, when the tray stands alone (the app shares its own actions)
    miniForwardRequested = Signal()  # the mini timer, in front (where it cannot stay on top by itself)

    def __init__(self, controller: SessionController, catalogue: Catalogue, assets: Path, *,
                 window_visible: Callable[[], bool] = lambda: False, available: bool | None = None,
                 actions: SessionActions | None = None, offer_forward: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offer_forward = offer_forward
        self.actions = actions if actions is not None else SessionActions(controller, self.stopRequested.emit, self)
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.menu: TrayMenu | None = None
        self.icon: QSystemTrayIcon | None = None
        self._controller = controller
        self._catalogue = catalogue
        self._window_visible = window_visible
        self._status = ""
        self._said_for: tuple[object, ...] | None = None  # the words_key of the status
        self._reminder_line = ""
        if self.available:
            self._build(assets)

    def _build(self, assets: Path) -> None:
        self.menu = TrayMenu(self._catalogue, self.actions, self._offer_forward)
        self.menu.bring_forward.triggered.connect(self.miniForwardRequested)
        self.menu.routineRequested.connect(self.routineRequested)
        self.menu.snoozeRequested.connect(self.snoozeRequested)
        self.menu.pauseRequested.connect(self.pauseRequested)
        self.menu.resumeRequested.connect(self.resumeRequested)
        self.menu.show_hide.triggered.connect(self.toggle_window)
        self.menu.quit.triggered.connect(self.quitRequested)
        self.menu.aboutToShow.connect(self._before_menu)
        found = app_icon_file(assets)
        self.icon = QSystemTrayIcon(QIcon(str(found)) if found else _fallback_icon(self._catalogue), self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        c = self._controller
        c.stateChanged.connect(self.refresh)
        for signal in (c.ticked, c.phaseStarted, c.finished):
            signal.connect(self.refresh)
        self.refresh()

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue was reloaded: "Start a routine" offers the routines as they now are."""
        self._catalogue = catalogue
        self._said_for = None  # a stretch may have a new name
        if self.menu is not None:
            self.menu.fill_routines(catalogue)

    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def notify(self, title: str, text: str) -> None:
        """A short message from the tray icon (a desktop notification on most systems)."""
        if self.icon is not None:
            self.icon.showMessage(title, text, self.icon.icon())

    def status(self) -> str:
        return self._status

    def show_reminders(self, line: str, *, paused: bool, enabled: bool) -> None:
        """The companion's line under the session's, in the menu and the tooltip."""
        self._reminder_line = line
        if self.menu is not None:
            self.menu.show_reminders(line, paused=paused, enabled=enabled)
        self._tooltip()

    def place(self) -> QRect | None:
        """Where the icon is on the screen, when the tray says (a prompt goes beside it)."""
        if self.icon is None:
            return None
        found = self.icon.geometry()
        return found if found.isValid() else None

    def _tooltip(self) -> None:
        if self.icon is not None:
            lines = [line for line in (self._status, self._reminder_line) if line]
            self.icon.setToolTip("\n".join(lines))

    def refresh(self) -> None:
        """Follow the session. The words change about once a second (the seconds), so the tray,
        which on Linux is a D-Bus round trip, is told only when they change."""
        view = self._controller.view()
        key = words_key(view)
        if key == self._said_for or self.icon is None or self.menu is None:
            return  # the same words as at the last poll: not worked out again 30 times a second
        self._said_for = key
        text = status_line(view, self._catalogue)
        if text == self._status:
            return
        self._status = text
        self._tooltip()
        self.menu.status.setText(text)

    def _before_menu(self) -> None:
        if self.menu is not None:
            self.menu.show_hide.setText(self.tr("Hide Supple") if self._window_visible() else self.tr("Show Supple"))

    def toggle_window(self) -> None:
        (self.hideWindowRequested if self._window_visible() else self.showWindowRequested).emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # a plain click on the icon
            self.toggle_window()
