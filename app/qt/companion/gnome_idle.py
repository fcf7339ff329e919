"""Idle time on GNOME, on Wayland as on X11: Mutter's IdleMonitor, GetIdletime in milliseconds."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection

from app.qt.companion.dbus_query import CachedCall, DBusCall, has_owner
from app.qt.companion.dbus_sources import DBusIdleSource
from app.session.clock import Clock, monotonic_clock

SERVICE = "org.gnome.Mutter.IdleMonitor"
GET_IDLETIME = DBusCall(SERVICE, "/org/gnome/Mutter/IdleMonitor/Core", SERVICE, "GetIdletime")
NAME = "GNOME idle monitor"


def gnome_idle_source(bus: QDBusConnection, parent: QObject,
                      clock: Clock = monotonic_clock) -> DBusIdleSource | None:
    """The source when Mutter's monitor is on the bus, else None."""
    if not has_owner(bus, SERVICE):
        return None
    return DBusIdleSource(NAME, CachedCall(bus, GET_IDLETIME, clock, parent), seconds_per_unit=0.001)
