"""The rules a reminder follows, as plain data: how much work earns one, how long idle is a break,
how snoozes and pauses delay it, and when the person works at all. Qt-free.

Every duration is in seconds of the injected clock. `scaled` divides them by a demo's speed, so
`supple --speed 300` shows a fifteen-minute reminder in three seconds; the working hours and
"until tomorrow" follow the wall clock and are never scaled.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, time

MINUTE = 60.0
SNOOZE_MINUTES = (5, 10, 30)  # what the prompt and the tray offer
PAUSE_HOUR_MINUTES = 60
LOCKED = "the screen is locked"  # the busy reason that is a break, not a bad moment
SHORTEST_GAP = 5.0  # a demo's suspend is still a jump of 5 s (as the session engine's): a busy machine stalls less
READABLE = 20.0  # a demo's prompt stays at least this long (seconds): long enough to read it


@dataclass(frozen=True)
class WorkingHours:
    """The days (0 is Monday) and the local times between which reminders come."""

    days: frozenset[int] = frozenset(range(7))
    start: time = time(0, 0)
    end: time | None = None  # None: to the end of the day

    def contain(self, moment: datetime) -> bool:
        if moment.weekday() not in self.days:
            return False
        now = moment.time()
        return self.start <= now and (self.end is None or now < self.end)


ALWAYS = WorkingHours()


@dataclass(frozen=True)
class Policy:
    every: float = 50 * MINUTE  # active work that earns a reminder
    idle_reset: float = 5 * MINUTE  # idle this long is a break
    snooze_limit: int = 3  # snoozes in a row; after that the prompt offers only a short desk break
    prompt_lifetime: float = 2 * MINUTE  # unanswered this long, the prompt fades and counts as missed
    missed_retry: float = 10 * MINUTE  # after a missed prompt, the next one comes this much later
    suspend_gap: float = 90.0  # a clock jump longer than this between two looks is a suspend
    hours: WorkingHours = ALWAYS
    minute: float = MINUTE  # one minute of a snooze or a pause, in clock seconds

    def minutes(self, count: float) -> float:
        return count * self.minute

    def scaled(self, speed: float) -> Policy:
        """Every duration divided by `speed` (a demo's), the working hours as they are; a prompt
        still stays long enough to be read."""
        if speed <= 0:
            raise ValueError("a speed is above zero")
        return dataclasses.replace(
            self, every=self.every / speed, idle_reset=self.idle_reset / speed,
            prompt_lifetime=max(self.prompt_lifetime / speed, min(self.prompt_lifetime, READABLE)),
            missed_retry=self.missed_retry / speed,
            suspend_gap=max(self.suspend_gap / speed, min(self.suspend_gap, SHORTEST_GAP)), minute=self.minute / speed,
        )
