"""The GNOME idle source against a fake org.gnome.Mutter.IdleMonitor on a private session bus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from app.qt.companion.dbus_sources import MAX_AGE
from app.qt.companion.gnome_idle import gnome_idle_source
from app.session import FakeClock
from tests.qt.companion.session_bus import FakeMutterIdleMonitor, connection, missing, private_bus, serve

pytestmark = pytest.mark.skipif(missing(), reason="needs dbus-daemon")


@pytest.fixture
def buses() -> Iterator[tuple[QDBusConnection, QDBusConnection]]:
    """The desktop's side and Supple's side of one private bus."""
    with private_bus() as address, connection(address) as desktop, connection(address) as supple:
        yield desktop, supple


def test_reads_mutters_idle_time(qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]) -> None:
    desktop, supple = buses
    monitor = FakeMutterIdleMonitor(idle_ms=93_500)
    serve(desktop, "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", monitor)
    owner = QObject()
    source = gnome_idle_source(supple, owner)
    assert source is not None and source.name == "GNOME idle monitor"
    qtbot.waitUntil(lambda: source.idle_seconds() is not None)
    assert source.idle_seconds() == 93.5
    monitor.idle_ms = 200
    qtbot.waitUntil(lambda: source.idle_seconds() == 0.2)


def test_no_source_when_mutter_is_not_on_the_bus(buses: tuple[QDBusConnection, QDBusConnection]) -> None:
    _desktop, supple = buses
    assert gnome_idle_source(supple, QObject()) is None


def test_an_old_answer_is_no_answer(qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]) -> None:
    desktop, supple = buses
    monitor = FakeMutterIdleMonitor(idle_ms=1_000)
    serve(desktop, "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", monitor)
    clock = FakeClock()
    owner = QObject()
    source = gnome_idle_source(supple, owner, clock)
    assert source is not None
    qtbot.waitUntil(lambda: source.idle_seconds() is not None)
    desktop.unregisterObject("/org/gnome/Mutter/IdleMonitor/Core")  # Mutter stops answering
    clock.advance(MAX_AGE + 1)
    assert source.idle_seconds() is None


def test_one_call_at_a_time_however_often_it_is_read(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    desktop, supple = buses
    monitor = FakeMutterIdleMonitor(idle_ms=5)
    serve(desktop, "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", monitor)
    owner = QObject()
    source = gnome_idle_source(supple, owner)
    assert source is not None
    for _ in range(50):  # read far faster than the bus answers
        source.idle_seconds()
    qtbot.waitUntil(lambda: monitor.calls >= 1)
    assert monitor.calls <= 2
