"""A pose: joint angles, where the hip is, the contacts it keeps, and the arrows it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from app.figure.arrows import Arrow
from app.figure.constraints import Constraint, fit
from app.figure.geometry import Point
from app.figure.skeleton import Angles, Figure, forward_kinematics

Target = Literal["lower-back", "glutes", "piriformis"]
Surface = Literal["floor", "seat"]


@dataclass(frozen=True)
class Contact:
    """A body part that rests on a surface: `feature` names a part measured in app.figure.contacts."""

    feature: str
    surface: Surface = "floor"


@dataclass(frozen=True)
class Chair:
    """A plain chair seen from the side; x grows toward its front edge."""

    front: float
    depth: float
    seat: float  # height of the top of the seat
    back: float  # height of the backrest above the seat


@dataclass(frozen=True)
class Stretch:
    """What every frame of one stretch shares: its keyframes, the prop and the target area."""

    name: str
    keyframes: tuple[str, ...]
    targets: tuple[Target, ...] = ()
    chair: Chair | None = None
    stagger_legs: bool = False  # marching: the lowering leg lands before the other one lifts
    head_in_front: bool = False  # child's pose: the head shows over the arms reaching past it
    near_arm_behind_leg: bool = False  # figure four: the near hand threads under the crossed leg
    thumbnail: int = -1  # which keyframe the thumbnail shows (the held position, usually the last)


@dataclass(frozen=True)
class Pose:
    """One frame of a stretch, already solved: its figure satisfies its constraints.

    `arrows` pairs each motion arrow with its strength (1 on a keyframe; in-betweens fade arrows
    in and out). `name` is "pose/frame" for a keyframe and empty for an in-between.
    """

    stretch: Stretch
    angles: Angles
    root: Point
    constraints: tuple[Constraint, ...] = ()
    arrows: tuple[tuple[Arrow, float], ...] = ()
    name: str = ""
    contacts: tuple[Contact, ...] = field(default=(), compare=False)
    clear: tuple[str, ...] = field(default=(), compare=False)  # parts that must be off the floor

    @cached_property
    def figure(self) -> Figure:
        return forward_kinematics(self.angles, self.root)


def solved(
    name: str,
    stretch: Stretch,
    angles: Angles,
    constraints: tuple[Constraint, ...],
    *,
    root: Point = (0.0, 0.0),
    arrows: tuple[Arrow, ...] = (),
    contacts: tuple[Contact, ...] = (),
    clear: tuple[str, ...] = (),
) -> Pose:
    """A keyframe: the given angles with its constraints solved."""
    angles, root = fit(angles, root, constraints)
    weighted = tuple((arrow, 1.0) for arrow in arrows)
    return Pose(stretch, angles, root, constraints, weighted, name, contacts, clear)
