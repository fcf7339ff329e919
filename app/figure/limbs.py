"""Constraints that put a limb or the head against something: the floor, a leg, the other thigh."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from app.figure.constraints import FLOOR, projected
from app.figure.geometry import Point, along, distance, heading_of, reach, solve_heading, sub, unit
from app.figure.skeleton import (
    FOREARM,
    HEAD_OFFSET,
    HEAD_RADIUS,
    LIMB_RADIUS,
    NECK,
    SHIN,
    THIGH,
    THORACIC,
    UPPER_ARM,
    Angles,
    Side,
    forward_kinematics,
)

MAX_HUG = 50.0  # how far elbows turn out to the side when the hands hold a leg


@dataclass(frozen=True)
class PlantFoot:
    """A foot flat on the floor: the hip turns the leg (knee angle kept) until the ankle gets there."""

    side: Side

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        leg = angles.leg(self.side)
        figure = forward_kinematics(angles, root)
        thigh = solve_heading(
            [(projected(THIGH, leg.thigh_out), 0.0), (projected(SHIN, leg.shin_out), leg.knee)],
            FLOOR + LIMB_RADIUS - root[1],
            near=figure.headings[f"{self.side}_thigh"],
        )
        shin = thigh + leg.knee
        hip = angles.spine.pelvis + 180.0 - thigh
        return angles.with_leg(self.side, hip=hip, ankle=180.0 - shin), root


@dataclass(frozen=True)
class HeadOnFloor:
    """The back of the head rests on the floor (lying on the back): the neck bends to put it there."""

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        figure = forward_kinematics(angles, root)
        neck = solve_heading(
            [(NECK, 0.0), (HEAD_OFFSET, angles.spine.head)],
            FLOOR + HEAD_RADIUS - figure["neck"][1],
            near=figure.headings["neck"],
        )
        return angles.with_spine(neck=neck - figure.headings["thoracic"]), root


@dataclass(frozen=True)
class ForeheadOnFloor:
    """The forehead rests on the floor (child's pose): the upper back rounds just enough."""

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        figure = forward_kinematics(angles, root)
        spine = angles.spine
        thoracic = solve_heading(
            [(THORACIC, 0.0), (NECK, spine.neck), (HEAD_OFFSET, spine.neck + spine.head)],
            FLOOR + HEAD_RADIUS - figure["ribs"][1],
            near=figure.headings["thoracic"],
        )
        return angles.with_spine(thoracic=thoracic - figure.headings["lumbar"]), root


@dataclass(frozen=True)
class ArmsAlongFloor:
    """Arms reaching forward on the floor: elbows, forearms and hands down (child's pose)."""

    side: Side

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        figure = forward_kinematics(angles, root)
        upper = solve_heading([(UPPER_ARM, 0.0)], FLOOR + LIMB_RADIUS - figure["shoulders"][1], near=135.0)
        shoulder = figure.headings["thoracic"] + 180.0 - upper
        return angles.with_arm(self.side, shoulder=shoulder, elbow=upper - 90.0, wrist=0.0), root


@dataclass(frozen=True)
class HandsOnFloor:
    """Both hands flat on the floor `ahead` of the shoulders, the arms reaching down to them; the far
    hand `far_ahead` further on, so it shows beside the near one.

    Child's pose keeps its hands down from all fours (just ahead of the shoulders) to the fold
    (far forward, forearms on the floor): with `ahead` blended, the hands slide along the floor.
    """

    ahead: float
    far_ahead: float = 0.0

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        figure = forward_kinematics(angles, root)
        shoulders, thoracic = figure["shoulders"], figure.headings["thoracic"]
        placed: tuple[tuple[Side, float], ...] = (("near", 0.0), ("far", self.far_ahead))
        for side, extra in placed:
            hand = (shoulders[0] + self.ahead + extra, FLOOR + LIMB_RADIUS)
            upper, forearm = reach(shoulders, hand, UPPER_ARM, FOREARM, bend=-1)
            if along(shoulders, upper, UPPER_ARM)[1] < FLOOR + LIMB_RADIUS:
                # shoulders too low for that reach: the elbow rests on the floor, the forearm flat
                upper = solve_heading([(UPPER_ARM, 0.0)], FLOOR + LIMB_RADIUS - shoulders[1], near=135.0)
                forearm = 90.0
            shoulder = thoracic + 180.0 - upper
            angles = angles.with_arm(side, shoulder=shoulder, elbow=upper - forearm, wrist=forearm - 90.0)
        return angles, root


@dataclass(frozen=True)
class ArmOnFloor:
    """An arm resting on the floor (lying on the back), `spread` degrees out from the body, hand flat."""

    side: Side
    spread: float = 0.0

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        angles = angles.with_arm(self.side, upper_out=self.spread, forearm_out=self.spread)
        figure = forward_kinematics(angles, root)
        arm = angles.arm(self.side)
        upper = solve_heading(
            [(projected(UPPER_ARM, self.spread), 0.0), (projected(FOREARM, self.spread), -arm.elbow)],
            FLOOR + LIMB_RADIUS - figure["shoulders"][1],
            near=figure.headings[f"{self.side}_upper_arm"],
        )
        forearm = upper - arm.elbow
        hand = 90.0 if unit(forearm)[0] >= 0.0 else -90.0
        shoulder = figure.headings["thoracic"] + 180.0 - upper
        return angles.with_arm(self.side, shoulder=shoulder, wrist=forearm - hand), root


Part = Literal["thigh", "shin"]


@dataclass(frozen=True)
class Grip:
    """A hand holds a leg: the wrist goes to a point `at` of the way along the part, `lift` off its front.

    With `hug`, the elbow turns out to the side as far as needed (up to MAX_HUG) before it bends in
    the picture, as arms do when they wrap around a knee; otherwise the elbow bends backward.
    """

    side: Side
    leg: Side
    part: Part
    at: float
    lift: float = 0.0
    hug: bool = True

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        figure = forward_kinematics(angles, root)
        start = figure[f"{self.leg}_hip" if self.part == "thigh" else f"{self.leg}_knee"]
        end = figure[f"{self.leg}_knee" if self.part == "thigh" else f"{self.leg}_ankle"]
        heading = figure.headings[f"{self.leg}_{self.part}"]
        target = along(start, heading, self.at * distance(start, end))
        target = along(target, heading - 90.0, self.lift)  # heading - 90 is the front of a leg segment
        span = distance(figure["shoulders"], target) / (UPPER_ARM + FOREARM)
        out = min(MAX_HUG, math.degrees(math.acos(min(1.0, span)))) if self.hug else 0.0
        upper, forearm = reach(figure["shoulders"], target, projected(UPPER_ARM, out), projected(FOREARM, out), bend=-1)
        shoulder = figure.headings["thoracic"] + 180.0 - upper
        return (
            angles.with_arm(self.side, shoulder=shoulder, elbow=upper - forearm, upper_out=out, forearm_out=-out),
            root,
        )


@dataclass(frozen=True)
class CrossAnkle:
    """Figure four: the near ankle rests across the far thigh, `at` of the way to its knee.

    The near shin lies level across that thigh. The near thigh turns out toward the viewer by the
    pose's `thigh_out`, which sets how far forward the knee shows; the shin then turns out of the
    picture as much as it must to keep its length. `lift` moves the ankle off the far thigh's axis,
    toward its front when positive.
    """

    at: float
    lift: float

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]:
        figure = forward_kinematics(angles, root)
        support = figure.headings["far_thigh"]
        ankle = along(along(root, support, self.at * distance(root, figure["far_knee"])), support - 90.0, self.lift)
        rise = ankle[1] - root[1]
        # The knee sits level with the ankle; a thigh too foreshortened to get that high turns in.
        thigh_2d = max(projected(THIGH, angles.near_leg.thigh_out), abs(rise))
        forward = math.sqrt(max(0.0, thigh_2d * thigh_2d - rise * rise))
        # Of the two places level with the ankle, the one the shin can span from (it points forward).
        spans = [ankle[0] - (root[0] + sign * forward) for sign in (1.0, -1.0)]
        usable = [span for span in spans if 0.0 < span <= SHIN]
        shin_2d = max(usable) if usable else min(SHIN, max(0.0, min(spans, key=lambda span: abs(span - SHIN))))
        knee = (ankle[0] - shin_2d, ankle[1])
        thigh = heading_of(sub(knee, root))
        return (
            angles.with_leg(
                "near",
                hip=angles.spine.pelvis + 180.0 - thigh,
                knee=90.0 - thigh,  # the shin points forward, heading 90
                thigh_out=math.degrees(math.acos(min(1.0, distance(root, knee) / THIGH))),
                shin_out=-math.degrees(math.acos(shin_2d / SHIN)),
            ),
            root,
        )
