"""The right side is the exact mirror of the left, and the working side is the one highlighted."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.figure import DARK, LIGHT, interpolate, keyframe_names, pose_keyframe, render_svg, thumbnail_svg
from app.figure.drawing import Dot, Stroke, layout
from app.figure.keyframes import STRETCHES
from app.figure.skeleton import TORSO_RADIUS

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
X_ATTRIBUTES = {"cx"}
POINT_LISTS = {"d", "points"}  # x, y pairs throughout (paths use only M, L and C)


def _assert_mirrored(left: str, right: str) -> None:
    left_elements, right_elements = list(ET.fromstring(left).iter()), list(ET.fromstring(right).iter())
    assert [e.tag for e in left_elements] == [e.tag for e in right_elements]
    for a, b in zip(left_elements, right_elements, strict=True):
        assert a.attrib.keys() == b.attrib.keys()
        for name, value in a.attrib.items():
            mirrored = b.attrib[name]
            if name in POINT_LISTS:
                xs_a, xs_b = NUMBER.findall(value), NUMBER.findall(mirrored)
                assert NUMBER.sub("#", value) == NUMBER.sub("#", mirrored)  # same commands, same layout
                for index, (p, q) in enumerate(zip(xs_a, xs_b, strict=True)):
                    assert float(q) == (-float(p) if index % 2 == 0 else float(p)), (a.tag, name)
            elif name in X_ATTRIBUTES:
                assert float(mirrored) == -float(value)
            else:
                assert mirrored == value, (a.tag, name)


@pytest.mark.parametrize("name", keyframe_names())
def test_right_side_is_the_exact_mirror_of_the_left(name: str) -> None:
    pose = pose_keyframe(name)
    for palette in (LIGHT, DARK):
        _assert_mirrored(
            render_svg(pose, side="left", palette=palette), render_svg(pose, side="right", palette=palette)
        )


@pytest.mark.parametrize("stretch", STRETCHES)
def test_thumbnails_mirror_too(stretch: str) -> None:
    _assert_mirrored(thumbnail_svg(stretch, LIGHT), thumbnail_svg(stretch, LIGHT, side="right"))


@given(st.sampled_from(["cat-cow", "seated-glute", "warm-up"]), st.floats(min_value=0.0, max_value=1.0))
@settings(max_examples=30, deadline=None)
def test_in_betweens_mirror_too(stretch: str, t: float) -> None:
    start, end = (pose_keyframe(name) for name in STRETCHES[stretch].keyframes[-2:])
    pose = interpolate(start, end, t)
    _assert_mirrored(render_svg(pose, side="left"), render_svg(pose, side="right"))


def test_the_left_side_faces_left_and_the_right_side_faces_right() -> None:
    """The viewer sees the working side: a figure showing its left side faces the viewer's left."""
    pose = pose_keyframe("warm-up/left-knee-up")
    for side, faces_left in (("left", True), ("right", False)):
        svg = render_svg(pose, side=side, palette=LIGHT)
        # the near leg is the first limb outlined by a gap: it runs from the hip to the raised knee
        near_leg = re.search(rf'<path d="M(\S+) \S+L(\S+) \S+ .*?stroke="{LIGHT.gap}"', svg)
        assert near_leg is not None
        hip_x, knee_x = (float(value) for value in near_leg.groups())
        assert (knee_x < hip_x) == faces_left


# One-sided stretches: the working limb is the near one (drawn in front, full colour), and the
# target area is drawn on that near side, so mirroring keeps it on the working side.
ONE_SIDED = ["knee-to-chest", "figure-four", "seated-glute"]


@pytest.mark.parametrize("stretch", ONE_SIDED)
def test_the_working_leg_is_the_near_leg(stretch: str) -> None:
    start, end = (pose_keyframe(name) for name in STRETCHES[stretch].keyframes[-2:])  # the stretch itself
    if stretch == "knee-to-chest":
        moved = {side: abs(end.angles.leg(side).hip - start.angles.leg(side).hip) for side in ("near", "far")}
        assert moved["near"] > 60 > moved["far"]
    else:  # the crossed leg is the one turned out toward the viewer
        for pose in (start, end):
            assert pose.angles.near_leg.thigh_out > 10 and pose.angles.far_leg.thigh_out == 0


@pytest.mark.parametrize("name", [name for name in keyframe_names() if name.split("/")[0] in ONE_SIDED])
def test_the_target_is_highlighted_on_the_working_side(name: str) -> None:
    pose = pose_keyframe(name)
    shapes = layout(pose)
    roles = [shape.role for shape in shapes]
    hip = pose.figure["hip"]
    near_leg = next(
        i for i, s in enumerate(shapes) if isinstance(s, Stroke) and s.role == "body" and s.halo and s.start == hip
    )
    trunk = roles.index("body")
    targets = [i for i, role in enumerate(roles) if role in ("accent", "accent_soft")]
    assert targets, "a one-sided stretch highlights its target"
    # drawn over the near (working) leg, so it is the working side's glute that shows
    assert all(i > near_leg > trunk for i in targets)
    for i in targets:
        shape = shapes[i]
        if isinstance(shape, Dot):
            assert abs(shape.centre[0] - hip[0]) < TORSO_RADIUS and abs(shape.centre[1] - hip[1]) < TORSO_RADIUS


def test_far_limbs_use_the_quieter_shade() -> None:
    svg = render_svg(pose_keyframe("warm-up/left-knee-up"), palette=LIGHT)
    assert svg.count(f'stroke="{LIGHT.far_body}"') == 2  # far leg and far arm
    assert svg.index(LIGHT.far_body) < svg.index(f'stroke="{LIGHT.body}"')  # drawn first, behind
