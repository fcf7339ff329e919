"""The session engine on a fake clock: timing, every command, pain, sleep."""

from __future__ import annotations

import pytest

from app.catalogue import Catalogue, Side
from app.session import (
    AwaitingChoice,
    FakeClock,
    Finished,
    HoldOutcome,
    Paused,
    PauseReason,
    PhaseKind,
    PhaseStarted,
    Resumed,
    Session,
    State,
)
from app.session.commands import Command
from tests.session.conftest import make_session, run_for


def finished_result(session: Session):  # type: ignore[no-untyped-def]
    assert session.result is not None
    return session.result


# -- timing ------------------------------------------------------------------------------------


def test_an_uninterrupted_session_takes_exactly_the_planned_time(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, session.plan.total_seconds + 1)
    result = finished_result(session)
    assert result.state is State.COMPLETE
    assert result.ended_at - result.started_at == pytest.approx(session.plan.total_seconds, abs=1e-9)
    assert result.active_seconds == pytest.approx(session.plan.total_seconds, abs=1e-9)
    assert result.done_steps == (0, 1, 2)
    assert result.skipped_steps == ()
    assert recorder.cues()[-1] == "routine-complete"


def test_late_and_irregular_polls_do_not_stretch_the_session(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    for step in [0.7, 1.3, 0.01, 2.9] * 200:
        clock.advance(step)
        session.poll()
        if session.state.finished:
            break
    assert finished_result(session).ended_at - finished_result(session).started_at == pytest.approx(
        session.plan.total_seconds
    )


def test_phases_and_cues_come_in_order(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 8 + 30 + 5 + 30 + 0.5)
    assert recorder.phases() == ["prepare", "hold", "switch-sides", "hold", "transition"]
    assert recorder.cues() == [
        "prepare", "hold-start", "halfway", "last-seconds", "switch-sides",
        "hold-start", "halfway", "last-seconds", "next-up",
    ]


def test_cues_are_stamped_with_their_exact_time(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock, sleep_gap=100)
    start = clock()
    session.start()
    clock.advance(60)  # one late poll (a busy machine, not a sleep) catches up on every due cue
    session.poll()
    stamps = [(e.cue.value, e.at - start) for e in recorder.events if hasattr(e, "cue")]
    assert stamps[:5] == [("prepare", 0), ("hold-start", 8), ("halfway", 23), ("last-seconds", 33),
                          ("switch-sides", 38)]


def test_remaining_is_computed_from_the_clock(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    clock.advance(3.25)
    assert session.remaining() == pytest.approx(4.75)
    assert session.view().progress == pytest.approx(3.25 / 8)


def test_a_flow_breathes_in_and_out_on_time(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 73 + 6 + 8 + 5)  # into the flow's second breath
    view = session.view()
    assert view.phase is not None and view.phase.kind is PhaseKind.FLOW
    assert view.breath is not None
    assert view.breath[0].value == "exhale"
    assert view.breath[1] == pytest.approx(3, abs=0.05)
    assert recorder.cues()[-2:] == ["inhale", "exhale"]


def test_both_sides_are_held_for_the_same_time(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock, "deep-glute-release")
    session.start()
    run_for(session, clock, session.plan.total_seconds + 1, poll_every=0.37)
    holds = [h for h in finished_result(session).holds if h.stretch_id == "supine-figure-four"]
    assert [(h.side, h.repetition) for h in holds] == [
        (Side.LEFT, 1), (Side.RIGHT, 1), (Side.LEFT, 2), (Side.RIGHT, 2),
    ]
    assert {h.held_seconds for h in holds} == {30}


# -- pause -------------------------------------------------------------------------------------


def test_pause_keeps_what_remains_and_nothing_happens_while_paused(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 10)
    session.pause()
    count = len(recorder.events)
    run_for(session, clock, 500, poll_every=1)
    assert len(recorder.events) == count
    assert session.remaining() == pytest.approx(28)
    session.resume()
    assert isinstance(recorder.events[-1], Resumed)
    run_for(session, clock, 27.9)
    assert session.phase.kind is PhaseKind.HOLD
    run_for(session, clock, 0.2)
    assert session.phase.kind is PhaseKind.SWITCH_SIDES


def test_a_pause_that_arrives_after_a_boundary_counts_from_the_boundary(
    catalogue: Catalogue, clock: FakeClock
) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 37.5)
    clock.advance(1.0)  # the prepare+hold ended at 38; nobody polled until 38.5
    session.pause()
    assert session.phase.kind is PhaseKind.SWITCH_SIDES
    assert session.remaining() == pytest.approx(4.5)
    clock.advance(30)
    session.resume()
    run_for(session, clock, 4.4)
    assert session.phase.kind is PhaseKind.SWITCH_SIDES
    run_for(session, clock, 0.2)
    assert session.phase.kind is PhaseKind.HOLD


def test_paused_time_is_reported_apart_from_active_time(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.pause()
    clock.advance(45)
    session.resume()
    run_for(session, clock, session.plan.total_seconds)
    result = finished_result(session)
    assert result.paused_seconds == pytest.approx(45)
    assert result.active_seconds == pytest.approx(session.plan.total_seconds)


def test_space_starts_pauses_and_resumes(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    states = []
    for _ in range(3):
        session.toggle_pause()
        states.append(session.state)
    assert states == [State.RUNNING, State.PAUSED, State.RUNNING]


# -- sleep -------------------------------------------------------------------------------------


def test_a_clock_jump_pauses_where_the_session_was(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 12)  # 4 s into the first hold
    clock.advance(3600)  # the lid was closed
    session.poll()
    assert session.state is State.PAUSED
    assert recorder.of(Paused)[-1] == Paused(PauseReason.SLEEP, pytest.approx(clock() - 3600))  # type: ignore[arg-type]
    assert session.phase.kind is PhaseKind.HOLD
    assert session.remaining() == pytest.approx(26, abs=0.05)
    assert "halfway" not in recorder.cues()
    session.resume()
    run_for(session, clock, session.plan.total_seconds)
    result = finished_result(session)
    assert result.paused_seconds == pytest.approx(3600, abs=0.05)
    assert {h.held_seconds for h in result.holds if h.outcome is HoldOutcome.COMPLETED} >= {30}


# -- skip, back, restart -----------------------------------------------------------------------


def test_skip_ends_prepare_early_and_records_a_skipped_hold(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 2)
    session.skip()
    assert session.phase.kind is PhaseKind.HOLD
    assert session.remaining() == 30
    run_for(session, clock, 10)
    session.skip()
    assert session.phase.kind is PhaseKind.SWITCH_SIDES
    hold = session._tally.holds[-1]
    assert hold.outcome is HoldOutcome.SKIPPED
    assert hold.held_seconds == pytest.approx(10)


def test_skip_at_the_last_phase_completes_the_routine(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    for _ in range(len(session.plan.phases)):
        session.skip()
    assert session.state is State.COMPLETE
    assert len(recorder.of(Finished)) == 1
    result = finished_result(session)
    assert result.done_steps == ()
    assert result.skipped_steps == (0, 1, 2)
    session.skip()  # nothing after the end
    assert len(recorder.of(Finished)) == 1


def test_back_at_the_first_step_restarts_it(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.back()
    assert (session.phase.kind, session.phase.side, session.remaining()) == (PhaseKind.PREPARE, Side.LEFT, 8)


def test_back_goes_to_the_start_of_the_previous_step(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    while session.step < 2:
        session.skip()
    session.skip()  # into the last step's prepare
    session.back()
    assert (session.step, session.phase.kind) == (1, PhaseKind.PREPARE)
    assert session.phase.stretch_id == "cat-cow"


def test_back_from_a_next_up_preview_goes_to_the_step_just_done(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 73 + 1)
    assert session.phase.kind is PhaseKind.TRANSITION
    session.back()
    assert (session.step, session.phase.stretch_id) == (0, "knee-to-chest")


def test_restart_step_goes_back_to_its_first_side(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 50)  # right side hold
    session.restart_step()
    assert (session.phase.kind, session.phase.side) == (PhaseKind.PREPARE, Side.LEFT)
    assert session._tally.holds[-1].outcome is HoldOutcome.LEFT


def test_navigation_while_paused_stays_paused_with_a_full_phase(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 3)
    session.pause()
    session.skip()
    assert session.state is State.PAUSED
    assert session.remaining() == 30
    assert recorder.cues() == ["prepare"]  # the hold's cue waits for resume
    session.resume()
    assert recorder.cues() == ["prepare", "hold-start"]


# -- pain --------------------------------------------------------------------------------------


def test_pain_ends_the_hold_then_releases_then_waits_for_a_choice(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.pain()
    assert session.phase.kind is PhaseKind.RELEASE
    assert recorder.cues()[-1] == "release"
    run_for(session, clock, 10.1)
    assert session.state is State.AWAITING_CHOICE
    assert len(recorder.of(AwaitingChoice)) == 1
    run_for(session, clock, 120)
    assert session.state is State.AWAITING_CHOICE  # waits for the person


def test_after_pain_skip_moves_past_the_whole_stretch(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.pain()
    session.skip()  # ends the release early
    assert session.state is State.AWAITING_CHOICE
    session.skip()  # skips knee-to-chest
    assert (session.step, session.phase.kind) == (1, PhaseKind.PREPARE)
    session.stop()
    result = finished_result(session)
    assert result.skipped_steps == (0,)
    assert [(p.stretch_id, p.side, p.phase) for p in result.pain_reports] == [("knee-to-chest", Side.LEFT, "hold")]
    assert result.pain_reports[0].at == pytest.approx(20)
    assert result.holds[0].outcome is HoldOutcome.PAIN
    assert result.holds[0].held_seconds == pytest.approx(12)


def test_after_pain_going_on_restarts_that_side_from_getting_into_position(
    catalogue: Catalogue, clock: FakeClock
) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 45)  # the right side's hold
    session.pain()
    run_for(session, clock, 11)
    session.go_on()
    assert (session.phase.kind, session.phase.side, session.state) == (
        PhaseKind.SWITCH_SIDES, Side.RIGHT, State.RUNNING,
    )


def test_space_after_pain_means_go_on_and_resume_is_only_for_a_pause(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.pain()
    session.skip()
    assert not session.allowed(Command.RESUME)
    session.resume()
    assert session.state is State.AWAITING_CHOICE
    session.toggle_pause()
    assert (session.phase.kind, session.phase.side) == (PhaseKind.PREPARE, Side.LEFT)


def test_pain_while_paused_starts_the_release(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 15)
    session.pause()
    clock.advance(5)
    session.pain()
    assert (session.state, session.phase.kind) == (State.EASING_OUT, PhaseKind.RELEASE)
    session.stop()
    assert finished_result(session).paused_seconds == pytest.approx(5)


def test_pain_during_the_release_changes_nothing(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 15)
    session.pain()
    run_for(session, clock, 4)
    session.pain()
    assert session.remaining() == pytest.approx(6, abs=0.05)
    assert len(session._tally.pain) == 1


def test_back_after_pain_goes_to_the_previous_step(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    while session.step < 1 or session.phase.kind is not PhaseKind.FLOW:
        session.skip()
    session.pain()
    session.skip()
    session.back()
    assert (session.step, session.state) == (0, State.RUNNING)


# -- stop and the edges ------------------------------------------------------------------------


def test_stop_reports_what_was_done_and_not_what_was_never_reached(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 80)  # into the next-up before cat-cow
    session.stop()
    result = finished_result(session)
    assert result.state is State.STOPPED
    assert result.done_steps == (0,)
    assert result.skipped_steps == ()
    assert result.ended_at - result.started_at == pytest.approx(80)
    assert "routine-complete" not in recorder.cues()


def test_commands_before_start_and_after_the_end_do_nothing(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    for command in (session.pause, session.resume, session.skip, session.back, session.restart_step,
                    session.pain, session.stop, session.go_on, session.poll):
        command()
    assert (session.state, recorder.events) == (State.READY, [])
    session.start()
    session.stop()
    count = len(recorder.events)
    for command in (session.start, session.pause, session.resume, session.skip, session.back,
                    session.restart_step, session.pain, session.stop, session.go_on):
        command()
    assert len(recorder.events) == count


def test_the_view_reports_routine_time_left(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 10)
    assert session.view().routine_remaining == pytest.approx(session.plan.total_seconds - 10)


def test_the_warm_up_is_a_step_that_can_be_skipped(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock, "full-back-and-glutes")
    session.start()
    assert session.phase.kind is PhaseKind.WARM_UP
    assert recorder.cues() == ["warm-up"]
    session.skip()
    assert session.phase.kind is PhaseKind.TRANSITION
    assert isinstance(recorder.events[-1], PhaseStarted) or recorder.cues()[-1] == "next-up"


def test_the_choice_after_pain_is_announced_when_the_release_ends(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.pain()
    run_for(session, clock, 10.1)
    assert recorder.cues()[-2:] == ["release", "choice"]
    run_for(session, clock, 60)
    assert recorder.cues().count("choice") == 1  # said once, not again while the person thinks


def test_the_choice_is_announced_when_the_release_is_skipped_too(catalogue: Catalogue, clock: FakeClock) -> None:
    session, recorder = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.pain()
    session.skip()
    assert recorder.cues()[-1] == "choice"


def test_going_on_gently_is_a_shorter_hold_then_the_routine_as_planned(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)  # 12 s into the left side's hold
    session.pain()
    run_for(session, clock, 10.1)
    session.go_on()
    assert (session.phase.kind, session.phase.gentle, session.phase.seconds) == (PhaseKind.PREPARE, True, 8)
    run_for(session, clock, 8.1)
    assert (session.phase.kind, session.phase.gentle, session.phase.seconds) == (PhaseKind.HOLD, True, 15)
    run_for(session, clock, 15)
    assert (session.phase.kind, session.phase.side, session.phase.gentle) == (PhaseKind.SWITCH_SIDES, Side.RIGHT, False)
    run_for(session, clock, 5)
    assert (session.phase.kind, session.phase.seconds, session.phase.gentle) == (PhaseKind.HOLD, 30, False)
    session.stop()
    holds = finished_result(session).holds
    assert [(h.side, h.planned_seconds, h.outcome) for h in holds[:2]] == [
        (Side.LEFT, 30, HoldOutcome.PAIN), (Side.LEFT, 15, HoldOutcome.COMPLETED),
    ]


def test_going_back_after_going_on_gently_plays_the_stretch_as_planned(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.pain()
    session.skip()
    session.go_on()
    session.restart_step()
    session.skip()  # past getting into position
    assert (session.phase.kind, session.phase.seconds, session.phase.gentle) == (PhaseKind.HOLD, 30, False)


def test_the_time_left_counts_the_gentle_hold_to_come(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 20)
    session.pain()
    session.skip()
    session.go_on()  # the gentle prepare (8 s), then a 15 s hold instead of 30
    planned_after = session.plan.seconds_after(1)
    assert session.view().routine_remaining == pytest.approx(8 + 15 + planned_after)


def test_it_says_when_the_next_cue_or_phase_end_is_due(catalogue: Catalogue, clock: FakeClock) -> None:
    """So a display can sleep until then: each due time, reached, brings its cue or the next phase."""
    session, recorder = make_session(catalogue, clock)
    assert session.next_due() is None  # not started
    session.start()
    dues: list[float] = []
    while not session.state.finished and len(dues) < 200:
        due = session.next_due()
        assert due is not None and due >= clock()
        dues.append(due)
        heard = len(recorder.events)
        while clock() < due:  # polled at least every second, as a sleep would otherwise be seen
            clock.advance(min(1.0, due - clock()))
            session.poll()
            assert clock() >= due or len(recorder.events) == heard, "something came before it was due"
        assert len(recorder.events) > heard, f"nothing came due at {due}"
    assert session.state is State.COMPLETE
    assert session.next_due() is None


def test_nothing_is_due_while_paused(catalogue: Catalogue, clock: FakeClock) -> None:
    session, _ = make_session(catalogue, clock)
    session.start()
    session.pause()
    assert session.next_due() is None
