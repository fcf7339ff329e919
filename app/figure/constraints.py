"""Contacts a pose must keep, solved in closed form on the joint angles.

A keyframe gives the angles that define the pose (hip 125, knee 120, ...) and a list of
constraints; each one adjusts a free angle or the root so a contact holds: the lowest point on the
floor, a foot flat, the head resting, hands fixed on the floor. The same list is solved again on
every in-between frame, which is what keeps the hands and knees still while the spine moves.
Every solver is analytic (no iteration), so frames are cheap and exactly repeatable.

Placing the whole body (standing, lying, kneeling, sitting) is in app.figure.support; placing a
limb or the head against something is in app.figure.limbs.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar, Protocol

from app.figure.geometry import Point
from app.figure.skeleton import Angles

FLOOR = 0.0


class Constraint(Protocol):
    """A frozen dataclass with an `apply`; its float fields may be blended between keyframes."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def apply(self, angles: Angles, root: Point) -> tuple[Angles, Point]: ...


def projected(length: float, out_of_plane: float) -> float:
    """How long a segment turned `out_of_plane` degrees toward the viewer looks in the picture."""
    return length * math.cos(math.radians(out_of_plane))


def fit(angles: Angles, root: Point, constraints: tuple[Constraint, ...]) -> tuple[Angles, Point]:
    """Apply each constraint in order; later ones build on where the earlier ones put the body."""
    for constraint in constraints:
        angles, root = constraint.apply(angles, root)
    return angles, root
