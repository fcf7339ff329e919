"""The fixed viewing window of a stretch, so that all its frames line up when animated."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from app.figure.drawing import FLOOR_WIDTH, HALO, Dot, Shape, Stroke, layout, piece_points
from app.figure.frames_table import FRAMES
from app.figure.geometry import Point
from app.figure.interpolate import interpolate
from app.figure.keyframes import STRETCHES, pose_keyframe

MARGIN = 6.0
IN_BETWEENS = 8  # samples per keyframe pair: in-betweens may swing outside both keyframes


@dataclass(frozen=True)
class Frame:
    """A window in model space: x from `left` to `right`, y from `bottom` (below the floor) to `top`."""

    left: float
    right: float
    bottom: float
    top: float

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2.0

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom


def frame_around(shapes: Iterable[Shape], margin: float = MARGIN) -> Frame:
    """The smallest whole-unit window holding the shapes and the floor line under them."""
    xs: list[float] = []
    ys: list[float] = [-FLOOR_WIDTH]
    for point, reach in _extents(shapes):
        xs.extend((point[0] - reach, point[0] + reach))
        ys.extend((point[1] - reach, point[1] + reach))
    return Frame(
        left=math.floor(min(xs) - margin),
        right=math.ceil(max(xs) + margin),
        bottom=math.floor(min(ys) - margin / 2.0),
        top=math.ceil(max(ys) + margin),
    )


@cache
def stretch_frame(stretch: str) -> Frame:
    """One window for every frame of a stretch, keyframes and in-betweens alike: measured ahead
    for the built-in stretches (frames_table, written by app.figure.generate), since measuring
    takes about 7 ms a stretch, spent before a start's first paint and at each new stretch."""
    measured = FRAMES.get(stretch)
    return Frame(*measured) if measured is not None else measured_frame(stretch)


def measured_frame(stretch: str) -> Frame:
    """The window round every in-between of the stretch's moves, both ways."""
    keyframes = [pose_keyframe(name) for name in STRETCHES[stretch].keyframes]
    shapes: list[Shape] = []
    # both ways: a move shows its end's arrows, and flows and releases also move back
    for start, end in (*itertools.pairwise(keyframes), *itertools.pairwise(reversed(keyframes))):
        for step in range(IN_BETWEENS + 1):
            shapes.extend(layout(interpolate(start, end, step / IN_BETWEENS)))
    return frame_around(shapes)


def _extents(shapes: Iterable[Shape]) -> Iterable[tuple[Point, float]]:
    """Points with how far the drawing reaches around them (control points bound a curve)."""
    for shape in shapes:
        if isinstance(shape, Stroke):
            reach = shape.width / 2.0 + (HALO if shape.halo else 0.0)
            yield shape.start, reach
            for piece in shape.pieces:
                for point in piece_points(piece):
                    yield point, reach
        elif isinstance(shape, Dot):
            yield shape.centre, shape.radius
        else:
            for point in shape.points:
                yield point, shape.outline / 2.0
