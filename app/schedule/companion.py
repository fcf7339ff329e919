"""The break companion as one object: the scheduler's state with its clock, wall time and platform
sources, and what became of each reminder. Qt-free; app.qt.adapters.companion calls `look` from a
timer, as soon as `look_in` says, and the person's answers from the prompt and the tray.

Between two looks the person is taken to go on as the last look found them (working or away), so
the time to the next reminder counts down without asking the platform again: a look costs round
trips to the X server or the session bus, which the companion asks only when something could
have changed (scheduler.wait_after).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.schedule import scheduler, words
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
        self._look_at: float | None = None  # when the next look is needed, on the clock
        self._counting = False  # the last look found the person at work: the count goes down

    def reading(self) -> Reading:
        idle = self._idle.idle_seconds() if self._idle is not None else None
        busy = self._busy.busy_reason() if self._busy is not None else None
        # how long after the last look this one was meant to come: much later is after a suspend
        last = self.state.last_look
        waited = self._look_at - last if self._look_at is not None and last is not None else 0.0
        return Reading(self._clock(), self._wall(), idle, busy, waited)

    def look(self) -> Seen:
        reading = self.reading()
        result = scheduler.look(self.state, self.policy, reading)
        self.state = result.state
        self._look_at = reading.now + scheduler.wait_after(result.state, self.policy, reading)
        self._counting = not result.break_taken and self.policy.hours.contain(reading.wall)
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
        self.replan()
        return True

    def skip(self) -> None:
        self._answered(Outcome.SKIPPED)
        self.state = scheduler.skip(self.state)
        self.replan()

    def take(self) -> None:
        self._answered(Outcome.TAKEN)
        self.state = scheduler.take(self.state)

    def _answered(self, outcome: Outcome) -> None:
        if self.state.prompt is not None:  # the tray's snooze without a prompt is no answer to one
            self.outcomes.append(outcome)

    def replan(self) -> None:
        """The state or the policy changed (an answer, the settings): the next look is planned again;
        the person, who just clicked, is not idle."""
        now = self._clock()
        self._look_at = now + scheduler.wait_after(self.state, self.policy, Reading(now, self._wall(), 0.0))

    def routine_ended(self, finished: bool) -> None:
        """Back from a routine: a finished one is a break, one stopped early is not."""
        now = self._clock()
        self.state = scheduler.routine_finished(self.state, now) if finished else scheduler.carry_on(self.state, now)
        self._counting = True  # at the desk, just back from the routine
        self.replan()

    def pause_for_hour(self) -> None:
        self._answered(Outcome.SKIPPED)  # a pause chosen from a prompt declines it
        self.state = scheduler.pause_for_hour(self.state, self.policy, self._clock())
        self.replan()

    def pause_until_tomorrow(self) -> None:
        self._answered(Outcome.SKIPPED)
        self.state = scheduler.pause_until_tomorrow(self.state, self._wall())
        self.replan()

    def resume(self) -> None:
        self.state = scheduler.resume(self.state)
        self.replan()

    @property
    def paused(self) -> bool:
        return scheduler.paused(self.state)

    def look_in(self) -> float:
        """Seconds until the next look is needed (0: now, or no look yet)."""
        return 0.0 if self._look_at is None else max(0.0, self._look_at - self._clock())

    def seconds_to_next(self) -> float | None:
        """How long until the next reminder if the person goes on working: counted down since the
        last look while it found them at work."""
        now = self._clock()
        left = scheduler.seconds_to_next(self.state, self.policy, now)
        if left is None or self.state.snoozed_until is not None or not self._counting:
            return left
        since = now - self.state.last_look if self.state.last_look is not None else 0.0
        return max(0.0, left - since)

    def line_changes_in(self) -> float | None:
        """Seconds until the tray's line says another number of minutes; None while it stays."""
        if not self._counting and self.state.snoozed_until is None:
            return None
        return words.next_change(self.seconds_to_next(), self.policy.minute)
