"""The X11 full-screen source with a faked libX11: the active window's EWMH state decides."""

from __future__ import annotations

import ctypes
from typing import Any

from app.qt.companion.x11_fullscreen import XA_ATOM, XA_WINDOW, X11FullScreenSource
from app.qt.companion.x11_lib import X11

DISPLAY = 0x5000
ROOT = 0x1E1
ATOMS = {b"_NET_ACTIVE_WINDOW": 301, b"_NET_WM_STATE": 302, b"_NET_WM_STATE_FULLSCREEN": 303,
         b"_NET_WM_STATE_ABOVE": 304}


class FakeXlib:
    """A window manager's properties: {(window, atom): (type, values)}."""

    def __init__(self) -> None:
        self.properties: dict[tuple[int, int], tuple[int, list[int]]] = {}
        self.kept: list[Any] = []  # the arrays handed out, alive until XFree
        self.freed = 0

    def XDefaultRootWindow(self, display: int) -> int:
        return ROOT

    def XInternAtom(self, display: int, name: bytes, only_if_exists: int) -> int:
        return ATOMS[name]

    def XGetWindowProperty(  # noqa: PLR0917 (Xlib's own signature)
        self, display: int, window: int, atom: int, offset: int, length: int, delete: int,
        kind: int, actual_type: Any, actual_format: Any, count: Any, after: Any, data: Any,
    ) -> int:
        found = self.properties.get((window, atom))
        if found is None:
            actual_type.contents.value = 0  # None: no such property
            return 0
        array = (ctypes.c_ulong * len(found[1]))(*found[1])
        self.kept.append(array)
        actual_type.contents.value, actual_format.contents.value = found[0], 32
        count.contents.value, after.contents.value = len(found[1]), 0
        data.contents.value = ctypes.addressof(array)
        return 0

    def XFree(self, data: Any) -> int:
        self.freed += 1
        return 1

    def active(self, window: int, *states: bytes) -> None:
        self.properties[(ROOT, ATOMS[b"_NET_ACTIVE_WINDOW"])] = (XA_WINDOW, [window])
        self.properties[(window, ATOMS[b"_NET_WM_STATE"])] = (XA_ATOM, [ATOMS[state] for state in states])


def source(xlib: FakeXlib) -> X11FullScreenSource:
    return X11FullScreenSource(X11(DISPLAY, xlib))  # type: ignore[arg-type]


def test_busy_while_the_active_window_is_full_screen() -> None:
    xlib = FakeXlib()
    xlib.active(0x400001, b"_NET_WM_STATE_ABOVE", b"_NET_WM_STATE_FULLSCREEN")
    assert source(xlib).busy_reason() == "a window is full screen"
    assert xlib.freed == 2  # what Xlib handed over is given back


def test_not_busy_when_the_active_window_is_not_full_screen() -> None:
    xlib = FakeXlib()
    xlib.active(0x400001, b"_NET_WM_STATE_ABOVE")
    assert source(xlib).busy_reason() is None


def test_a_full_screen_window_that_is_not_active_does_not_count() -> None:
    xlib = FakeXlib()
    xlib.active(0x400001)
    xlib.properties[(0x500001, ATOMS[b"_NET_WM_STATE"])] = (XA_ATOM, [ATOMS[b"_NET_WM_STATE_FULLSCREEN"]])
    assert source(xlib).busy_reason() is None


def test_no_window_manager_or_no_focus_is_not_busy() -> None:
    xlib = FakeXlib()
    assert source(xlib).busy_reason() is None
    xlib.active(0)
    assert source(xlib).busy_reason() is None


def test_a_property_of_the_wrong_type_is_not_read() -> None:
    xlib = FakeXlib()
    xlib.active(0x400001, b"_NET_WM_STATE_FULLSCREEN")
    xlib.properties[(ROOT, ATOMS[b"_NET_ACTIVE_WINDOW"])] = (XA_ATOM, [0x400001])
    assert source(xlib).busy_reason() is None
