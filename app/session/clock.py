"""Where the session reads the time: one injected monotonic clock that keeps counting in a suspend.

Production code passes `monotonic_clock`; tests pass a `FakeClock` and step it, so no test ever
waits on real seconds.

The engine notices that the computer slept by a jump of its clock between two polls, and pauses
the session where it was. That only works on a clock that counts the time the computer spent
suspended, and `time.monotonic()` does not everywhere: on Linux it reads CLOCK_MONOTONIC, which
stops during a suspend, and on macOS mach_absolute_time(), which stops during sleep too. So each
platform gets the clock that goes on counting (`clock_for`).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Clock = Callable[[], float]
LibraryLoader = Callable[[str], Any]  # a DLL's name -> the loaded library (ctypes.WinDLL)


@dataclass(frozen=True)
class PosixClock:
    """clock_gettime(`clock_id`) in seconds; `gettime` is injected so a test can fake the kernel."""

    clock_id: int
    gettime: Callable[[int], float] = time.clock_gettime

    def __call__(self) -> float:
        return self.gettime(self.clock_id)


@dataclass(frozen=True)
class CountingClock:
    """A Windows counter read by `read`, `per_second` counts to a second."""

    name: str
    read: Callable[[], int]
    per_second: int

    def __call__(self) -> float:
        return self.read() / self.per_second


def clock_for(
    platform: str, *, gettime: Callable[[int], float] = time.clock_gettime, load: LibraryLoader | None = None
) -> Clock:
    """The monotonic clock on `platform` (a `sys.platform` value) that counts suspended time."""
    if platform.startswith("linux"):
        # CLOCK_BOOTTIME is CLOCK_MONOTONIC plus the time spent suspended (clock_gettime(2)).
        return PosixClock(time.CLOCK_BOOTTIME, gettime)
    if platform == "darwin":
        # Apple's clock_gettime(3): CLOCK_MONOTONIC_RAW is mach_continuous_time() in nanoseconds and
        # goes on while the Mac sleeps; CLOCK_UPTIME_RAW (mach_absolute_time(), what time.monotonic()
        # reads) does not.
        return PosixClock(time.CLOCK_MONOTONIC_RAW, gettime)
    if platform == "win32":
        return _windows_clock(load or _win_dll)
    return time.monotonic  # no better clock known: a suspend may go unnoticed here


def _windows_clock(load: LibraryLoader) -> Clock:
    """Windows' interrupt time counts sleep and hibernation; its *unbiased* form
    (QueryUnbiasedInterruptTime) is the one that leaves them out, so it is not used. The precise
    form needs Windows 10; before that GetTickCount64, which also counts sleep, in milliseconds."""
    import ctypes  # noqa: PLC0415 - Windows only: a start elsewhere does not load it

    try:
        query = load("KernelBase").QueryInterruptTimePrecise
    except (OSError, AttributeError):
        ticks = load("kernel32").GetTickCount64
        ticks.restype = ctypes.c_uint64
        return CountingClock("GetTickCount64", lambda: int(ticks()), 1000)
    query.restype = None
    query.argtypes = [ctypes.POINTER(ctypes.c_uint64)]

    def read() -> int:
        count = ctypes.c_uint64()
        query(ctypes.pointer(count))
        return count.value

    return CountingClock("QueryInterruptTimePrecise", read, 10_000_000)  # in 100 ns units


def _win_dll(name: str) -> Any:
    import ctypes  # noqa: PLC0415 - Windows only

    return getattr(ctypes, "WinDLL")(name)  # noqa: B009 - ctypes has WinDLL only on Windows


monotonic_clock: Clock = clock_for(sys.platform)


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._now += seconds
