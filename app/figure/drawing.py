"""A pose as flat shapes in drawing order, still in model space and free of any output format.

Order is depth: the chair, the far limbs in a quieter shade, the trunk and head, the near leg, the
target area, the near arm (near limbs are outlined by a thin gap so they read in front of the trunk),
then the arrows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.figure.arrows import arrow_curve, shaft_and_head
from app.figure.geometry import (
    Cubic,
    Point,
    add,
    along,
    catmull_rom,
    cubic_part,
    cubic_tangent,
    heading_of,
    lerp_point,
    scale,
    unit,
)
from app.figure.pose import Chair, Pose
from app.figure.skeleton import (
    HEAD_OFFSET,
    HEAD_RADIUS,
    LIMB_RADIUS,
    NECK_RADIUS,
    TORSO_RADIUS,
    Figure,
    Side,
)

Role = Literal["body", "far_body", "accent", "accent_soft", "prop", "arrow", "gap"]

PROP_WIDTH = 5.0
FLOOR_WIDTH = 3.0
ARROW_WIDTH = 4.0
BAND_WIDTH = 10.0  # the lower-back band, drawn along the back inside the trunk's outline
GLUTE_RADIUS = 7.5
PIRIFORMIS_WIDTH = 5.5
HALO = 2.2  # width of the gap drawn around near limbs and arrows, in the palette's gap colour


@dataclass(frozen=True)
class Stroke:
    """A line of even width through `start` and `pieces` (a point is a straight piece)."""

    start: Point
    pieces: tuple[Point | Cubic, ...]
    width: float
    role: Role
    halo: bool = False
    opacity: float = 1.0


@dataclass(frozen=True)
class Dot:
    centre: Point
    radius: float
    role: Role
    opacity: float = 1.0


@dataclass(frozen=True)
class Fill:
    """A filled polygon; `outline` widens it by a stroke of the same colour (round joins)."""

    points: tuple[Point, ...]
    role: Role
    outline: float = 0.0
    opacity: float = 1.0


Shape = Stroke | Dot | Fill


def piece_points(piece: Point | Cubic) -> tuple[Point, ...]:
    """The points of one piece of a stroke: its end, or a cubic's two controls and end."""
    if isinstance(piece[0], tuple):
        return piece
    return (piece,)


def layout(pose: Pose, *, arrows: bool = True) -> list[Shape]:
    """Everything drawn for a pose except the floor line, back to front."""
    shapes: list[Shape] = list(chair_shapes(pose.stretch.chair)) if pose.stretch.chair else []
    shapes.extend(_body(pose))
    if arrows:
        for arrow, strength in pose.arrows:
            shapes.extend(_arrow(arrow_curve(arrow, pose.figure), strength))
    return shapes


def _body(pose: Pose) -> list[Shape]:
    figure, stretch = pose.figure, pose.stretch
    near_arm = _arm(figure, "near", "body")
    shapes: list[Shape] = [_leg(figure, "far", "far_body"), _arm(figure, "far", "far_body"), *_trunk(figure)]
    if not stretch.head_in_front:
        shapes.append(_head(figure))
    if stretch.near_arm_behind_leg:
        shapes.append(near_arm)
    # The target lies on the outer (near) side of the body, so it shows over the near thigh's root.
    shapes.append(_leg(figure, "near", "body"))
    shapes.extend(_targets(figure, stretch.targets))
    if not stretch.near_arm_behind_leg:
        shapes.append(near_arm)
    if stretch.head_in_front:
        shapes.extend(_head_over_arms(figure))
    return shapes


def floor_shape(left: float, right: float) -> Stroke:
    """The floor line, its top edge at height 0."""
    y = -FLOOR_WIDTH / 2.0
    return Stroke((left, y), ((right, y),), FLOOR_WIDTH, "prop")


def chair_shapes(chair: Chair) -> list[Shape]:
    inset = PROP_WIDTH / 2.0
    seat_y = chair.seat - inset
    back_x = chair.front - chair.depth
    return [
        Stroke((chair.front - inset, seat_y), ((back_x + inset, seat_y),), PROP_WIDTH, "prop"),
        Stroke((chair.front - 2.0 * inset, seat_y), ((chair.front - 2.0 * inset, inset),), PROP_WIDTH, "prop"),
        Stroke((back_x + 2.0 * inset, seat_y), ((back_x + 2.0 * inset, inset),), PROP_WIDTH, "prop"),
        Stroke((back_x + inset, seat_y), ((back_x - 3.0, chair.seat + chair.back),), PROP_WIDTH, "prop"),
    ]


