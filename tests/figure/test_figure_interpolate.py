"""In-between frames: eased, continuous, and keeping still what the stretch keeps still."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.figure import ease_in_out, interpolate, pose_keyframe
from app.figure.keyframes import STRETCHES

unit_interval = st.floats(min_value=0.0, max_value=1.0)


def test_ease_starts_and_ends_at_rest() -> None:
    assert ease_in_out(0.0) == 0.0
    assert ease_in_out(1.0) == 1.0
    assert ease_in_out(0.5) == pytest.approx(0.5)
    step = 1e-4
    assert ease_in_out(step) / step < 0.01  # no velocity at the start ...
    assert (1.0 - ease_in_out(1.0 - step)) / step < 0.01  # ... nor at the end


@given(unit_interval, unit_interval)
def test_ease_is_monotonic_and_symmetric(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert ease_in_out(low) <= ease_in_out(high)
    assert ease_in_out(1.0 - a) == pytest.approx(1.0 - ease_in_out(a), abs=1e-12)


# every step from one keyframe of a stretch to the next
STEPS = [pair for stretch in STRETCHES.values() for pair in itertools.pairwise(stretch.keyframes)]


@pytest.mark.parametrize(("first", "second"), STEPS)
def test_the_ends_are_the_keyframes(first: str, second: str) -> None:
    start, end = pose_keyframe(first), pose_keyframe(second)
    assert interpolate(start, end, 0.0) is start
    assert interpolate(start, end, 1.0) is end
    near_start = interpolate(start, end, 1e-9)
    for joint, point in start.figure.points.items():
        assert near_start.figure[joint] == pytest.approx(point, abs=1e-3), joint


def test_keyframes_of_different_stretches_do_not_blend() -> None:
    with pytest.raises(ValueError, match="cannot blend"):
        interpolate(pose_keyframe("cat-cow/cat"), pose_keyframe("childs-pose/folded"), 0.5)


@pytest.mark.parametrize(("first", "second"), STEPS)
def test_motion_is_continuous(first: str, second: str) -> None:
    """No joint jumps between frames 1/200 apart (a solver switching branches would)."""
    start, end = pose_keyframe(first), pose_keyframe(second)
    previous = start.figure
    for step in range(1, 201):
        figure = interpolate(start, end, step / 200).figure
        for joint, point in figure.points.items():
            assert math.dist(point, previous[joint]) < 2.5, (joint, step)
        previous = figure


@given(unit_interval)
@settings(deadline=None)
def test_cat_cow_keeps_hands_and_knees_still(t: float) -> None:
    cow, cat = pose_keyframe("cat-cow/cow"), pose_keyframe("cat-cow/cat")
    frame = interpolate(cow, cat, t).figure
    for joint in ("near_wrist", "far_wrist", "near_hand", "near_knee", "far_knee", "near_toe", "hip"):
        assert frame[joint] == pytest.approx(cow.figure[joint], abs=1e-6), joint
        assert frame[joint] == pytest.approx(cat.figure[joint], abs=1e-6), joint


@given(unit_interval)
@settings(deadline=None)
def test_cat_cow_moves_only_spine_pelvis_and_head(t: float) -> None:
    cow, cat = pose_keyframe("cat-cow/cow"), pose_keyframe("cat-cow/cat")
    angles = interpolate(cow, cat, t).angles
    assert angles.near_leg.knee == pytest.approx(90.0)
    assert angles.near_arm.elbow == pytest.approx(cow.angles.near_arm.elbow, abs=0.5)


@given(unit_interval)
@settings(deadline=None)
def test_the_resting_foot_and_head_stay_put_in_knee_to_chest(t: float) -> None:
    start, knee_in = pose_keyframe("knee-to-chest/start"), pose_keyframe("knee-to-chest/knee-in")
    frame = interpolate(start, knee_in, t).figure
    for joint in ("far_ankle", "far_toe", "head", "hip", "shoulders"):
        assert frame[joint] == pytest.approx(start.figure[joint], abs=1e-6), joint


def test_marching_passes_through_standing() -> None:
    """Halfway between the two knee lifts the lowering leg has landed: no crouch on bent legs."""
    left, right = pose_keyframe("warm-up/left-knee-up"), pose_keyframe("warm-up/right-knee-up")
    middle = interpolate(left, right, 0.5)
    assert min(middle.angles.near_leg.hip, middle.angles.far_leg.hip) < 5.0
    assert middle.root[1] == pytest.approx(left.root[1], abs=1.0)


@given(unit_interval.filter(lambda t: t > 0.0))
@settings(deadline=None)
def test_a_move_shows_the_arrow_of_where_it_goes_from_its_first_frame(t: float) -> None:
    cow, cat = pose_keyframe("cat-cow/cow"), pose_keyframe("cat-cow/cat")
    assert interpolate(cow, cat, t).arrows == cat.arrows  # the back rising, never the belly dropping
    assert interpolate(cat, cow, t).arrows == cow.arrows


def test_an_arrow_both_keyframes_show_stays() -> None:
    start, lean = pose_keyframe("seated-glute/upright"), pose_keyframe("seated-glute/lean")
    shared = lean.arrows[0]
    both = type(start)(start.stretch, start.angles, start.root, start.constraints, (shared,))
    assert interpolate(both, lean, 0.5).arrows == (shared,)


def test_both_hands_reach_their_places_on_the_floor() -> None:
    cow = pose_keyframe("cat-cow/cow")
    (all_fours,) = cow.constraints
    assert cow.figure["near_wrist"][0] == pytest.approx(all_fours.hands_x, abs=1e-6)  # type: ignore[attr-defined]
    far_place = all_fours.hands_x + all_fours.far_hand_ahead  # type: ignore[attr-defined]
    assert cow.figure["far_wrist"][0] == pytest.approx(far_place, abs=1e-6)
