"""Each hold is announced as it closes, so the history can keep it before the session ends.

Whatever happens (completion, skip, pain, back, restart, pause, stop), the HoldEnded events are the
result's holds: the same records, in the same order, each exactly once.
"""

from __future__ import annotations

import pytest

from app.catalogue import Catalogue
from app.session import (
    FakeClock,
    Finished,
    HoldEnded,
    HoldOutcome,
    PainReported,
    PhaseKind,
    PhaseStarted,
    Session,
    SessionResult,
    SessionStarted,
)
from tests.session.conftest import Recorder, make_session, run_for


def announced(recorder: Recorder) -> list[HoldEnded]:
    return [event for event in recorder.events if isinstance(event, HoldEnded)]


def result_of(session: Session) -> SessionResult:
    assert session.result is not None
    return session.result


def assert_announced_once_in_order(recorder: Recorder, result: SessionResult) -> None:
    events = announced(recorder)
    assert [event.record for event in events] == list(result.holds)
    # no record object is announced twice (equal records are possible: a hold redone after back)
    assert len({id(event.record) for event in events}) == len(events)
    stamps = [event.at for event in events]
    assert stamps == sorted(stamps)
    assert all(result.started_at <= at <= result.ended_at for at in stamps)


def test_the_session_starts_with_its_plan(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    first, second = recorder.events[:2]
    assert first == SessionStarted(session.plan, clock())
    assert first.routine_id == "lower-back-relief"
    assert isinstance(second, PhaseStarted)
    session.start()  # a second start does nothing, and says nothing
    assert len(recorder.of(SessionStarted)) == 1


def test_an_uninterrupted_session_announces_every_hold_at_its_deadline(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    start = clock()
    session.start()
    run_for(session, clock, session.plan.total_seconds + 1, poll_every=0.7)
    result = result_of(session)
    assert_announced_once_in_order(recorder, result)
    first = announced(recorder)[0]
    assert (first.record.outcome, first.at - start, first.active_seconds) == (
        HoldOutcome.COMPLETED, pytest.approx(8 + 30), pytest.approx(8 + 30),
    )
    # each hold is announced before the phase after it starts, and before the session finishes
    kinds = [type(event).__name__ for event in recorder.events if isinstance(event, (HoldEnded, PhaseStarted))]
    assert kinds[:4] == ["PhaseStarted", "PhaseStarted", "HoldEnded", "PhaseStarted"]
    assert recorder.events.index(announced(recorder)[-1]) < recorder.events.index(recorder.of(Finished)[0])


def test_skips_pain_and_stop_are_announced_with_their_outcome(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 8 + 12)
    session.skip()  # left hold, 12 s in
    run_for(session, clock, 5 + 4)
    session.pause()
    clock.advance(30)  # paused time is not active time
    session.pain()  # right hold, 4 s in, while paused
    pain_hold = announced(recorder)[-1]
    assert (pain_hold.record.outcome, pain_hold.record.held_seconds) == (HoldOutcome.PAIN, pytest.approx(4))
    assert pain_hold.active_seconds == pytest.approx(8 + 12 + 5 + 4)
    [reported] = recorder.of(PainReported)
    assert recorder.events.index(reported) == recorder.events.index(pain_hold) + 1
    run_for(session, clock, 11)
    session.skip()  # past knee-to-chest, into cat-cow
    run_for(session, clock, 8 + 3)
    session.stop()  # in the flow
    result = result_of(session)
    assert_announced_once_in_order(recorder, result)
    assert [e.record.outcome for e in announced(recorder)] == [HoldOutcome.SKIPPED, HoldOutcome.PAIN, HoldOutcome.LEFT]
    assert [e.report for e in recorder.events if isinstance(e, PainReported)] == list(result.pain_reports)


def test_back_and_restart_announce_the_hold_they_leave(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 8 + 10)
    session.restart_step()
    run_for(session, clock, 8 + 30 + 5 + 2)
    session.back()  # the first step restarts once more
    session.skip()  # prepare: nothing to announce
    session.skip()  # the left hold, skipped at once
    session.stop()  # in switch-sides: nothing to announce
    result = result_of(session)
    assert_announced_once_in_order(recorder, result)
    assert [e.record.outcome for e in announced(recorder)] == [
        HoldOutcome.LEFT, HoldOutcome.COMPLETED, HoldOutcome.LEFT, HoldOutcome.SKIPPED,
    ]


def test_a_skipped_warm_up_is_announced(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock, "full-back-and-glutes")
    session.start()
    run_for(session, clock, 20)
    session.skip()
    [warm_up] = announced(recorder)
    assert session.plan.phases[0].kind is PhaseKind.WARM_UP
    assert (warm_up.record.outcome, warm_up.record.held_seconds) == (HoldOutcome.SKIPPED, pytest.approx(20))
    session.stop()
    assert_announced_once_in_order(recorder, result_of(session))


def test_phases_that_are_not_holds_announce_nothing(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 5)
    session.pain()  # in the prepare phase: a pain report, but no hold
    run_for(session, clock, 11)
    session.go_on()
    session.stop()
    assert announced(recorder) == []
    assert len(recorder.of(PainReported)) == 1
    assert result_of(session).holds == ()
