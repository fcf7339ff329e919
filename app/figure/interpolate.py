"""In-between frames: joint angles blended with an ease, then the contacts solved again.

Blending angles (never positions) keeps every segment its length; solving the shared constraints
again on each frame keeps what must not move (hands and knees in cat-cow, the head on the floor)
exactly in place.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import fields, replace
from typing import TypeVar

from app.figure.arrows import Arrow
from app.figure.constraints import Constraint, fit
from app.figure.geometry import lerp, lerp_point
from app.figure.pose import Pose
from app.figure.skeleton import Angles, Arm, Leg, Spine

Ease = Callable[[float], float]
Part = TypeVar("Part", Spine, Leg, Arm)

LEAD = 0.6  # staggered legs: each leg moves during this share of the time (lowering first)


def ease_in_out(t: float) -> float:
    """Cosine ease: starts and ends at rest and is symmetric, so a back-and-forth loop flows."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def share_eased_to(eased: float) -> float:
    """The `t` that `ease_in_out` turns into `eased`: lets a caller that times the move itself say
    exactly how far along the figure is (a breath that leads)."""
    eased = min(1.0, max(0.0, eased))
    return math.acos(1.0 - 2.0 * eased) / math.pi


def interpolate(start: Pose, end: Pose, t: float, *, ease: Ease = ease_in_out) -> Pose:
    """The frame a share `t` (0..1) of the way from `start` to `end`, two keyframes of one stretch."""
    if start.stretch != end.stretch:
        raise ValueError(f"cannot blend {start.stretch.name!r} with {end.stretch.name!r}")
    if t <= 0.0:
        return start
    if t >= 1.0:
        return end
    eased = ease(t)
    angles = Angles(
        spine=_blend(start.angles.spine, end.angles.spine, eased),
        near_leg=_blend_leg(start.angles.near_leg, end.angles.near_leg, t, ease, start.stretch.stagger_legs),
        far_leg=_blend_leg(start.angles.far_leg, end.angles.far_leg, t, ease, start.stretch.stagger_legs),
        near_arm=_blend(start.angles.near_arm, end.angles.near_arm, eased),
        far_arm=_blend(start.angles.far_arm, end.angles.far_arm, eased),
    )
    constraints = _shared_constraints(start.constraints, end.constraints, eased)
    angles, root = fit(angles, lerp_point(start.root, end.root, eased), constraints)
    arrows = _heading_arrows(start.arrows, end.arrows, eased)
    return Pose(start.stretch, angles, root, constraints, arrows)


def _blend(start: Part, end: Part, t: float) -> Part:
    return replace(start, **{f.name: lerp(getattr(start, f.name), getattr(end, f.name), t) for f in fields(start)})


def _blend_leg(start: Leg, end: Leg, t: float, ease: Ease, stagger: bool) -> Leg:
    if not stagger:
        return _blend(start, end, ease(t))
    # Marching: a leg coming down moves in the first part of the time and a leg going up in the
    # last, so the figure passes through standing instead of crouching on two bent legs.
    begin = 0.0 if end.hip < start.hip else 1.0 - LEAD
    return _blend(start, end, ease(min(1.0, max(0.0, (t - begin) / LEAD))))


def _shared_constraints(start: tuple[Constraint, ...], end: tuple[Constraint, ...], t: float) -> tuple[Constraint, ...]:
    """The constraints both keyframes keep, their numbers blended (an ankle sliding along a thigh)."""
    shared: list[Constraint] = []
    for first in start:
        second = next((other for other in end if _same_kind(first, other)), None)
        if second is not None:
            shared.append(_blend_constraint(first, second, t))
    return tuple(shared)


def _same_kind(first: Constraint, second: Constraint) -> bool:
    if type(first) is not type(second):
        return False
    return all(
        isinstance(getattr(first, f.name), float) or getattr(first, f.name) == getattr(second, f.name)
        for f in fields(first)
    )


def _blend_constraint(first: Constraint, second: Constraint, t: float) -> Constraint:
    numbers = {
        f.name: lerp(getattr(first, f.name), getattr(second, f.name), t)
        for f in fields(first)
        if isinstance(getattr(first, f.name), float)
    }
    return replace(first, **numbers)


def _heading_arrows(
    start: tuple[tuple[Arrow, float], ...], end: tuple[tuple[Arrow, float], ...], t: float
) -> tuple[tuple[Arrow, float], ...]:
    """A keyframe's arrow shows the way into it, so a move shows the arrows of where it is going,
    from its first frame: the start's own arrow would point back the way the body came (cat-cow's
    belly arrow while the back rises). An arrow both keyframes show stays, its strength blended."""
    before = dict(start)
    return tuple(
        (arrow, lerp(before[arrow], strength, t) if arrow in before else strength) for arrow, strength in end
    )
