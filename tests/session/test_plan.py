"""The plan: every phase of a routine in order, with exact seconds."""

from __future__ import annotations

import pytest

from app.catalogue import Catalogue, Routine, Side, Step
from app.session import Cue, PhaseKind, Timing, build_plan
from tests.session.conftest import TIMING


def kinds(catalogue: Catalogue, routine_id: str, timing: Timing = TIMING) -> list[str]:
    return [p.kind.value for p in build_plan(catalogue.routine(routine_id), catalogue, timing).phases]


def test_a_one_sided_hold_has_a_prepare_a_hold_per_side_and_a_switch(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING)
    first = plan.phases[:4]
    assert [p.kind for p in first] == [PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.SWITCH_SIDES, PhaseKind.HOLD]
    assert [p.side for p in first] == [Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT]
    assert first[1].seconds == first[3].seconds == 30


def test_steps_are_joined_by_a_next_up_preview_that_belongs_to_the_next_step(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING)
    transitions = [p for p in plan.phases if p.kind is PhaseKind.TRANSITION]
    assert [(p.step, p.stretch_id) for p in transitions] == [(1, "cat-cow"), (2, "childs-pose")]
    assert plan.steps[1].first_phase == plan.phases.index(transitions[0]) + 1


def test_the_total_is_the_sum_of_the_phases(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING)
    # knee-to-chest 8+30+5+30, cat-cow 6+8+8*(4+4), child's pose 6+8+30
    assert plan.total_seconds == 73 + 78 + 44


def test_the_warm_up_comes_first_and_can_be_left_out(catalogue: Catalogue) -> None:
    assert kinds(catalogue, "full-back-and-glutes")[:2] == ["warm-up", "transition"]
    without = Timing(warm_up=False)
    assert "warm-up" not in kinds(catalogue, "full-back-and-glutes", without)


def test_the_person_may_shorten_the_warm_up(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("full-back-and-glutes"), catalogue, Timing(warm_up_seconds=120))
    assert plan.phases[0].seconds == 120


def test_speed_scales_every_duration(catalogue: Catalogue) -> None:
    normal = build_plan(catalogue.routine("deep-glute-release"), catalogue, TIMING)
    fast = build_plan(catalogue.routine("deep-glute-release"), catalogue, Timing(**{**TIMING.__dict__, "speed": 10}))
    assert fast.total_seconds == pytest.approx(normal.total_seconds / 10)
    assert [p.kind for p in fast.phases] == [p.kind for p in normal.phases]


def test_repetitions_and_chosen_sides(catalogue: Catalogue) -> None:
    routine = Routine("r", "R", "back", "floor", "d", None,
                      (Step("knee-to-chest", hold_seconds=20, repetitions=2, sides=(Side.RIGHT,)),), "test")
    plan = build_plan(routine, catalogue, TIMING)
    assert [(p.kind.value, p.side, p.repetition, p.seconds) for p in plan.phases] == [
        ("prepare", Side.RIGHT, 1, 8), ("hold", Side.RIGHT, 1, 20),
        ("prepare", Side.RIGHT, 2, 8), ("hold", Side.RIGHT, 2, 20),
    ]


def test_a_hold_has_halfway_and_last_seconds_cues(catalogue: Catalogue) -> None:
    hold = build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING).phases[1]
    assert [(c.offset, c.cue) for c in hold.cues] == [(0, Cue.HOLD_START), (15, Cue.HALFWAY), (25, Cue.LAST_SECONDS)]


def test_a_flow_paces_inhale_and_exhale(catalogue: Catalogue) -> None:
    flow = next(p for p in build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING).phases
                if p.kind is PhaseKind.FLOW)
    assert flow.breath is not None
    assert flow.seconds == 8 * 8
    assert [c.cue for c in flow.cues[:4]] == [Cue.INHALE, Cue.EXHALE, Cue.INHALE, Cue.EXHALE]
    assert flow.breath.at(5.0) == (Cue.EXHALE, 3.0, 4.0)


def test_the_persons_default_hold_is_kept_inside_each_stretch_range(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("lower-back-relief"), catalogue, Timing(hold_seconds=25))
    assert {p.seconds for p in plan.phases if p.kind is PhaseKind.HOLD} == {25}


def test_the_seconds_after_each_phase_are_those_of_the_phases_after_it(catalogue: Catalogue) -> None:
    for routine in catalogue.routines:
        plan = build_plan(routine, catalogue, TIMING)
        for index in range(-1, len(plan.phases) + 1):
            assert plan.seconds_after(index) == sum(phase.seconds for phase in plan.phases[index + 1 :])
