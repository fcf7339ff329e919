"""Whether the system asks apps to reduce motion, read without ever blocking the window.

Qt has no hint for it (QStyleHints and QAccessibilityHints say nothing of motion), so it is asked
where each desktop keeps it: the freedesktop Settings portal's `org.freedesktop.appearance
reduced-motion` (GNOME 47+, KDE 6.x), GNOME's older `enable-animations` through the same portal
(both as one asynchronous D-Bus call each, `dbus_query.CachedCall`), and Windows' "Show
animations in Windows" (SPI_GETCLIENTAREAANIMATION). macOS keeps it in NSWorkspace, out of reach
without a new dependency: there, and wherever nothing answers, the person's own setting decides.
The portal's answer may come after the first frames, which then simply move.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection

from app.qt.companion.dbus_query import CachedCall, DBusCall

PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings")
# (namespace, key, the value that means "reduce"), the first that answers deciding
PORTAL_KEYS = (("org.freedesktop.appearance", "reduced-motion", 1),
               ("org.gnome.desktop.interface", "enable-animations", False))
SPI_GETCLIENTAREAANIMATION = 0x1042
FOREVER = float("inf")  # a setting read once at start is as good later


def windows_reduces_motion() -> bool | None:
    windll = getattr(ctypes, "windll", None)  # Windows only; read by name, so mypy on Linux agrees
    if windll is None:
        return None
    enabled = ctypes.c_int(1)
    user32: Any = windll.user32
    if not user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(enabled), 0):
        return None
    return not enabled.value


class SystemMotion(QObject):
    changed = Signal(bool)  # True: the system asks for reduced motion

    def __init__(self, parent: QObject | None = None, bus: QDBusConnection | None = None) -> None:
        """`bus`: the session bus to ask (tests give a private one); Linux only, unless given."""
        super().__init__(parent)
        self.reduces = bool(windows_reduces_motion())
        self._calls: list[tuple[CachedCall, object]] = []
        if bus is None and sys.platform.startswith("linux"):
            bus = QDBusConnection.sessionBus()
        if bus is not None:
            for namespace, key, reduce in PORTAL_KEYS:
                call = CachedCall(bus, DBusCall(*PORTAL, "ReadOne", (namespace, key)), parent=self)
                call.answered.connect(self._answered)
                call.ask()
                self._calls.append((call, reduce))

    def _answered(self) -> None:
        for call, reduce in self._calls:
            value = call.latest(FOREVER)
            if value is not None:
                reduces = value == reduce
                if reduces != self.reduces:
                    self.reduces = reduces
                    self.changed.emit(reduces)
                return
