"""When to offer a stretch: the companion's state and the pure functions that move it. Qt-free.

The state is a frozen value; `look` reads one moment (the clock, the wall time, how long the person
has been idle, whether now is a bad moment) and returns the next state with what it decided.
Every answer to a prompt (snooze, skip, take) is a function too, so tests and the hypothesis
properties drive the companion exactly as the app does, on a fake clock.

Breaks: idle for `idle_reset`, a clock jump (the computer slept), a locked screen and a finished
routine all reset the work counted, the snoozes in a row and any snooze.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.schedule.policy import LOCKED, PAUSE_HOUR_MINUTES, Policy


class Outcome(str, enum.Enum):
    """What became of a reminder; the history keeps one row for each."""

    SHOWN = "shown"
    TAKEN = "taken"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"


@dataclass(frozen=True)
class Reading:
    """One look at the world: the injected clock (which counts a suspend), the local wall time,
    seconds since the last input (None: nobody can tell, so plain time counts) and a busy reason;
    and how long the looker meant to wait since its last look (`wait_after`'s answer then): a look
    later than that by more than the suspend gap comes after a suspend."""

    now: float
    wall: datetime
    idle: float | None = None
    busy: str | None = None
    waited: float = 0.0


@dataclass(frozen=True)
class Prompt:
    shown_at: float
    short_only: bool  # the snooze limit is reached: only a short desk break is offered


@dataclass(frozen=True)
class State:
    last_look: float | None = None
    worked: float = 0.0  # seconds of active work since the last break
    prompt: Prompt | None = None
    snoozed_until: float | None = None  # the next reminder comes then, whatever the work counted
    snoozes_in_row: int = 0
    paused_until: float | None = None  # "pause for 1 hour", on the clock
    paused_on: date | None = None  # "pause until tomorrow": the day that is paused


@dataclass(frozen=True)
class Look:
    state: State
    shown: Prompt | None = None  # a reminder to show now
    missed: bool = False  # the prompt went unanswered and has faded
    break_taken: bool = False  # this look found a break (idle, suspend, lock)


def look(state: State, policy: Policy, reading: Reading) -> Look:
    """The state after one look at `reading`, and whether to show or fade a prompt."""
    elapsed = 0.0 if state.last_look is None else max(0.0, reading.now - state.last_look)
    state = dataclasses.replace(state, last_look=reading.now)
    state = _end_pauses(state, reading)
    if _is_break(policy, reading, elapsed):
        missed = state.prompt is not None
        return Look(_rested(state), missed=missed, break_taken=True)
    if not policy.hours.contain(reading.wall):
        return Look(dataclasses.replace(_rested(state), prompt=state.prompt))
    state = dataclasses.replace(state, worked=state.worked + elapsed)
    if state.prompt is not None:
        return _fading(state, policy, reading.now)
    if _due(state, policy, reading):
        prompt = Prompt(reading.now, short_only=state.snoozes_in_row >= policy.snooze_limit)
        return Look(dataclasses.replace(state, prompt=prompt, snoozed_until=None), shown=prompt)
    return Look(state)


def _is_break(policy: Policy, reading: Reading, elapsed: float) -> bool:
    idle = reading.idle is not None and reading.idle >= policy.idle_reset
    return idle or elapsed - reading.waited > policy.suspend_gap or reading.busy == LOCKED


def _rested(state: State) -> State:
    """After a break: nothing counted, nothing snoozed; the pauses the person chose stay."""
    return dataclasses.replace(state, worked=0.0, prompt=None, snoozed_until=None, snoozes_in_row=0)


def _end_pauses(state: State, reading: Reading) -> State:
    if state.paused_until is not None and reading.now >= state.paused_until:
        state = dataclasses.replace(state, paused_until=None)
    if state.paused_on is not None and reading.wall.date() > state.paused_on:
        state = dataclasses.replace(state, paused_on=None)
    return state


def _fading(state: State, policy: Policy, now: float) -> Look:
    """A prompt nobody answered fades, and the next comes `missed_retry` later: never two at once."""
    assert state.prompt is not None
    if now - state.prompt.shown_at < policy.prompt_lifetime:
        return Look(state)
    return Look(dataclasses.replace(state, prompt=None, snoozed_until=now + policy.missed_retry), missed=True)


def paused(state: State) -> bool:
    return state.paused_until is not None or state.paused_on is not None


def _due(state: State, policy: Policy, reading: Reading) -> bool:
    if paused(state) or reading.busy is not None:
        return False  # it waits, and comes at the first look after that ends
    if state.snoozed_until is not None:
        return reading.now >= state.snoozed_until
    return state.worked >= policy.every


# -- the person's answers ---------------------------------------------------------------------------


def can_snooze(state: State) -> bool:
    return state.prompt is None or not state.prompt.short_only


def snooze(state: State, policy: Policy, now: float, minutes: float) -> State:
    """Ask again in `minutes`, from the prompt or the tray; refused (unchanged) past the limit."""
    if not can_snooze(state):
        return state
    counted = state.snoozes_in_row + (1 if state.prompt is not None else 0)
    return dataclasses.replace(
        state, prompt=None, snoozed_until=now + policy.minutes(minutes), snoozes_in_row=counted,
    )


def skip(state: State) -> State:
    """This reminder is declined: the next comes after a whole stretch of work."""
    return dataclasses.replace(state, worked=0.0, prompt=None, snoozed_until=None, snoozes_in_row=0)


def take(state: State) -> State:
    """The person starts a routine; the companion is not asked while it runs."""
    return dataclasses.replace(state, prompt=None, snoozed_until=None)


def routine_finished(state: State, now: float) -> State:
    """A finished routine is a break; the time it took is not work."""
    return dataclasses.replace(_rested(state), last_look=now)


def carry_on(state: State, now: float) -> State:
    """A routine stopped early is no break; its time is not work either."""
    return dataclasses.replace(state, last_look=now)


def pause_for_hour(state: State, policy: Policy, now: float) -> State:
    return dataclasses.replace(state, prompt=None, paused_until=now + policy.minutes(PAUSE_HOUR_MINUTES))


def pause_until_tomorrow(state: State, wall: datetime) -> State:
    return dataclasses.replace(state, prompt=None, paused_on=wall.date())


def resume(state: State) -> State:
    return dataclasses.replace(state, paused_until=None, paused_on=None)


def wait_after(state: State, policy: Policy, reading: Reading) -> float:
    """How long after the look that read `reading` (and made `state`) the next look is needed,
    in clock seconds: no look before then could find anything new. A break is idle reaching
    `idle_reset`, so none can begin and end unseen before `idle_reset - idle` has passed; a reminder
    comes due, and a snooze, a pause or a prompt's life ends, at known times; a due reminder that
    waits for a better moment is looked at again in half a minute. At most `idle_reset`, so a
    locked screen, and a person back from a break, are seen within it."""
    now = reading.now
    idle = reading.idle
    waits = [policy.idle_reset - idle if idle is not None and idle < policy.idle_reset else policy.idle_reset]
    if state.prompt is not None:
        waits.append(state.prompt.shown_at + policy.prompt_lifetime - now)
    elif not paused(state):
        left = seconds_to_next(state, policy, now)
        if left is not None:
            waits.append(left if left > 0 else policy.minute / 2)
    if state.paused_until is not None:
        waits.append(state.paused_until - now)
    if state.paused_on is not None:
        tomorrow = datetime.combine(reading.wall.date() + timedelta(days=1), time())
        waits.append((tomorrow - reading.wall).total_seconds())
    return max(0.0, min(waits))


def seconds_to_next(state: State, policy: Policy, now: float) -> float | None:
    """How long until the next reminder if the person keeps working; None while paused or showing."""
    if paused(state) or state.prompt is not None:
        return None
    if state.snoozed_until is not None:
        return max(0.0, state.snoozed_until - now)
    return max(0.0, policy.every - state.worked)
