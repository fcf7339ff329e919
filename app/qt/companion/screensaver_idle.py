"""Idle time on KDE and other desktops: org.freedesktop.ScreenSaver's GetSessionIdleTime.

The freedesktop draft says seconds; KDE, its main implementer, answers milliseconds (KIdleTime's
count), so the unit is chosen by desktop. GNOME Shell holds the name too but refuses the call;
its idle time comes from Mutter (gnome_idle.py), which is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection

from app.qt.companion.dbus_query import CachedCall, DBusCall, has_owner
from app.qt.companion.dbus_sources import DBusIdleSource
from app.session.clock import Clock, monotonic_clock

SERVICE = "org.freedesktop.ScreenSaver"
GET_IDLE = DBusCall(SERVICE, "/org/freedesktop/ScreenSaver", SERVICE, "GetSessionIdleTime")
NAME = "desktop screen saver service"


def seconds_per_unit(desktop: str) -> float:
    return 0.001 if "KDE" in desktop.upper().split(":") else 1.0


def screensaver_idle_source(bus: QDBusConnection, parent: QObject, desktop: str,
                            clock: Clock = monotonic_clock) -> DBusIdleSource | None:
    if not has_owner(bus, SERVICE):
        return None
    return DBusIdleSource(NAME, CachedCall(bus, GET_IDLE, clock, parent), seconds_per_unit(desktop))
