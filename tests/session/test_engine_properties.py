"""Random command sequences and clock advances never put the session in an undefined state."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalogue import Catalogue
from app.session import (
    Event,
    FakeClock,
    HoldEnded,
    HoldOutcome,
    PainReported,
    PhaseKind,
    Session,
    SessionStarted,
    State,
    Timing,
    build_plan,
)
from tests.helpers import builtin_catalogue

CATALOGUE: Catalogue = builtin_catalogue()
ROUTINES = [routine.id for routine in CATALOGUE.routines]
COMMANDS = ["start", "pause", "resume", "skip", "back", "restart_step", "stop", "pain", "go_on", "toggle_pause"]
FAST = Timing(warm_up_seconds=60, speed=4)

actions = st.one_of(
    st.tuples(st.just("wait"), st.floats(min_value=0.0, max_value=3.0)),
    st.tuples(st.just("sleep"), st.floats(min_value=6.0, max_value=10_000.0)),
    st.tuples(st.sampled_from(COMMANDS), st.just(0.0)),
)


def check_invariants(session: Session) -> None:
    assert isinstance(session.state, State)
    view = session.view()
    if session.state.active:
        assert view.phase is not None
        assert 0.0 <= view.remaining <= view.phase.seconds + 1e-9
        assert 0.0 <= view.progress <= 1.0
        assert 0.0 <= view.done <= 1.0
    if session.state is State.AWAITING_CHOICE:
        assert view.remaining == 0.0


def drive_to_the_end(session: Session, clock: FakeClock) -> None:
    """Keep going like a patient person: resume, go on, and let the clock run."""
    for _ in range(100_000):
        if session.state.finished:
            return
        if session.state is State.READY:
            session.start()
        elif session.state is State.PAUSED:
            session.resume()
        elif session.state is State.AWAITING_CHOICE:
            session.go_on()
        clock.advance(0.5)
        session.poll()
        check_invariants(session)
    pytest.fail("the session never ended")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=st.sampled_from(ROUTINES), script=st.lists(actions, max_size=60))
def test_random_commands_and_clock_jumps(routine: str, script: list[tuple[str, float]]) -> None:
    clock = FakeClock()
    session = Session(build_plan(CATALOGUE.routine(routine), CATALOGUE, FAST), clock)
    events: list[Event] = []
    session.subscribe(events.append)
    for action, seconds in script:
        if action in ("wait", "sleep"):
            clock.advance(seconds)
            session.poll()
        else:
            getattr(session, action)()
        check_invariants(session)
    drive_to_the_end(session, clock)
    result = session.result
    assert result is not None
    assert result.state in (State.COMPLETE, State.STOPPED)
    # the time reported matches the clock: active plus paused is the whole span, neither negative
    assert result.paused_seconds >= 0
    assert result.active_seconds >= -1e-9
    assert result.started_at <= result.ended_at <= clock()
    for hold in result.holds:
        assert 0 <= hold.held_seconds <= hold.planned_seconds + 1e-9
        if hold.outcome is HoldOutcome.COMPLETED:
            assert hold.held_seconds == hold.planned_seconds
    # the history keeps what is announced as it happens: that must be the result, exactly once each
    assert [e.record for e in events if isinstance(e, HoldEnded)] == list(result.holds)
    assert [e.report for e in events if isinstance(e, PainReported)] == list(result.pain_reports)
    assert isinstance(events[0], SessionStarted) and sum(isinstance(e, SessionStarted) for e in events) == 1


@settings(max_examples=80, deadline=None)
@given(
    routine=st.sampled_from(ROUTINES),
    polls=st.lists(st.floats(min_value=0.001, max_value=4.0), min_size=1, max_size=20),
    pauses=st.lists(st.tuples(st.floats(min_value=0.0, max_value=400.0), st.floats(min_value=0.0, max_value=4.0)),
                    max_size=5),
)
def test_without_skips_both_sides_get_equal_time_and_the_session_takes_the_plan(
    routine: str, polls: list[float], pauses: list[tuple[float, float]]
) -> None:
    clock = FakeClock()
    session = Session(build_plan(CATALOGUE.routine(routine), CATALOGUE, FAST), clock)
    session.start()
    started = clock()
    pause_at = sorted(pauses)
    index = 0
    while not session.state.finished:
        clock.advance(polls[index % len(polls)])
        index += 1
        session.poll()
        elapsed = clock() - started
        if pause_at and elapsed >= pause_at[0][0] and session.state is State.RUNNING:
            session.pause()
            clock.advance(pause_at.pop(0)[1])
            session.resume()
    result = session.result
    assert result is not None and result.state is State.COMPLETE
    assert result.active_seconds == pytest.approx(session.plan.total_seconds, abs=1e-6)
    sides: dict[tuple[int, int], set[float]] = {}
    for hold in result.holds:
        assert hold.outcome is HoldOutcome.COMPLETED
        if hold.side is not None:
            sides.setdefault((hold.step, hold.repetition), set()).add(hold.held_seconds)
    assert all(len(seconds) == 1 for seconds in sides.values())
    assert len(result.holds) == sum(p.kind in (PhaseKind.HOLD, PhaseKind.FLOW, PhaseKind.WARM_UP)
                                    for p in session.plan.phases)
