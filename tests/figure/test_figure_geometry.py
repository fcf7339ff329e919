"""The figure stays anatomically plausible in every keyframe and every in-between frame."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.figure import interpolate, keyframe_names, pose_keyframe
from app.figure.contacts import clearance, contact_error
from app.figure.keyframes import STRETCHES
from app.figure.outline import lowest
from app.figure.plausibility import measured_angles, out_of_range
from app.figure.pose import Pose
from app.figure.skeleton import LIMB_RADIUS, LINKS, TORSO_RADIUS, Figure

CONTACT_TOLERANCE = 0.5  # figure units (about half a centimetre)
CLEAR_HEIGHT = 8.0  # a part that must be off the floor is at least this high

KEYFRAMES = keyframe_names()
PAIRS = [
    (stretch.keyframes[i], stretch.keyframes[i + 1])
    for stretch in STRETCHES.values()
    for i in range(len(stretch.keyframes) - 1)
]


def _in_between(pair: int, t: float) -> Pose:
    start, end = PAIRS[pair]
    return interpolate(pose_keyframe(start), pose_keyframe(end), t)


in_betweens = st.builds(
    _in_between, st.integers(min_value=0, max_value=len(PAIRS) - 1), st.floats(min_value=0.0, max_value=1.0)
)


def _true_length(figure: Figure, start: str, end: str) -> float:
    (x0, y0), (x1, y1) = figure[start], figure[end]
    return math.sqrt((x1 - x0) ** 2 + (y1 - y0) ** 2 + (figure.depth[end] - figure.depth[start]) ** 2)


def _assert_lengths_fixed(pose: Pose) -> None:
    for link in LINKS:
        assert _true_length(pose.figure, link.start, link.end) == pytest.approx(link.length, abs=1e-6), link.name


@pytest.mark.parametrize("name", KEYFRAMES)
def test_every_segment_keeps_its_length_in_keyframes(name: str) -> None:
    _assert_lengths_fixed(pose_keyframe(name))


@given(in_betweens)
@settings(max_examples=200, deadline=None)
def test_every_segment_keeps_its_length_in_between(pose: Pose) -> None:
    _assert_lengths_fixed(pose)


@pytest.mark.parametrize("name", KEYFRAMES)
def test_joint_angles_are_in_normal_ranges(name: str) -> None:
    assert out_of_range(pose_keyframe(name)) == []


@given(in_betweens)
@settings(max_examples=200, deadline=None)
def test_joint_angles_stay_in_normal_ranges_in_between(pose: Pose) -> None:
    assert out_of_range(pose) == []


@pytest.mark.parametrize("name", KEYFRAMES)
def test_listed_contacts_rest_on_their_surface(name: str) -> None:
    pose = pose_keyframe(name)
    assert pose.contacts, "every keyframe says what it rests on"
    errors = {contact.feature: round(contact_error(pose, contact), 2) for contact in pose.contacts}
    assert all(error <= CONTACT_TOLERANCE for error in errors.values()), errors


@pytest.mark.parametrize("name", [name for name in KEYFRAMES if pose_keyframe(name).clear])
def test_parts_that_must_be_off_the_floor_are(name: str) -> None:
    pose = pose_keyframe(name)
    for part in pose.clear:
        assert clearance(pose.figure, part) >= CLEAR_HEIGHT, part


@pytest.mark.parametrize("name", KEYFRAMES)
def test_nothing_passes_below_the_floor(name: str) -> None:
    assert lowest(pose_keyframe(name).figure) >= -1e-6


@given(in_betweens)
@settings(max_examples=200, deadline=None)
def test_nothing_passes_below_the_floor_in_between(pose: Pose) -> None:
    figure = pose.figure
    assert lowest(figure) >= -1e-6
    for joint, (_, y) in figure.points.items():
        assert y >= 0.0, joint  # joint centres too, not only the drawn outline


@given(in_betweens)
@settings(max_examples=200, deadline=None)
def test_contacts_both_keyframes_share_hold_in_between(pose: Pose) -> None:
    stretch = pose.stretch
    first, last = (pose_keyframe(name) for name in (stretch.keyframes[0], stretch.keyframes[-1]))
    for contact in (contact for contact in first.contacts if contact in last.contacts):
        assert contact_error(pose, contact) <= CONTACT_TOLERANCE, contact.feature


# POSES.md, pose by pose: the angles a physiotherapist would check.
def _angle(name: str, joint: str) -> float:
    return measured_angles(pose_keyframe(name))[joint]


@pytest.mark.parametrize(
    ("name", "joint", "low", "high"),
    [
        ("warm-up/left-knee-up", "near_hip", 60, 70),
        ("warm-up/left-knee-up", "near_knee", 80, 90),
        ("warm-up/right-knee-up", "far_hip", 60, 70),
        ("warm-up/right-knee-up", "far_knee", 80, 90),
        ("knee-to-chest/start", "near_hip", 35, 55),
        ("knee-to-chest/start", "far_hip", 35, 55),
        ("knee-to-chest/start", "near_knee", 85, 110),
        ("knee-to-chest/start", "far_knee", 85, 110),
        ("knee-to-chest/knee-in", "near_hip", 120, 130),
        ("knee-to-chest/knee-in", "near_knee", 110, 130),
        ("childs-pose/folded", "near_hip", 130, 140),
        ("childs-pose/folded", "near_knee", 150, 160),
        ("childs-pose/all-fours", "near_knee", 85, 95),
        ("figure-four/drawn-in", "far_hip", 90, 110),
        ("seated-glute/upright", "far_knee", 80, 100),
        ("seated-glute/lean", "far_knee", 80, 100),
    ],
)
def test_poses_brief_angles(name: str, joint: str, low: float, high: float) -> None:
    assert low <= _angle(name, joint) <= high


def test_seated_lean_hinges_at_the_hips_with_a_flat_back() -> None:
    upright, lean = pose_keyframe("seated-glute/upright"), pose_keyframe("seated-glute/lean")
    hinge = lean.angles.spine.pelvis - upright.angles.spine.pelvis
    assert 20 <= hinge <= 35
    for pose in (upright, lean):
        assert abs(pose.angles.spine.lumbar) <= 5 and abs(pose.angles.spine.thoracic) <= 5


@pytest.mark.parametrize("name", ["cat-cow/cow", "cat-cow/cat", "childs-pose/all-fours"])
def test_all_fours_has_arms_and_thighs_vertical(name: str) -> None:
    figure = pose_keyframe(name).figure
    for side in ("near", "far"):
        assert figure[f"{side}_hip"][0] == pytest.approx(figure[f"{side}_knee"][0], abs=1.0)
    assert figure["near_shoulder"][0] == pytest.approx(figure["near_wrist"][0], abs=1.0)
    # the far hand is set a little forward so it shows beside the near one: still about vertical
    (sx, sy), (wx, wy) = figure["far_shoulder"], figure["far_wrist"]
    assert wx - sx > 0 and math.degrees(math.atan2(wx - sx, sy - wy)) < 10


def test_cat_rounds_the_back_up_and_cow_lets_it_sag() -> None:
    def rise_of_mid_back(name: str) -> float:
        figure = pose_keyframe(name).figure
        (hx, hy), (sx, sy), (rx, ry) = figure["hip"], figure["shoulders"], figure["ribs"]
        # height of the lowest rib above the straight line from hip to shoulders
        return ry - (hy + (sy - hy) * (rx - hx) / (sx - hx))

    assert rise_of_mid_back("cat-cow/cat") > 3.0
    assert rise_of_mid_back("cat-cow/cow") < -3.0
    assert pose_keyframe("cat-cow/cat").figure["head"][1] < pose_keyframe("cat-cow/cow").figure["head"][1]


def test_childs_pose_sits_on_the_heels() -> None:
    for name in ("childs-pose/folded",):
        figure = pose_keyframe(name).figure
        buttocks = figure["hip"][1] - TORSO_RADIUS
        heels = figure["near_ankle"][1] + LIMB_RADIUS
        assert -1.0 <= buttocks - heels <= 8.0, name
        assert abs(figure["hip"][0] - figure["near_ankle"][0]) <= 12.0, name


def _distance_to_segment(point: tuple[float, float], start: tuple[float, float], end: tuple[float, float]) -> float:
    (px, py), (ax, ay), (bx, by) = point, start, end
    t = max(0.0, min(1.0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
    return math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)))


@pytest.mark.parametrize("name", ["figure-four/crossed", "figure-four/drawn-in", "seated-glute/upright"])
def test_the_crossed_ankle_rests_on_the_other_thigh(name: str) -> None:
    figure = pose_keyframe(name).figure
    gap = _distance_to_segment(figure["near_ankle"], figure["far_hip"], figure["far_knee"])
    assert gap <= 2 * LIMB_RADIUS + 0.5  # touching, seen from the side


@pytest.mark.parametrize("name", ["figure-four/crossed", "figure-four/drawn-in", "seated-glute/lean"])
def test_the_crossed_shin_lies_level_with_the_knee_turned_out(name: str) -> None:
    pose = pose_keyframe(name)
    knee, ankle = pose.figure["near_knee"], pose.figure["near_ankle"]
    assert knee[1] == pytest.approx(ankle[1], abs=1.0)
    assert pose.figure.depth["near_knee"] > pose.figure.depth["near_hip"]  # the knee points at the viewer


def test_knee_to_chest_brings_the_working_knee_to_the_chest_only() -> None:
    start, knee_in = pose_keyframe("knee-to-chest/start").figure, pose_keyframe("knee-to-chest/knee-in").figure
    chest = knee_in["ribs"]
    assert math.dist(knee_in["near_knee"], chest) < math.dist(start["near_knee"], start["ribs"]) - 15.0
    assert knee_in["far_knee"] == pytest.approx(start["far_knee"], abs=0.5)
    assert knee_in["head"] == pytest.approx(start["head"], abs=0.5)  # the head does not lift
