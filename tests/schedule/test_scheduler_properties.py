"""Properties of the scheduler under any sequence of looks and answers (hypothesis)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.schedule.policy import LOCKED, MINUTE, Policy
from app.schedule.scheduler import Look, Reading, State, look, skip, snooze, wait_after

POLICY = Policy(every=20 * MINUTE, idle_reset=5 * MINUTE, snooze_limit=2, prompt_lifetime=2 * MINUTE,
                missed_retry=3 * MINUTE, suspend_gap=90.0)
START = datetime(2026, 11, 30, 9, 0)


@dataclass(frozen=True)
class Step:
    seconds: float  # since the last look
    idle: float | None
    busy: str | None
    answer: str | None  # "snooze", "skip" or nothing, given after the look


steps = st.builds(
    Step,
    seconds=st.one_of(st.floats(0, 60), st.floats(91, 8 * 3600)),  # looks, and now and then a suspend
    idle=st.one_of(st.none(), st.floats(0, 20 * MINUTE)),
    busy=st.sampled_from([None, None, None, "a window is full screen", LOCKED]),
    answer=st.sampled_from([None, None, None, "snooze", "skip"]),
)


def run(sequence: list[Step], check: Callable[[State, Look, Step, float], None]) -> None:
    state, now, wall = State(), 0.0, START
    for step in sequence:
        now += step.seconds
        wall += timedelta(seconds=step.seconds)
        before = state
        result = look(state, POLICY, Reading(now, wall, step.idle, step.busy))
        check(before, result, step, now)
        state = result.state
        if step.answer == "snooze":
            state = snooze(state, POLICY, now, 5)
        elif step.answer == "skip":
            state = skip(state)


@settings(max_examples=200, deadline=None)
@given(st.lists(steps, max_size=80))
def test_no_reminder_while_idle(sequence: list[Step]) -> None:
    def check(_before: State, result: Look, step: Step, _now: float) -> None:
        idle = step.idle is not None and step.idle >= POLICY.idle_reset
        assert not (idle and result.shown), "a reminder came while the person was away"

    run(sequence, check)


@settings(max_examples=200, deadline=None)
@given(st.lists(steps, max_size=80))
def test_never_two_at_once(sequence: list[Step]) -> None:
    def check(before: State, result: Look, _step: Step, _now: float) -> None:
        assert not (before.prompt is not None and result.shown), "a second prompt over the first"

    run(sequence, check)


@settings(max_examples=200, deadline=None)
@given(st.lists(steps, max_size=80))
def test_suspend_never_counts_as_work(sequence: list[Step]) -> None:
    def check(before: State, result: Look, step: Step, _now: float) -> None:
        worked = result.state.worked
        if step.seconds > POLICY.suspend_gap:
            assert worked == 0
        assert worked - before.worked <= POLICY.suspend_gap  # never more than a look's worth at once

    run(sequence, check)


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 100 * MINUTE), st.sampled_from([5, 10, 30]), st.lists(st.floats(1, 60), max_size=200))
def test_snooze_always_delays_by_its_amount(worked: float, minutes: int, gaps: list[float]) -> None:
    """After a snooze, no reminder before its amount has passed; working on, one comes just after."""
    state = State(last_look=0.0, worked=worked)
    state = snooze(state, POLICY, 0.0, minutes)
    now, shown_at = 0.0, None
    for gap in [*gaps, *[60.0] * 31]:
        now += gap
        result = look(state, POLICY, Reading(now, START + timedelta(seconds=now), 0.0, None))
        state = result.state
        if result.shown is not None:
            shown_at = now
            break
    assert shown_at is not None
    assert minutes * MINUTE <= shown_at < minutes * MINUTE + 60.0


SHORTEST_WAIT = 30.0  # the adapter never wakes sooner


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(1, 15 * MINUTE), min_size=1, max_size=40))
def test_looking_only_when_wait_after_says_misses_no_break(gaps: list[float]) -> None:
    """A person gives input after each gap; the companion looks only as wait_after plans (never
    sooner than 30 s). Every stretch without input longer than the reset and a look's wait is seen
    as a break while it lasts."""
    inputs = [0.0]
    for gap in gaps:
        inputs.append(inputs[-1] + gap)
    end = inputs[-1]
    state, now, waited = State(), 0.0, 0.0
    breaks: list[float] = []
    while now < end:
        last_input = max(moment for moment in inputs if moment <= now)
        reading = Reading(now, START + timedelta(seconds=now), now - last_input, None, waited)
        result = look(state, POLICY, reading)
        if result.break_taken:
            breaks.append(now)
        state = result.state
        waited = max(SHORTEST_WAIT, wait_after(state, POLICY, reading))
        now += waited
    for begun, ended in itertools.pairwise(inputs):
        if ended - begun >= POLICY.idle_reset + SHORTEST_WAIT:
            assert any(begun + POLICY.idle_reset <= seen < ended for seen in breaks), (begun, ended, breaks)
