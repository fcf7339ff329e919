"""Which idle and busy sources this computer offers, chosen once at start.

Windows and macOS each have one way to ask (ctypes). On Linux and the BSDs it depends on the
session: on X11, the X server itself (idle time, the full-screen window) comes first; then GNOME's
Mutter (which alone knows idle time on a GNOME Wayland session), then the freedesktop screen saver
service (KDE and others). Only services that are on the session bus now are asked; of those, the
first that answers gives the idle time. Whatever cannot be seen is listed in Abilities.blind_to.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection

from app.qt.companion import macos_idle, windows_busy, windows_idle
from app.qt.companion.busy import EVERY_STATE, FULL_SCREEN, LOCKED, FirstReason
from app.qt.companion.busy_dbus import dbus_busy_sources
from app.qt.companion.gnome_idle import gnome_idle_source
from app.qt.companion.idle import FirstAnswer, NoIdleSource
from app.qt.companion.screensaver_idle import screensaver_idle_source
from app.qt.companion.x11_fullscreen import X11FullScreenSource
from app.qt.companion.x11_idle import load_xss, x11_idle_source
from app.qt.companion.x11_lib import X11, qt_x11
from app.schedule.sources import Abilities, BusySource, IdleSource

Sources = tuple[IdleSource, BusySource, Abilities]


def platform_sources(parent: QObject) -> Sources:
    """The sources for the running system; `parent` keeps the D-Bus ones alive."""
    if sys.platform == "win32":
        windll: Any = getattr(ctypes, "windll", None)  # read by name, so mypy on Linux agrees
        return windows_sources(windll.user32, windll.kernel32, windll.shell32)
    if sys.platform == "darwin":
        from ctypes.util import find_library  # noqa: PLC0415 - macOS only

        found = find_library("CoreGraphics")
        return macos_sources(ctypes.CDLL(found) if found else None)
    x11 = qt_x11()
    return desktop_sources(parent, os.environ, QDBusConnection.sessionBus(), x11, load_xss() if x11 else None)


def _abilities(idle: IdleSource | None, sees: tuple[str, ...]) -> Abilities:
    seen = tuple(dict.fromkeys(sees))
    return Abilities(idle.name if idle is not None else None, seen,
                     tuple(state for state in EVERY_STATE if state not in seen))


def nothing_seen() -> Sources:
    """Where no source answers: reminders follow plain time, and nothing is known to be busy."""
    return NoIdleSource(), FirstReason([]), _abilities(None, ())


def windows_sources(user32: Any, kernel32: Any, shell32: Any) -> Sources:
    windows_idle.declare(user32, kernel32)
    windows_busy.declare(shell32)
    idle = windows_idle.WindowsIdleSource(user32, kernel32)
    # SHQueryUserNotificationState says nothing of focus assist or of apps keeping the screen on
    return idle, windows_busy.WindowsBusySource(shell32), _abilities(idle, (FULL_SCREEN, LOCKED))


def macos_sources(core_graphics: Any | None) -> Sources:
    if core_graphics is None:
        return nothing_seen()
    macos_idle.declare(core_graphics)
    idle = macos_idle.MacIdleSource(core_graphics)
    return idle, FirstReason([]), _abilities(idle, ())  # no busy state is read on macOS yet


def desktop_sources(parent: QObject, environ: Mapping[str, str], bus: QDBusConnection,
                    x11: X11 | None, xss: ctypes.CDLL | None) -> Sources:
    """Linux and the BSDs. On a Wayland session the X server (XWayland) sees only X clients'
    input and windows, so it is not asked there."""
    if environ.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        x11 = None
    desktop = environ.get("XDG_CURRENT_DESKTOP", "")
    idle_sources = [source for source in (
        x11_idle_source(x11, xss), gnome_idle_source(bus, parent), screensaver_idle_source(bus, parent, desktop),
    ) if source is not None]
    busy: list[BusySource] = [X11FullScreenSource(x11)] if x11 is not None else []
    sees = [FULL_SCREEN] if x11 is not None else []
    for query, source in dbus_busy_sources(bus, parent):
        busy.append(source)
        sees.append(query.sees)
    idle = FirstAnswer(idle_sources) if idle_sources else None
    return idle or NoIdleSource(), FirstReason(busy), _abilities(idle, tuple(sees))
