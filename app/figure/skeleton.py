"""The articulated figure: fixed body dimensions, joint angles, and forward kinematics.

One adult body (about 172 units tall, units roughly centimetres) seen from the side. The joint
angles are the ones a physiotherapist measures (see POSES.md): hip flexion between trunk and thigh,
knee flexion between thigh and shin, spine flexion per segment from neutral. Forward kinematics
walks from the hip (the root) up the spine and out along each limb, so every segment keeps its
length whatever the angles are.

"Near" limbs face the viewer and are the working limbs of one-sided stretches; "far" limbs sit
behind the body. Two limb segments may also turn out of the picture plane (a knee pointing at the
viewer in a figure four): they then look shorter, but their true length in depth is unchanged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from app.figure.geometry import Point, along, wrap

Side = Literal["near", "far"]
SIDES: tuple[Side, Side] = ("near", "far")

# Segment lengths, joint centre to joint centre (adult proportions of a 172 cm body).
PELVIS = 9.0  # hip joint to the top of the sacrum
LUMBAR = 17.0  # top of the sacrum to the lowest rib (the band highlighted for "lower back")
THORACIC = 24.0  # lowest rib to the base of the neck
NECK = 12.0
HEAD_OFFSET = 10.0  # top of the neck to the centre of the head
SHOULDER_DROP = 4.0  # the shoulder joints sit this far below the base of the neck
THIGH = 42.0
SHIN = 41.0
FOOT = 17.0  # ankle to the ball of the foot; the rounded ends add the heel and the toes
UPPER_ARM = 30.0
FOREARM = 25.0
HAND = 9.0
HIP_HALF_WIDTH = 9.0  # depth offsets: they only matter for true (3D) lengths
SHOULDER_HALF_WIDTH = 17.0

# Thickness of the drawn body parts (radii); contacts are measured on these outlines.
TORSO_RADIUS = 11.5
LIMB_RADIUS = 5.5
NECK_RADIUS = 4.5
HEAD_RADIUS = 11.5


@dataclass(frozen=True)
class Spine:
    pelvis: float = 0.0  # heading of the pelvis (hip joint -> sacrum); 0 is upright, 90 lies forward
    lumbar: float = 0.0  # flexion (rounding) of the lower back, negative arches it
    thoracic: float = 0.0  # flexion of the upper back
    neck: float = 0.0  # flexion of the neck, negative looks up
    head: float = 0.0  # nod of the head on the neck


@dataclass(frozen=True)
class Leg:
    hip: float = 0.0  # flexion; 0 standing, 90 sitting
    knee: float = 0.0  # flexion; 0 straight
    ankle: float = 0.0  # foot angle from square to the shin; positive points the toes (plantar flexion)
    thigh_out: float = 0.0  # turn of the thigh out of the picture plane, toward the viewer
    shin_out: float = 0.0  # turn of the shin out of the picture plane


@dataclass(frozen=True)
class Arm:
    shoulder: float = 0.0  # flexion; 0 hanging, 90 reaching forward, 180 overhead
    elbow: float = 0.0  # flexion; 0 straight
    wrist: float = 0.0  # bend of the hand toward the front of the forearm
    upper_out: float = 0.0  # turn of the upper arm out of the picture plane, away from the body's midline
    forearm_out: float = 0.0  # the forearm's turn; opposite to the upper arm's when the elbow flares in a hug


@dataclass(frozen=True)
class Angles:
    spine: Spine = Spine()
    near_leg: Leg = Leg()
    far_leg: Leg = Leg()
    near_arm: Arm = Arm()
    far_arm: Arm = Arm()

    def leg(self, side: Side) -> Leg:
        return self.near_leg if side == "near" else self.far_leg

    def arm(self, side: Side) -> Arm:
        return self.near_arm if side == "near" else self.far_arm

    # Solved angles come back in (-180, 180], so blending two keyframes never takes the long way round.
    def with_leg(self, side: Side, **changes: float) -> Angles:
        leg = replace(self.leg(side), **_wrapped(changes))
        return replace(self, near_leg=leg) if side == "near" else replace(self, far_leg=leg)

    def with_arm(self, side: Side, **changes: float) -> Angles:
        arm = replace(self.arm(side), **_wrapped(changes))
        return replace(self, near_arm=arm) if side == "near" else replace(self, far_arm=arm)

    def with_spine(self, **changes: float) -> Angles:
        return replace(self, spine=replace(self.spine, **_wrapped(changes)))


def _wrapped(changes: dict[str, float]) -> dict[str, float]:
    return {name: wrap(value) for name, value in changes.items()}


@dataclass(frozen=True)
class Figure:
    """Where every joint is. Points are in the picture plane; depth is toward the viewer."""

    points: dict[str, Point]
    depth: dict[str, float]
    headings: dict[str, float]

    def __getitem__(self, joint: str) -> Point:
        return self.points[joint]

    @property
    def torso(self) -> tuple[Point, Point, Point, Point]:
        """The line the trunk is drawn along: hip, sacrum, lowest rib, shoulders."""
        return self["hip"], self["sacrum"], self["ribs"], self["shoulders"]


@dataclass(frozen=True)
class Link:
    """Two joints a fixed true distance apart; `radius` is how thick it is drawn."""

    name: str
    start: str
    end: str
    length: float
    radius: float


def _limb_links(side: Side) -> list[Link]:
    s = side
    return [
        Link(f"{s}_hip_offset", "hip", f"{s}_hip", HIP_HALF_WIDTH, TORSO_RADIUS),
        Link(f"{s}_thigh", f"{s}_hip", f"{s}_knee", THIGH, LIMB_RADIUS),
        Link(f"{s}_shin", f"{s}_knee", f"{s}_ankle", SHIN, LIMB_RADIUS),
        Link(f"{s}_foot", f"{s}_ankle", f"{s}_toe", FOOT, LIMB_RADIUS),
        Link(f"{s}_shoulder_offset", "neck", f"{s}_shoulder", math.hypot(SHOULDER_DROP, SHOULDER_HALF_WIDTH), 0.0),
        Link(f"{s}_upper_arm", f"{s}_shoulder", f"{s}_elbow", UPPER_ARM, LIMB_RADIUS),
        Link(f"{s}_forearm", f"{s}_elbow", f"{s}_wrist", FOREARM, LIMB_RADIUS),
        Link(f"{s}_hand", f"{s}_wrist", f"{s}_hand", HAND, LIMB_RADIUS),
    ]


LINKS: tuple[Link, ...] = (
    Link("pelvis", "hip", "sacrum", PELVIS, TORSO_RADIUS),
    Link("lumbar", "sacrum", "ribs", LUMBAR, TORSO_RADIUS),
    Link("thoracic", "ribs", "neck", THORACIC, TORSO_RADIUS),
    Link("neck", "neck", "head_base", NECK, NECK_RADIUS),
    Link("head", "head_base", "head", HEAD_OFFSET, HEAD_RADIUS),
    *_limb_links("near"),
    *_limb_links("far"),
)


def forward_kinematics(angles: Angles, root: Point) -> Figure:
    """Place every joint, starting from the hip joint at `root`."""
    points: dict[str, Point] = {"hip": root}
    depth: dict[str, float] = {"hip": 0.0}
    headings: dict[str, float] = {}
    _place_spine(angles.spine, points, depth, headings)
    for side in SIDES:
        _place_leg(side, angles.leg(side), points, depth, headings)
        _place_arm(side, angles.arm(side), points, depth, headings)
    return Figure(points, depth, headings)


def _place_spine(spine: Spine, points: dict[str, Point], depth: dict[str, float], headings: dict[str, float]) -> None:
    heading = spine.pelvis
    for joint, parent, length, name, bend in (
        ("sacrum", "hip", PELVIS, "pelvis", 0.0),
        ("ribs", "sacrum", LUMBAR, "lumbar", spine.lumbar),
        ("neck", "ribs", THORACIC, "thoracic", spine.thoracic),
        ("head_base", "neck", NECK, "neck", spine.neck),
        ("head", "head_base", HEAD_OFFSET, "head", spine.head),
    ):
        heading += bend
        headings[name] = heading
        points[joint] = along(points[parent], heading, length)
        depth[joint] = 0.0
    # The trunk is drawn up to the shoulder joints, leaving a neck-sized gap below the head.
    points["shoulders"] = along(points["neck"], headings["thoracic"], -SHOULDER_DROP)
    depth["shoulders"] = 0.0


def _place_leg(
    side: Side, leg: Leg, points: dict[str, Point], depth: dict[str, float], headings: dict[str, float]
) -> None:
    hip_depth = HIP_HALF_WIDTH if side == "near" else -HIP_HALF_WIDTH
    points[f"{side}_hip"], depth[f"{side}_hip"] = points["hip"], hip_depth
    thigh = headings["pelvis"] + 180.0 - leg.hip
    shin = thigh + leg.knee
    foot = shin - 90.0 + leg.ankle
    headings.update({f"{side}_thigh": thigh, f"{side}_shin": shin, f"{side}_foot": foot})
    knee_depth = hip_depth + THIGH * math.sin(math.radians(leg.thigh_out))
    ankle_depth = knee_depth + SHIN * math.sin(math.radians(leg.shin_out))
    points[f"{side}_knee"] = along(points["hip"], thigh, THIGH * math.cos(math.radians(leg.thigh_out)))
    points[f"{side}_ankle"] = along(points[f"{side}_knee"], shin, SHIN * math.cos(math.radians(leg.shin_out)))
    points[f"{side}_toe"] = along(points[f"{side}_ankle"], foot, FOOT)
    depth.update({f"{side}_knee": knee_depth, f"{side}_ankle": ankle_depth, f"{side}_toe": ankle_depth})


def _place_arm(
    side: Side, arm: Arm, points: dict[str, Point], depth: dict[str, float], headings: dict[str, float]
) -> None:
    outward = 1.0 if side == "near" else -1.0  # elbows flare away from the body's midline
    shoulder_depth = outward * SHOULDER_HALF_WIDTH
    upper = headings["thoracic"] + 180.0 - arm.shoulder
    forearm = upper - arm.elbow
    hand = forearm - arm.wrist
    headings.update({f"{side}_upper_arm": upper, f"{side}_forearm": forearm, f"{side}_hand": hand})
    upper_out, forearm_out = math.radians(arm.upper_out), math.radians(arm.forearm_out)
    points[f"{side}_shoulder"] = points["shoulders"]
    points[f"{side}_elbow"] = along(points["shoulders"], upper, UPPER_ARM * math.cos(upper_out))
    points[f"{side}_wrist"] = along(points[f"{side}_elbow"], forearm, FOREARM * math.cos(forearm_out))
    points[f"{side}_hand"] = along(points[f"{side}_wrist"], hand, HAND)
    depth[f"{side}_shoulder"] = shoulder_depth
    depth[f"{side}_elbow"] = shoulder_depth + outward * UPPER_ARM * math.sin(upper_out)
    depth[f"{side}_wrist"] = depth[f"{side}_elbow"] + outward * FOREARM * math.sin(forearm_out)
    depth[f"{side}_hand"] = depth[f"{side}_wrist"]
