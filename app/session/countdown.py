"""Time arithmetic for a session, on an injected clock: a phase's countdown and the active time.

Both store instants, never tick: what remains (or has passed) is computed from the clock when
asked, so polling late or rarely never changes the answer. Pausing stores what remains.
"""

from __future__ import annotations


class Countdown:
    """One phase's deadline. `run` starts it, `pause` keeps what remains, `resume` goes on."""

    def __init__(self) -> None:
        self.deadline = 0.0
        self._left = 0.0
        self.running = False

    def run(self, seconds: float, at: float) -> None:
        self.deadline, self._left, self.running = at + seconds, seconds, True

    def hold(self, seconds: float) -> None:
        """Set `seconds` to go without starting (a phase entered while paused)."""
        self._left, self.running = seconds, False

    def pause(self, at: float) -> None:
        if self.running:
            self._left, self.running = max(0.0, self.deadline - at), False

    def resume(self, at: float) -> None:
        if not self.running:
            self.deadline, self.running = at + self._left, True

    def end(self, at: float) -> None:
        """Run out now (the person skipped the rest)."""
        self.deadline, self._left = at, 0.0

    def remaining(self, now: float) -> float:
        return max(0.0, self.deadline - now) if self.running else self._left

    def started_at(self, seconds: float) -> float:
        """When a running phase of `seconds` began, for placing its cues."""
        return self.deadline - seconds


class ActiveTime:
    """Time since a start, less the time spent paused."""

    def __init__(self) -> None:
        self.started = 0.0
        self.paused = 0.0  # total of finished pauses
        self._paused_since: float | None = None

    def start(self, at: float) -> None:
        self.started, self.paused, self._paused_since = at, 0.0, None

    def pause(self, at: float) -> None:
        if self._paused_since is None:
            self._paused_since = at

    def resume(self, at: float) -> None:
        if self._paused_since is not None:
            self.paused += at - self._paused_since
            self._paused_since = None

    def at(self, now: float) -> float:
        ongoing = now - self._paused_since if self._paused_since is not None else 0.0
        return now - self.started - self.paused - ongoing
