"""Where the session reads the time: one injected monotonic clock.

Production code passes `monotonic_clock`; tests pass a `FakeClock` and step it, so no test ever
waits on real seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]

monotonic_clock: Clock = time.monotonic


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
