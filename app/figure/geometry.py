"""Plane geometry for the figure model.

Model space is a side view in figure units (about a centimetre): x points the way the figure faces,
y points up and the floor is y = 0. A direction is a *heading* in degrees measured clockwise from
straight up, so 0 is up, 90 is forward, 180 is down and -90 is backward. Headings keep the joint
formulas short: a joint angle is simply added to or subtracted from its parent's heading.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]
Cubic = tuple[Point, Point, Point]
"""The two control points and the end point of a cubic Bezier piece; it starts where the last ended."""


def unit(heading: float) -> Point:
    radians = math.radians(heading)
    return (math.sin(radians), math.cos(radians))


def heading_of(vector: Point) -> float:
    return math.degrees(math.atan2(vector[0], vector[1]))


def add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def scale(a: Point, factor: float) -> Point:
    return (a[0] * factor, a[1] * factor)


def along(start: Point, heading: float, length: float) -> Point:
    """The point `length` away from `start` in direction `heading`."""
    radians = math.radians(heading)
    return (start[0] + length * math.sin(radians), start[1] + length * math.cos(radians))


def distance(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def lerp_point(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def wrap(angle: float) -> float:
    """The same angle in (-180, 180]."""
    wrapped = math.fmod(angle + 180.0, 360.0)
    return (wrapped + 360.0 if wrapped <= 0.0 else wrapped) - 180.0


def reach(base: Point, target: Point, first: float, second: float, bend: int) -> tuple[float, float]:
    """Headings of a two-segment chain from `base` whose end lands on `target`.

    `bend` picks which of the two mirror solutions: +1 turns the second segment clockwise from the
    first (a knee), -1 anticlockwise (an elbow). A target out of reach is approached as closely as
    the chain allows, so a caller never gets a broken limb, only a straight one.
    """
    span = min(max(distance(base, target), abs(first - second) + 1e-9), first + second)
    to_target = heading_of(sub(target, base))
    at_base = _triangle_angle(first, span, second)
    at_joint = _triangle_angle(first, second, span)
    heading_first = to_target - bend * at_base
    return heading_first, heading_first + bend * (180.0 - at_joint)


def _triangle_angle(side_a: float, side_b: float, opposite: float) -> float:
    """The angle between sides a and b of a triangle whose third side is `opposite` (law of cosines)."""
    cosine = (side_a * side_a + side_b * side_b - opposite * opposite) / (2.0 * side_a * side_b)
    return math.degrees(math.acos(min(1.0, max(-1.0, cosine))))


def solve_heading(terms: Sequence[tuple[float, float]], wanted: float, near: float, axis: int = 1) -> float:
    """The heading h for which sum(length * unit(h + offset)[axis]) equals `wanted`, closest to `near`.

    A chain of rigid links that turns as one about its base moves each coordinate of its end along
    a sinusoid of h, so "where must this chain point for its end to sit at height y" has a closed
    form: no iteration, hence fast and exactly repeatable. When `wanted` is out of reach the chain
    points as close to it as it can.
    """
    # sum(L cos(h + k)) = R cos(h + phi) for the y axis; sin for x is cos shifted by 90 degrees.
    shift = 0.0 if axis == 1 else -90.0
    real = sum(length * math.cos(math.radians(offset + shift)) for length, offset in terms)
    imaginary = sum(length * math.sin(math.radians(offset + shift)) for length, offset in terms)
    amplitude = math.hypot(real, imaginary)
    phase = math.degrees(math.atan2(imaginary, real))
    spread = math.degrees(math.acos(min(1.0, max(-1.0, wanted / amplitude))))
    return min((spread - phase, -spread - phase), key=lambda h: abs(wrap(h - near)))


def circle_intersection(centre_a: Point, radius_a: float, centre_b: Point, radius_b: float) -> tuple[Point, Point]:
    """The two crossing points of two circles (the nearest approach when they do not cross)."""
    gap = max(distance(centre_a, centre_b), 1e-9)
    along_axis = (radius_a * radius_a - radius_b * radius_b + gap * gap) / (2.0 * gap)
    half_chord = math.sqrt(max(0.0, radius_a * radius_a - along_axis * along_axis))
    axis = scale(sub(centre_b, centre_a), 1.0 / gap)
    foot = add(centre_a, scale(axis, along_axis))
    normal = (-axis[1], axis[0])
    return add(foot, scale(normal, half_chord)), sub(foot, scale(normal, half_chord))


def catmull_rom(points: Sequence[Point]) -> list[Cubic]:
    """Cubic pieces of a smooth curve through every point (uniform Catmull-Rom, ends clamped)."""
    padded = [points[0], *points, points[-1]]
    pieces: list[Cubic] = []
    for i in range(1, len(padded) - 2):
        before, start, end, after = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        first = add(start, scale(sub(end, before), 1.0 / 6.0))
        second = sub(end, scale(sub(after, start), 1.0 / 6.0))
        pieces.append((first, second, end))
    return pieces


def cubic_point(start: Point, piece: Cubic, t: float) -> Point:
    (ax, ay), (bx, by), (cx, cy) = piece
    u = 1.0 - t
    a, b, c, d = u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t
    return (a * start[0] + b * ax + c * bx + d * cx, a * start[1] + b * ay + c * by + d * cy)


def cubic_part(start: Point, piece: Cubic, t0: float, t1: float) -> tuple[Point, Cubic]:
    """The stretch of a cubic between parameters t0 and t1, as a cubic of its own."""
    begin, end = cubic_point(start, piece, t0), cubic_point(start, piece, t1)
    third = (t1 - t0) / 3.0
    first = add(begin, scale(cubic_tangent(start, piece, t0), third))
    second = sub(end, scale(cubic_tangent(start, piece, t1), third))
    return begin, (first, second, end)


def cubic_tangent(start: Point, piece: Cubic, t: float) -> Point:
    """The derivative of a cubic at t (not normalised)."""
    (ax, ay), (bx, by), (cx, cy) = piece
    u = 1.0 - t
    a, b, c = 3.0 * u * u, 6.0 * u * t, 3.0 * t * t
    return (
        a * (ax - start[0]) + b * (bx - ax) + c * (cx - bx),
        a * (ay - start[1]) + b * (by - ay) + c * (cy - by),
    )


def arc(centre: Point, radius: float, start: float, end: float) -> tuple[Point, list[Cubic]]:
    """A circular arc from heading `start` to heading `end` as cubic pieces (SVG Tiny has no arcs)."""
    steps = max(1, math.ceil(abs(end - start) / 90.0))
    sweep = math.radians(end - start) / steps
    handle = 4.0 / 3.0 * math.tan(sweep / 4.0) * radius
    pieces: list[Cubic] = []
    for step in range(steps):
        h0 = start + (end - start) * step / steps
        h1 = start + (end - start) * (step + 1) / steps
        # d/dh of centre + r * unit(h) is r * unit(h + 90), so the handles lie along unit(h + 90).
        first = add(along(centre, h0, radius), scale(unit(h0 + 90.0), handle))
        second = sub(along(centre, h1, radius), scale(unit(h1 + 90.0), handle))
        pieces.append((first, second, along(centre, h1, radius)))
    return along(centre, start, radius), pieces
