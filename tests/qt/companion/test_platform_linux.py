"""Choosing the sources on Linux: what is on the session bus and whether Qt is on X11 decide, and
what cannot be seen is said. Fake desktop services are served on a private bus through QtDBus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from app.qt.companion.platform import desktop_sources
from app.qt.companion.x11_lib import X11
from tests.qt.companion.session_bus import (
    FakeMutterIdleMonitor,
    FakeNotifications,
    FakeScreenSaver,
    connection,
    missing,
    private_bus,
    serve,
)
from tests.qt.companion.test_x11_fullscreen import FakeXlib
from tests.qt.companion.test_x11_idle import FakeXss

pytestmark = pytest.mark.skipif(missing(), reason="needs dbus-daemon")

MUTTER = ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core")
SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
GNOME_WAYLAND = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}


@pytest.fixture
def buses() -> Iterator[tuple[QDBusConnection, QDBusConnection]]:
    with private_bus() as address, connection(address) as desktop, connection(address) as supple:
        yield desktop, supple


@pytest.fixture
def owner() -> QObject:
    return QObject()


def fake_x11(idle_ms: int) -> tuple[X11, FakeXss]:
    return X11(0x5000, FakeXlib()), FakeXss(idle_ms=idle_ms)  # type: ignore[arg-type]


def test_nothing_on_the_bus_and_no_x11_means_plain_time(
    buses: tuple[QDBusConnection, QDBusConnection], owner: QObject
) -> None:
    idle, busy, abilities = desktop_sources(owner, GNOME_WAYLAND, buses[1], None, None)
    assert idle.idle_seconds() is None and busy.busy_reason() is None
    assert abilities.idle is None
    assert abilities.sees == ()
    assert abilities.blind_to == ("full screen", "do not disturb", "screen locked", "an app keeping the screen awake")


def test_gnome_on_wayland_reads_mutter_and_is_blind_to_full_screen(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection], owner: QObject
) -> None:
    desktop, supple = buses
    monitor = FakeMutterIdleMonitor(idle_ms=7_000)
    serve(desktop, *MUTTER, monitor)
    x11, xss = fake_x11(idle_ms=1)  # XWayland is there, but sees only X clients: not asked
    idle, _busy, abilities = desktop_sources(owner, GNOME_WAYLAND, supple, x11, xss)
    assert abilities.idle == "GNOME idle monitor"
    qtbot.waitUntil(lambda: idle.idle_seconds() == 7.0)
    assert xss.asked == []
    assert "full screen" in abilities.blind_to


def test_on_x11_the_x_server_answers_first(
    buses: tuple[QDBusConnection, QDBusConnection], owner: QObject
) -> None:
    desktop, supple = buses
    monitor = FakeMutterIdleMonitor(idle_ms=7_000)
    serve(desktop, *MUTTER, monitor)
    x11, xss = fake_x11(idle_ms=2_500)
    idle, busy, abilities = desktop_sources(owner, {"XDG_SESSION_TYPE": "x11"}, supple, x11, xss)
    assert abilities.idle == "X11 screen saver extension"
    assert idle.idle_seconds() == 2.5
    assert busy.busy_reason() is None
    assert abilities.sees == ("full screen",)


def test_kde_reads_the_screen_saver_service_in_milliseconds_and_its_lock(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection], owner: QObject
) -> None:
    desktop, supple = buses
    screensaver = FakeScreenSaver(idle=4_000)
    serve(desktop, *SCREENSAVER, screensaver)
    env = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}
    idle, busy, abilities = desktop_sources(owner, env, supple, None, None)
    assert abilities.idle == "desktop screen saver service"
    qtbot.waitUntil(lambda: idle.idle_seconds() == 4.0)
    assert abilities.sees == ("screen locked",)
    assert busy.busy_reason() is None
    screensaver.active = True
    qtbot.waitUntil(lambda: busy.busy_reason() == "the screen is locked")


def test_do_not_disturb_from_the_notifications_service(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection], owner: QObject
) -> None:
    desktop, supple = buses
    notifications = FakeNotifications(inhibited=False)
    serve(desktop, *NOTIFICATIONS, notifications)
    _idle, busy, abilities = desktop_sources(owner, {"XDG_CURRENT_DESKTOP": "KDE"}, supple, None, None)
    assert "do not disturb" in abilities.sees and "do not disturb" not in abilities.blind_to
    notifications.inhibit(True)
    qtbot.waitUntil(lambda: busy.busy_reason() == "do not disturb is on")
    notifications.inhibit(False)
    qtbot.waitUntil(lambda: busy.busy_reason() is None)
