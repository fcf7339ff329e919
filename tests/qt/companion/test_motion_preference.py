"""Still pictures when the person or the system asks for them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from app.qt.companion import motion_preference
from app.qt.companion.motion_preference import SystemMotion
from tests.qt.companion.session_bus import FakeSettingsPortal, connection, missing, private_bus, serve


def test_off_windows_there_is_no_windows_answer() -> None:
    if hasattr(motion_preference.ctypes, "windll"):
        pytest.skip("this is Windows")
    assert motion_preference.windows_reduces_motion() is None


def test_without_a_portal_nothing_is_reduced_and_nothing_blocks(qapp: object) -> None:
    # the test session has no desktop portal: the question goes out, the answer is an error, and
    # the preference stays "no preference"
    motion = SystemMotion()
    assert motion.reduces is False


@pytest.fixture
def buses() -> Iterator[tuple[QDBusConnection, QDBusConnection]]:
    if missing():
        pytest.skip("needs dbus-daemon")
    with private_bus() as address, connection(address) as desktop, connection(address) as supple:
        yield desktop, supple


def serve_portal(desktop: QDBusConnection, **settings: object) -> FakeSettingsPortal:
    """Serves a fake portal; keep what it returns, or Python frees the object the bus serves."""
    portal = FakeSettingsPortal(**settings)
    serve(desktop, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", portal)
    return portal


@pytest.mark.qt_no_exception_capture  # the fake portal raises for the key it lacks,
@pytest.mark.qt_log_ignore("QDBus")  # and Qt says it could not send that reply
def test_the_portals_reduced_motion_is_heard(qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]) -> None:
    desktop, supple = buses
    _portal = serve_portal(desktop, org_freedesktop_appearance_reduced_motion=1)
    heard: list[bool] = []
    motion = SystemMotion(bus=supple)
    motion.changed.connect(heard.append)
    qtbot.waitUntil(lambda: heard == [True], timeout=3000)
    assert motion.reduces


@pytest.mark.qt_no_exception_capture  # the fake portal raises for the key it lacks,
@pytest.mark.qt_log_ignore("QDBus")  # and Qt says it could not send that reply
def test_gnomes_animations_off_counts_where_the_portal_has_no_reduced_motion(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    desktop, supple = buses
    _portal = serve_portal(desktop, org_gnome_desktop_interface_enable_animations=False)
    motion = SystemMotion(bus=supple)
    qtbot.waitUntil(lambda: motion.reduces, timeout=3000)


def test_the_freedesktop_key_wins_over_gnomes(qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]) -> None:
    desktop, supple = buses
    _portal = serve_portal(desktop, org_freedesktop_appearance_reduced_motion=0,
                           org_gnome_desktop_interface_enable_animations=False)
    motion = SystemMotion(bus=supple)
    qtbot.waitUntil(lambda: all(call.latest(float("inf")) is not None for call, _ in motion._calls), timeout=3000)
    assert not motion.reduces
