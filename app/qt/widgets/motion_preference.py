"""Whether the system asks apps to reduce motion, read without ever blocking the window.

Qt has no hint for it (QStyleHints and QAccessibilityHints say nothing of motion), so it is asked
where each desktop keeps it: the freedesktop Settings portal's `org.freedesktop.appearance
reduced-motion` (GNOME 47+, KDE 6.x), GNOME's older `enable-animations` through the same portal,
and Windows' "Show animations in Windows" (SPI_GETCLIENTAREAANIMATION). macOS keeps it in
NSWorkspace, out of reach without a new dependency: there, and wherever nothing answers, the
person's own setting decides. The portal is asked asynchronously; its answer may come after the
first frames, which then simply move.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings")
# (namespace, key, the value that means "reduce")
PORTAL_KEYS = (("org.freedesktop.appearance", "reduced-motion", 1), ("org.gnome.desktop.interface",
                                                                     "enable-animations", False))
SPI_GETCLIENTAREAANIMATION = 0x1042


def wants_still(setting: str, system_reduces: bool) -> bool:
    """The figure is drawn still when the person says so, or leaves it to a system that says so."""
    return setting == "still" or (setting == "system" and system_reduces)


def windows_reduces_motion() -> bool | None:
    windll = getattr(ctypes, "windll", None)  # Windows only; read by name, so mypy on Linux agrees
    if windll is None:
        return None
    enabled = ctypes.c_int(1)
    user32: Any = windll.user32
    if not user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(enabled), 0):
        return None
    return not enabled.value


def _unwrapped(value: Any) -> Any:
    """The portal answers a variant; PySide may hand it over still wrapped."""
    while hasattr(value, "variant"):
        value = value.variant()
    return value


class SystemMotion(QObject):
    changed = Signal(bool)  # True: the system asks for reduced motion

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reduces = bool(windows_reduces_motion())
        self._watchers: list[QDBusPendingCallWatcher] = []
        if sys.platform.startswith("linux"):
            self._ask_portal(0)

    def _ask_portal(self, index: int) -> None:
        if index >= len(PORTAL_KEYS):
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        # a bare message, not a QDBusInterface: making an interface asks the bus (and may start
        # the portal) synchronously, which could hold up the first window for D-Bus's 25 s
        namespace, key, _reduce = PORTAL_KEYS[index]
        message = QDBusMessage.createMethodCall(*PORTAL, "ReadOne")
        message.setArguments([namespace, key])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, 2000), self)
        watcher.finished.connect(lambda done: self._answered(done, index))
        self._watchers.append(watcher)

    def _answered(self, watcher: QDBusPendingCallWatcher, index: int) -> None:
        self._watchers.remove(watcher)
        watcher.deleteLater()
        arguments = [] if watcher.isError() else watcher.reply().arguments()
        if not arguments:  # this desktop does not keep that key: ask for the next one
            self._ask_portal(index + 1)
            return
        value = _unwrapped(arguments[0])
        reduces = value == PORTAL_KEYS[index][2]
        log.debug("the system's reduced-motion preference: %s", reduces)
        if reduces != self.reduces:
            self.reduces = reduces
            self.changed.emit(reduces)
