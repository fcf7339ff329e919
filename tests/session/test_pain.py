"""What a pain report changes in the course, from the plan alone: the release that replaces the
phase, where going on starts, and where skipping the stretch goes."""

from __future__ import annotations

from app.catalogue import Catalogue
from app.session import Cue, PhaseKind, Plan, build_plan
from app.session.pain import gentle_hold_seconds, gentle_phase, gentle_until, going_on_from, past_stretch, release_phase
from tests.session.conftest import TIMING


def plan_of(catalogue: Catalogue) -> Plan:
    # lower-back-relief: knee to chest both sides (0-3), a preview and cat-cow (4-6), then child's pose (7-9)
    return build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING)


def test_the_release_keeps_the_stretch_and_side_for_the_release_time(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    flow = plan.phases[6]
    release = release_phase(flow, plan)
    assert (release.kind, release.seconds, release.breath) == (PhaseKind.RELEASE, TIMING.release_seconds, None)
    assert [timed.cue for timed in release.cues] == [Cue.RELEASE]
    assert (release.step, release.stretch_id, release.side) == (flow.step, flow.stretch_id, flow.side)


def test_going_on_starts_again_from_getting_into_position(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    assert going_on_from(plan, 1) == 0  # the first side's hold: from its prepare
    assert going_on_from(plan, 3) == 2  # the second side's hold: from switching sides
    assert going_on_from(plan, 6) == 5  # the flow: from its prepare
    assert going_on_from(plan, 5) == 5  # the prepare itself (a preview before it is another thing)
    assert going_on_from(plan, 0) == 0


def test_skipping_a_stretch_goes_past_the_next_preview_or_to_the_end(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    assert past_stretch(plan, 0) == 5  # cat-cow's prepare, not the preview before it
    assert past_stretch(plan, 1) == 8
    assert past_stretch(plan, 2) == len(plan.phases)


def test_a_gentle_hold_is_half_the_planned_one_but_never_under_fifteen_seconds(catalogue: Catalogue) -> None:
    assert [gentle_hold_seconds(s) for s in (30, 20, 60, 15, 10)] == [15, 15, 30, 15, 10]


def test_the_gentle_hold_is_shorter_and_keeps_its_cues_in_proportion(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    hold = plan.phases[1]  # knee to chest, left leg, 30 s
    gentle = gentle_phase(hold, plan)
    assert (gentle.kind, gentle.seconds, gentle.gentle, gentle.side) == (PhaseKind.HOLD, 15, True, hold.side)
    assert [(t.offset, t.cue) for t in gentle.cues] == [
        (0.0, Cue.HOLD_START), (7.5, Cue.HALFWAY), (10.0, Cue.LAST_SECONDS),
    ]


def test_a_gentle_flow_keeps_its_pace_and_does_half_the_breaths(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    flow = plan.phases[6]  # cat-cow: 8 breaths of 4 + 4 s
    gentle = gentle_phase(flow, plan)
    assert (gentle.seconds, gentle.breath, gentle.gentle) == (32, flow.breath, True)
    assert [t.cue for t in gentle.cues] == [Cue.INHALE, Cue.EXHALE] * 4


def test_getting_into_position_gently_takes_its_usual_time(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    prepare = gentle_phase(plan.phases[0], plan)
    assert (prepare.seconds, prepare.cues, prepare.gentle) == (plan.phases[0].seconds, plan.phases[0].cues, True)


def test_going_on_gently_covers_the_stretch_up_to_its_next_hold(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    assert gentle_until(plan, 1) == 1  # pain in the hold: that hold
    assert gentle_until(plan, 0) == 1  # pain getting into position: the hold it led to
    assert gentle_until(plan, 2) == 3  # pain switching sides: the second side's hold
    assert gentle_until(plan, 5) == 6  # cat-cow's prepare: its flow
