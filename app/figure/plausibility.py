"""Joint angles as a physiotherapist would measure them on the figure, and their normal ranges.

Measured in three dimensions, so a thigh turned out toward the viewer (figure four) is judged by
its true bend, not by how it looks in the picture. The sign comes from the pose's own angle: a
negative knee or elbow is bent backwards, which the ranges allow only by a few degrees.
"""

from __future__ import annotations

import math

from app.figure.pose import Pose
from app.figure.skeleton import SIDES, Figure

# (low, high) in degrees; generous at the edges of a healthy adult's active range.
NORMAL_RANGES: dict[str, tuple[float, float]] = {
    "lumbar": (-30.0, 40.0),
    "thoracic": (-25.0, 45.0),
    "neck": (-50.0, 50.0),
    "head": (-30.0, 30.0),
    "hip": (-20.0, 140.0),
    "knee": (-3.0, 160.0),
    "ankle": (-30.0, 95.0),  # the foot line runs ankle to toes, so flat-footed kneeling reads as ~90
    "shoulder": (-60.0, 185.0),
    "elbow": (-3.0, 150.0),
    "wrist": (-90.0, 90.0),
}

Vector = tuple[float, float, float]


def measured_angles(pose: Pose) -> dict[str, float]:
    """Every joint angle of the pose, named 'hip' for the spine and 'near_hip' for limbs."""
    figure, angles = pose.figure, pose.angles
    spine = angles.spine
    measured = {"lumbar": spine.lumbar, "thoracic": spine.thoracic, "neck": spine.neck, "head": spine.head}
    trunk_down = _vector(figure, "sacrum", "hip")
    chest_down = _vector(figure, "neck", "ribs")
    for side in SIDES:
        leg, arm = angles.leg(side), angles.arm(side)
        thigh, shin = _vector(figure, f"{side}_hip", f"{side}_knee"), _vector(figure, f"{side}_knee", f"{side}_ankle")
        upper = _vector(figure, f"{side}_shoulder", f"{side}_elbow")
        forearm = _vector(figure, f"{side}_elbow", f"{side}_wrist")
        measured[f"{side}_hip"] = math.copysign(_between(trunk_down, thigh), leg.hip)
        measured[f"{side}_knee"] = math.copysign(_between(thigh, shin), leg.knee)
        measured[f"{side}_ankle"] = leg.ankle
        measured[f"{side}_shoulder"] = math.copysign(_between(chest_down, upper), arm.shoulder)
        measured[f"{side}_elbow"] = math.copysign(_between(upper, forearm), arm.elbow)
        measured[f"{side}_wrist"] = arm.wrist
    return measured


def out_of_range(pose: Pose) -> list[str]:
    """'near_knee = 170.0 (normal -3..160)' for every joint outside its normal range."""
    problems = []
    for joint, value in measured_angles(pose).items():
        low, high = NORMAL_RANGES[joint.removeprefix("near_").removeprefix("far_")]
        if not low <= value <= high:
            problems.append(f"{joint} = {value:.1f} (normal {low:g}..{high:g})")
    return problems


def _vector(figure: Figure, start: str, end: str) -> Vector:
    (x0, y0), (x1, y1) = figure[start], figure[end]
    return (x1 - x0, y1 - y0, figure.depth[end] - figure.depth[start])


def _between(a: Vector, b: Vector) -> float:
    """The angle between two directions, in degrees (0 when they point the same way)."""
    dot = sum(p * q for p, q in zip(a, b, strict=True))
    lengths = math.sqrt(sum(p * p for p in a)) * math.sqrt(sum(q * q for q in b))
    return math.degrees(math.acos(max(-1.0, min(1.0, dot / lengths))))
