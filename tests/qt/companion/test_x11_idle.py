"""The X11 idle source with a faked libXss: what it asks the server and how it reads the answer."""

from __future__ import annotations

import ctypes
from typing import Any

from app.qt.companion.x11_idle import X11IdleSource, XScreenSaverInfo, x11_idle_source
from app.qt.companion.x11_lib import X11

DISPLAY = 0x5000
ROOT = 0x1E1


class FakeXlib:
    def XDefaultRootWindow(self, display: int) -> int:
        assert display == DISPLAY
        return ROOT


class FakeXss:
    """The server's answers: whether it has the extension, and the idle milliseconds."""

    def __init__(self, has_extension: bool = True, idle_ms: int | None = 0) -> None:
        self.has_extension = has_extension
        self.idle_ms = idle_ms
        self.asked: list[tuple[int, int]] = []

    def XScreenSaverQueryExtension(self, display: int, event_base: Any, error_base: Any) -> int:
        return int(self.has_extension)

    def XScreenSaverQueryInfo(self, display: int, window: int, info: Any) -> int:
        self.asked.append((display, window))
        if self.idle_ms is None:
            return 0  # Status 0: the server did not answer
        info.contents.idle = self.idle_ms
        return 1


def x11() -> X11:
    return X11(DISPLAY, FakeXlib())  # type: ignore[arg-type]


def test_reads_the_idle_milliseconds_of_the_root_window_as_seconds() -> None:
    xss = FakeXss(idle_ms=61_250)
    source = x11_idle_source(x11(), xss)  # type: ignore[arg-type]
    assert isinstance(source, X11IdleSource)
    assert source.idle_seconds() == 61.25
    assert xss.asked == [(DISPLAY, ROOT)]


def test_asks_afresh_each_time() -> None:
    xss = FakeXss(idle_ms=4_000)
    source = x11_idle_source(x11(), xss)  # type: ignore[arg-type]
    assert source is not None
    assert source.idle_seconds() == 4.0
    xss.idle_ms = 10
    assert source.idle_seconds() == 0.01


def test_a_failed_query_is_no_answer_rather_than_zero() -> None:
    source = x11_idle_source(x11(), FakeXss(idle_ms=None))  # type: ignore[arg-type]
    assert source is not None
    assert source.idle_seconds() is None


def test_no_source_without_the_extension_so_it_is_never_asked() -> None:
    xss = FakeXss(has_extension=False)
    assert x11_idle_source(x11(), xss) is None  # type: ignore[arg-type]
    assert xss.asked == []


def test_no_source_without_x11_or_without_libxss() -> None:
    assert x11_idle_source(None, FakeXss()) is None  # type: ignore[arg-type]
    assert x11_idle_source(x11(), None) is None


def test_the_info_structure_matches_libxss() -> None:
    # window, state, kind, til_or_since, idle, eventMask: idle is the fifth field, after padding
    assert XScreenSaverInfo.idle.offset == ctypes.sizeof(ctypes.c_ulong) * 2 + ctypes.sizeof(ctypes.c_int) * 2