def _leg(figure: Figure, side: Side, role: Role) -> Stroke:
    joints = (figure[f"{side}_knee"], figure[f"{side}_ankle"], figure[f"{side}_toe"])
    return Stroke(figure["hip"], joints, 2.0 * LIMB_RADIUS, role, halo=role == "body")


def _arm(figure: Figure, side: Side, role: Role) -> Stroke:
    joints = (figure[f"{side}_elbow"], figure[f"{side}_wrist"], figure[f"{side}_hand"])
    return Stroke(figure["shoulders"], joints, 2.0 * LIMB_RADIUS, role, halo=role == "body")


def _trunk(figure: Figure) -> list[Shape]:
    return [
        Stroke(figure["hip"], tuple(catmull_rom(figure.torso)), 2.0 * TORSO_RADIUS, "body"),
        Stroke(figure["neck"], (figure["head_base"],), 2.0 * NECK_RADIUS, "body"),
    ]


def _head(figure: Figure) -> Dot:
    return Dot(figure["head"], HEAD_RADIUS, "body")


def _head_over_arms(figure: Figure) -> list[Shape]:
    """The head with a gap round it, for arms that reach past it. The top of the neck is drawn again
    over the gap so head and neck stay joined (only the top: lower, it would cut the near shoulder)."""
    neck_top = along(figure["head_base"], figure.headings["neck"], -(HEAD_RADIUS + HALO + 1.0 - HEAD_OFFSET))
    return [
        Dot(figure["head"], HEAD_RADIUS + HALO, "gap"),
        Stroke(neck_top, (figure["head_base"],), 2.0 * NECK_RADIUS, "body"),
        _head(figure),
    ]


def _targets(figure: Figure, targets: tuple[str, ...]) -> list[Shape]:
    shapes: list[Shape] = []
    if "lower-back" in targets:
        shapes.append(_lower_back_band(figure))
    if "glutes" in targets:
        shapes.append(_glute(figure, "accent_soft" if "piriformis" in targets else "accent"))
    if "piriformis" in targets:
        shapes.append(_piriformis(figure))
    return shapes


def _lower_back_band(figure: Figure) -> Stroke:
    """The lumbar stretch of the trunk curve, moved back to lie along the back."""
    lumbar_start = figure["sacrum"]
    start, piece = cubic_part(lumbar_start, catmull_rom(figure.torso)[1], 0.12, 0.88)
    inset = TORSO_RADIUS - BAND_WIDTH / 2.0 - 1.0
    # Shift each end (and its control point) along the back-facing normal at that end.
    back_start = unit(heading_of(cubic_tangent(start, piece, 0.0)) - 90.0)
    back_end = unit(heading_of(cubic_tangent(start, piece, 1.0)) - 90.0)
    moved: Cubic = (
        add(piece[0], scale(back_start, inset)),
        add(piece[1], scale(back_end, inset)),
        add(piece[2], scale(back_end, inset)),
    )
    return Stroke(add(start, scale(back_start, inset)), (moved,), BAND_WIDTH, "accent")


def _glute(figure: Figure, role: Role) -> Dot:
    """The buttock: behind and a little below the hip joint."""
    pelvis = figure.headings["pelvis"]
    centre = along(along(figure["hip"], pelvis - 90.0, 4.5), pelvis + 180.0, 1.5)
    return Dot(centre, GLUTE_RADIUS, role)


def _piriformis(figure: Figure) -> Stroke:
    """The deep glute: a band from the sacrum out to the top of the thigh bone."""
    pelvis = figure.headings["pelvis"]
    sacrum = along(lerp_point(figure["hip"], figure["sacrum"], 0.8), pelvis - 90.0, 6.5)
    outer_hip = along(figure["hip"], pelvis + 90.0, 1.0)
    return Stroke(sacrum, (outer_hip,), PIRIFORMIS_WIDTH, "accent")


def _arrow(curve: tuple[Point, list[Cubic]], strength: float) -> list[Shape]:
    start, shaft, head = shaft_and_head(*curve)
    opacity = min(1.0, strength)
    # Both gap outlines go first, so the head's outline does not cut the shaft.
    return [
        Stroke(start, tuple(shaft), ARROW_WIDTH + 2.0 * HALO, "gap", opacity=opacity),
        Fill(head, "gap", outline=2.0 * HALO, opacity=opacity),
        Stroke(start, tuple(shaft), ARROW_WIDTH, "arrow", opacity=opacity),
        Fill(head, "arrow", opacity=opacity),
    ]
