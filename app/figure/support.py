"""Constraints that place the whole body: standing, lying on the back, sitting, kneeling, all fours."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.figure.constraints import FLOOR
from app.figure.geometry import Point, circle_intersection, heading_of, lerp, reach, sub
from app.figure.outline import lowest, pelvis_samples, torso_samples
from app.figure.skeleton import FOREARM, LIMB_RADIUS, SIDES, THIGH, TORSO_RADIUS, UPPER_ARM, Angles, forward_kinematics

FLATTEN_HEIGHT = 12.0  # a standing foot this close to the floor is turned flat onto it
ELBOW_EASE = 12.0  # all fours: elbows soft, not locked (and the far hand, set ahead, stays in reach)


def _smoothstep(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3.0 - 2.0 * x)


@dataclass(frozen=True)
class StandOnFloor:
    """Standing: a foot near the floor turns flat onto it, and the lowest point rests on the floor."""

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        figure = forward_kinematics(angles, root)
        lowest_ankle = min(figure[f"{side}_ankle"][1] for side in SIDES)
        for side in SIDES:
            # Blending by height (not switching) keeps a foot that lifts off turning smoothly.
            weight = _smoothstep(1.0 - (figure[f"{side}_ankle"][1] - lowest_ankle) / FLATTEN_HEIGHT)
            flat = 180.0 - figure.headings[f"{side}_shin"]
            angles = angles.with_leg(side, ankle=lerp(angles.leg(side).ankle, flat, weight))
        return angles, (root[0], root[1] - lowest(forward_kinematics(angles, root)))


@dataclass(frozen=True)
class LieOnBack:
    """Lying on the back: the trunk rests on the floor (pelvis and shoulder blades)."""

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        bottom = min(point[1] for point in torso_samples(forward_kinematics(angles, root))) - TORSO_RADIUS
        return angles, (root[0], root[1] + FLOOR - bottom)


@dataclass(frozen=True)
class SitOnChair:
    """Sitting: the buttocks rest on a seat whose top is at height `seat`."""

    seat: float

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        bottom = min(point[1] for point in pelvis_samples(forward_kinematics(angles, root))) - TORSO_RADIUS
        return angles, (root[0], root[1] + self.seat - bottom)


@dataclass(frozen=True)
class KneelOnShins:
    """Kneeling: shins and the tops of the feet flat on the floor, the near knee at x = `knee_x`.

    The hip and knee flexion given by the pose decide how the trunk stands over the thighs, so
    the pelvis heading follows from them rather than being chosen.
    """

    knee_x: float = 0.0

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        near = angles.near_leg
        thigh = 270.0 - near.knee  # the shin points straight back along the floor (heading 270)
        angles = angles.with_spine(pelvis=thigh + near.hip - 180.0)
        for side in SIDES:
            side_thigh = angles.spine.pelvis + 180.0 - angles.leg(side).hip
            angles = angles.with_leg(side, knee=270.0 - side_thigh, ankle=90.0)
        knee = forward_kinematics(angles, (0.0, 0.0))["near_knee"]
        return angles, (self.knee_x - knee[0], FLOOR + LIMB_RADIUS - knee[1])


@dataclass(frozen=True)
class AllFours:
    """Hands and knees on the floor, thighs vertical; the spine shape is the pose's, its tilt is solved.

    The knees stay at x = 0 and the wrists at x = `hands_x` in every frame: the pelvis turns so the
    shoulders stay within an arm's reach of the wrists, and the arms reach down to them. The far
    hand is placed `far_hand_ahead` further forward, so it shows beside the near one.
    """

    hands_x: float
    far_hand_ahead: float = 0.0

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        hip = (0.0, FLOOR + LIMB_RADIUS + THIGH)
        shoulders = forward_kinematics(angles.with_spine(pelvis=0.0), (0.0, 0.0))["shoulders"]
        wrist = (self.hands_x, FLOOR + LIMB_RADIUS)
        options = circle_intersection(hip, math.hypot(*shoulders), wrist, arm_reach())
        target = max(options, key=lambda point: point[1])
        angles = angles.with_spine(pelvis=heading_of(sub(target, hip)) - heading_of(shoulders))
        thoracic = angles.spine.pelvis + angles.spine.lumbar + angles.spine.thoracic
        for side in SIDES:
            hand = wrist if side == "near" else (wrist[0] + self.far_hand_ahead, wrist[1])
            upper, forearm = reach(target, hand, UPPER_ARM, FOREARM, bend=-1)
            angles = angles.with_leg(side, hip=angles.spine.pelvis, knee=90.0, ankle=90.0)
            angles = angles.with_arm(
                side, shoulder=thoracic + 180.0 - upper, elbow=upper - forearm, wrist=forearm - 90.0
            )
        return angles, hip

    @classmethod
    def under_shoulders(cls, angles: Angles, far_hand_ahead: float = 0.0) -> AllFours:
        """The near hand placed straight below the shoulders of this spine shape."""
        shoulders = forward_kinematics(angles.with_spine(pelvis=0.0), (0.0, 0.0))["shoulders"]
        rise = arm_reach() - THIGH  # shoulders above hips: arms are longer than thighs
        return cls(hands_x=math.sqrt(math.hypot(*shoulders) ** 2 - rise * rise), far_hand_ahead=far_hand_ahead)


def arm_reach() -> float:
    """Shoulder to wrist with the elbows softly bent."""
    bent = math.radians(180.0 - ELBOW_EASE)
    return math.sqrt(UPPER_ARM**2 + FOREARM**2 - 2.0 * UPPER_ARM * FOREARM * math.cos(bent))
