"""Busy states a desktop tells over D-Bus, each read without waiting (dbus_sources.DBusFlagSource):

- do not disturb: org.freedesktop.Notifications' `Inhibited` property (KDE and others), and
  GNOME's `show-banners` turned off, read through the Settings portal (so it works sandboxed too);
- the screen is locked: GetActive of org.gnome.ScreenSaver (GNOME) or org.freedesktop.ScreenSaver;
- an app keeps the session awake (a video, a presentation): GNOME SessionManager's
  `InhibitedActions` property with the idle flag (8). IsInhibited(8) asks the same, but PySide
  can only send that 8 as a signed integer, which gnome-session's strict signature check refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection

from app.qt.companion import busy
from app.qt.companion.dbus_query import CachedCall, DBusCall, has_owner, property_call
from app.qt.companion.dbus_sources import DBusFlagSource
from app.session.clock import Clock, monotonic_clock

DND_REASON = "do not disturb is on"
LOCKED_REASON = "the screen is locked"
AWAKE_REASON = "an app is keeping the screen awake"
IDLE_FLAG = 8
PORTAL = "org.freedesktop.portal.Desktop"


@dataclass(frozen=True)
class BusyQuery:
    name: str
    sees: str  # which of busy.EVERY_STATE it tells
    reason: str
    call: DBusCall
    means_busy: Callable[[Any], bool]


def _is_true(value: Any) -> bool:
    return value is True


def _is_false(value: Any) -> bool:
    return value is False


def _idle_inhibited(value: Any) -> bool:
    return isinstance(value, int) and bool(value & IDLE_FLAG)


QUERIES = (
    BusyQuery("notifications inhibited", busy.DO_NOT_DISTURB, DND_REASON,
              property_call("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                            "org.freedesktop.Notifications", "Inhibited"), _is_true),
    BusyQuery("GNOME banners off", busy.DO_NOT_DISTURB, DND_REASON,
              DBusCall(PORTAL, "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings", "ReadOne",
                       ("org.gnome.desktop.notifications", "show-banners")), _is_false),
    BusyQuery("GNOME screen lock", busy.LOCKED, LOCKED_REASON,
              DBusCall("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "GetActive"),
              _is_true),
    BusyQuery("screen lock", busy.LOCKED, LOCKED_REASON,
              DBusCall("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                       "GetActive"), _is_true),
    BusyQuery("GNOME idle inhibitor", busy.KEPT_AWAKE, AWAKE_REASON,
              property_call("org.gnome.SessionManager", "/org/gnome/SessionManager", "org.gnome.SessionManager",
                            "InhibitedActions"), _idle_inhibited),
)


def dbus_busy_sources(bus: QDBusConnection, parent: QObject, clock: Clock = monotonic_clock,
                      queries: tuple[BusyQuery, ...] = QUERIES) -> list[tuple[BusyQuery, DBusFlagSource]]:
    """A source for each query whose service is on the bus now."""
    return [
        (query, DBusFlagSource(query.name, query.reason, CachedCall(bus, query.call, clock, parent),
                               query.means_busy))
        for query in queries
        if has_owner(bus, query.call.service)
    ]
