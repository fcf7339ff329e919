"""Which Qt platform Supple asks for, decided from the environment before Qt starts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.qt_platform import NATIVE, XWAYLAND, choose_platform, platform_for, wayland_session

GNOME_WAYLAND = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}


def test_a_wayland_session_with_xwayland_runs_through_xcb() -> None:
    assert platform_for(GNOME_WAYLAND, native_wayland=False) == XWAYLAND
    assert XWAYLAND.split(";")[0] == "xcb"  # XWayland first; Wayland only if xcb cannot start


def test_the_native_wayland_setting_asks_for_wayland() -> None:
    assert platform_for(GNOME_WAYLAND, native_wayland=True) == NATIVE
    assert NATIVE.split(";")[0] == "wayland"


def test_without_xwayland_qt_is_left_to_choose() -> None:
    only_wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert platform_for(only_wayland, native_wayland=False) is None


def test_a_compositor_that_sets_no_session_type_is_known_by_its_socket() -> None:
    assert platform_for({"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":1"}, native_wayland=False) == XWAYLAND


def test_a_wayland_session_without_its_socket_variable_still_counts() -> None:
    # Qt's Wayland platform would reach the compositor at its default socket, wayland-0
    assert platform_for({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, native_wayland=False) == XWAYLAND


@pytest.mark.parametrize("environ", [
    {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"},
    {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},  # a nested compositor's socket
    {"XDG_SESSION_TYPE": "tty"},
    {},
])
def test_outside_a_wayland_session_nothing_is_chosen(environ: dict[str, str]) -> None:
    assert platform_for(environ, native_wayland=False) is None
    assert platform_for(environ, native_wayland=True) is None


@given(
    explicit=st.sampled_from(["xcb", "wayland", "offscreen", "wayland;xcb", "vnc:size=800x600", " "]),
    session=st.sampled_from(["wayland", "x11", "", None]),
    wayland=st.booleans(), x11=st.booleans(), native=st.booleans(),
)
def test_an_explicit_platform_is_always_honoured(
    explicit: str, session: str | None, wayland: bool, x11: bool, native: bool,
) -> None:
    environ = {"QT_QPA_PLATFORM": explicit}
    if session is not None:
        environ["XDG_SESSION_TYPE"] = session
    if wayland:
        environ["WAYLAND_DISPLAY"] = "wayland-0"
    if x11:
        environ["DISPLAY"] = ":0"
    before = dict(environ)
    assert platform_for(environ, native_wayland=native) is None
    assert choose_platform(environ, native_wayland=native) is None
    assert environ == before


def test_choosing_sets_the_variable_qt_reads() -> None:
    environ = dict(GNOME_WAYLAND)
    assert choose_platform(environ, native_wayland=False) == XWAYLAND
    assert environ["QT_QPA_PLATFORM"] == XWAYLAND


def test_an_empty_explicit_platform_counts_as_none() -> None:
    # QT_QPA_PLATFORM= (set but empty) is what Qt itself treats as unset
    environ = {**GNOME_WAYLAND, "QT_QPA_PLATFORM": ""}
    assert choose_platform(environ, native_wayland=False) == XWAYLAND


def test_the_session_is_wayland_even_when_the_window_goes_through_xwayland() -> None:
    # the break companion asks the Wayland-side services (Mutter, ScreenSaver) whatever Qt runs on
    assert wayland_session({**GNOME_WAYLAND, "QT_QPA_PLATFORM": XWAYLAND})
    assert not wayland_session({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"})
