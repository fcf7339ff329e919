"""The session's clock: per platform, the monotonic clock that goes on counting while the computer sleeps."""

from __future__ import annotations

import sys
import time
from typing import Any

import pytest

from app.catalogue import Catalogue
from app.session import Paused, PauseReason, State
from app.session.clock import CountingClock, PosixClock, clock_for, monotonic_clock
from tests.session.conftest import make_session

# the POSIX clocks' ids exist in the time module only where that clock does
linux_clocks = pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="no CLOCK_BOOTTIME here")


class FakeKernel:
    """clock_gettime for two clocks: a suspend moves CLOCK_BOOTTIME on and leaves CLOCK_MONOTONIC."""

    def __init__(self) -> None:
        self.awake = 500.0
        self.asleep = 0.0

    def gettime(self, clock_id: int) -> float:
        if clock_id == time.CLOCK_BOOTTIME:
            return self.awake + self.asleep
        if clock_id == time.CLOCK_MONOTONIC:
            return self.awake
        raise AssertionError(f"unexpected clock {clock_id}")


class FakeLibrary:
    def __init__(self, **functions: Any) -> None:
        for name, function in functions.items():
            setattr(self, name, function)


@linux_clocks
def test_linux_counts_the_time_suspended() -> None:
    assert clock_for("linux") == PosixClock(time.CLOCK_BOOTTIME)


@linux_clocks
def test_macos_reads_the_continuous_clock() -> None:
    assert clock_for("darwin") == PosixClock(time.CLOCK_MONOTONIC_RAW)


def test_windows_reads_the_interrupt_time_that_includes_sleep() -> None:
    def query(count: Any) -> None:
        count.contents.value = 25_000_000  # 100 ns units

    libraries = {"KernelBase": FakeLibrary(QueryInterruptTimePrecise=query)}
    clock = clock_for("win32", load=libraries.__getitem__)
    assert isinstance(clock, CountingClock) and clock.name == "QueryInterruptTimePrecise"
    assert clock() == pytest.approx(2.5)


def test_older_windows_falls_back_to_the_tick_count() -> None:
    def load(name: str) -> FakeLibrary:
        if name == "KernelBase":
            return FakeLibrary()  # no QueryInterruptTimePrecise before Windows 10
        return FakeLibrary(GetTickCount64=lambda: 4500)

    clock = clock_for("win32", load=load)
    assert isinstance(clock, CountingClock) and clock.name == "GetTickCount64"
    assert clock() == pytest.approx(4.5)


def test_an_unknown_platform_keeps_the_plain_monotonic_clock() -> None:
    assert clock_for("sunos5") is time.monotonic


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the clock of this machine")
def test_the_session_clock_of_this_machine_counts_a_suspend() -> None:
    assert monotonic_clock == PosixClock(time.CLOCK_BOOTTIME)
    assert monotonic_clock() >= time.monotonic() - 1.0  # boot time is never behind monotonic time


@linux_clocks
def test_a_suspend_pauses_the_session(catalogue: Catalogue) -> None:
    kernel = FakeKernel()
    clock = clock_for("linux", gettime=kernel.gettime)
    session, recorder = make_session(catalogue, clock)
    session.start()
    for _ in range(60):  # two seconds of polls
        kernel.awake += 1 / 30
        session.poll()
    kernel.asleep += 3 * 3600  # the lid is closed for three hours
    kernel.awake += 1 / 30
    session.poll()
    assert session.state is State.PAUSED
    assert recorder.of(Paused)[-1] == Paused(PauseReason.SLEEP, pytest.approx(500 + 2, abs=0.05))  # type: ignore[arg-type]
