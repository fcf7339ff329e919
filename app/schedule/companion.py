"""The break companion as one object: the scheduler's state with its clock, wall time and platform
sources, and what became of each reminder. Qt-free; app.qt.adapters.companion calls `look` from a
timer and the person's answers from the prompt and the tray.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.schedule import scheduler
from app.schedule.policy import Policy
from app.schedule.scheduler import Outcome, Prompt, Reading, State
from app.schedule.sources import BusySource, IdleSource

Wall = Callable[[], datetime]  # the local time now (tests pass a fake)


@dataclass(frozen=True)
class Seen:
    """What one look found: a prompt to show, one that faded, or nothing."""

    shown: Prompt | None = None
    missed: bool = False


class Companion:
    def __init__(self, policy: Policy, clock: Callable[[], float], wall: Wall,
                 idle: IdleSource | None = None, busy: BusySource | None = None) -> None:
        self.policy = policy
        self.state = State()
        self._clock, self._wall = clock, wall
        self._idle, self._busy = idle, busy
        self.outcomes: list[Outcome] = []  # every reminder's fate, in order, for the history

    def reading(self) -> Reading:
        idle = self._idle.idle_seconds() if self._idle is not None else None
        busy = self._busy.busy_reason() if self._busy is not None else None
        return Reading(self._clock(), self._wall(), idle, busy)

    def look(self) -> Seen:
        result = scheduler.look(self.state, self.policy, self.reading())
        self.state = result.state
        if result.shown is not None:
            self.outcomes.append(Outcome.SHOWN)
        if result.missed:
            self.outcomes.append(Outcome.MISSED)
        return Seen(result.shown, result.missed)

    @property
    def prompt(self) -> Prompt | None:
        return self.state.prompt

    def snooze(self, minutes: float) -> bool:
        """False when the snooze limit refuses it."""
        if not scheduler.can_snooze(self.state):
            return False
        self._answered(Outcome.SNOOZED)
        self.state = scheduler.snooze(self.state, self.policy, self._clock(), minutes)
        return True

    def skip(self) -> None:
        self._answered(Outcome.SKIPPED)
        self.state = scheduler.skip(self.state)

    def take(self) -> None:
        self._answered(Outcome.TAKEN)
        self.state = scheduler.take(self.state)

    def _answered(self, outcome: Outcome) -> None:
        if self.state.prompt is not None:  # the tray's snooze without a prompt is no answer to one
            self.outcomes.append(outcome)

    def routine_ended(self, finished: bool) -> None:
        """Back from a routine: a finished one is a break, one stopped early is not."""
        now = self._clock()
        self.state = scheduler.routine_finished(self.state, now) if finished else scheduler.carry_on(self.state, now)

    def pause_for_hour(self) -> None:
        self._answered(Outcome.SKIPPED)  # a pause chosen from a prompt declines it
        self.state = scheduler.pause_for_hour(self.state, self.policy, self._clock())

    def pause_until_tomorrow(self) -> None:
        self._answered(Outcome.SKIPPED)
        self.state = scheduler.pause_until_tomorrow(self.state, self._wall())

    def resume(self) -> None:
        self.state = scheduler.resume(self.state)

    @property
    def paused(self) -> bool:
        return scheduler.paused(self.state)

    def seconds_to_next(self) -> float | None:
        return scheduler.seconds_to_next(self.state, self.policy, self._clock())
