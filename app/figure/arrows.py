"""Motion arrows, anchored to joints so they follow the figure through an animation."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from app.figure.geometry import (
    Cubic,
    Point,
    add,
    arc,
    cubic_part,
    cubic_point,
    distance,
    heading_of,
    lerp_point,
    scale,
    sub,
    unit,
)
from app.figure.skeleton import Figure

HEAD_LENGTH = 11.0
HEAD_HALF_WIDTH = 7.0


@dataclass(frozen=True)
class Swing:
    """A curved arrow around `pivot`, for a limb or the trunk turning about a joint.

    The arc runs outside the moving joint `tip` (by `gap`) from `start` to `end`, both in degrees
    from the pivot-to-tip direction, so it shows where the part is heading from where it is now.
    """

    pivot: str
    tip: str
    start: float
    end: float
    gap: float


@dataclass(frozen=True)
class Nudge:
    """A short, gently bent arrow beside the body, pushing a part one way (the back rising)."""

    start: str  # the arrow sits beside the point `at` of the way from joint `start` to joint `end`
    end: str
    at: float
    offset: Point  # from that point to the arrow's tail
    heading: float
    length: float
    bend: float  # sideways bulge of the middle, clockwise positive


Arrow = Swing | Nudge


def arrow_curve(arrow: Arrow, figure: Figure) -> tuple[Point, list[Cubic]]:
    """The arrow's centre line in model space, ending at the tip of its head."""
    if isinstance(arrow, Swing):
        pivot = figure[arrow.pivot]
        towards = heading_of(sub(figure[arrow.tip], pivot))
        radius = distance(pivot, figure[arrow.tip]) + arrow.gap
        return arc(pivot, radius, towards + arrow.start, towards + arrow.end)
    base = lerp_point(figure[arrow.start], figure[arrow.end], arrow.at)
    tail = add(base, arrow.offset)
    head = add(tail, scale(unit(arrow.heading), arrow.length))
    middle = add(lerp_point(tail, head, 0.5), scale(unit(arrow.heading + 90.0), arrow.bend))
    # A quadratic bend written as the equivalent cubic (SVG Tiny paths keep to M, L, C).
    first = lerp_point(tail, middle, 2.0 / 3.0)
    second = lerp_point(head, middle, 2.0 / 3.0)
    return tail, [(first, second, head)]


def shaft_and_head(start: Point, pieces: list[Cubic]) -> tuple[Point, list[Cubic], tuple[Point, Point, Point]]:
    """Split an arrow into its shaft (stopping short of the tip, so the round cap hides under the
    head) and the three corners of its head."""
    last_start = pieces[-2][2] if len(pieces) > 1 else start
    last = pieces[-1]
    tip = last[2]
    # Step back along the last piece to where the head's base is (chord-length estimate is enough).
    length = max(_rough_length(last_start, last), 1e-6)
    cut = max(0.0, 1.0 - HEAD_LENGTH * 0.7 / length)
    _, shaft_end = cubic_part(last_start, last, 0.0, cut)
    base_centre = cubic_point(last_start, last, max(0.0, 1.0 - HEAD_LENGTH / length))
    direction = heading_of(sub(tip, base_centre))
    left = add(tip, add(scale(unit(direction), -HEAD_LENGTH), scale(unit(direction + 90.0), HEAD_HALF_WIDTH)))
    right = add(tip, add(scale(unit(direction), -HEAD_LENGTH), scale(unit(direction - 90.0), HEAD_HALF_WIDTH)))
    return start, [*pieces[:-1], shaft_end], (tip, left, right)


def _rough_length(start: Point, piece: Cubic) -> float:
    samples = [cubic_point(start, piece, step / 8.0) for step in range(9)]
    return math.fsum(distance(a, b) for a, b in itertools.pairwise(samples))
