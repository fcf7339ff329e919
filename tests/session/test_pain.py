"""What a pain report changes in the course, from the plan alone: the release that replaces the
phase, where going on starts, and where skipping the stretch goes."""

from __future__ import annotations

from app.catalogue import Catalogue
from app.session import Cue, PhaseKind, Plan, build_plan
from app.session.pain import going_on_from, past_stretch, release_phase
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
