"""The figure's drawn outline as points with radii: what can touch the floor, and how low it reaches.

Contacts and "nothing below the floor" are judged on the shapes that are drawn, not on bare joint
centres: a shin lies on the floor when its lower edge does, which is its centre line minus its radius.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.figure.geometry import Point, catmull_rom, cubic_point
from app.figure.skeleton import (
    HEAD_RADIUS,
    LIMB_RADIUS,
    NECK_RADIUS,
    SIDES,
    TORSO_RADIUS,
    Figure,
)

TORSO_SAMPLES = 6  # per piece of the trunk curve; the curve bends gently, so few samples suffice
LIMB_JOINTS = ("knee", "ankle", "toe", "shoulder", "elbow", "wrist", "hand")


def torso_samples(figure: Figure) -> list[Point]:
    """Points along the trunk's centre line, in order from hip to shoulders."""
    points = figure.torso
    samples = [points[0]]
    start = points[0]
    for piece in catmull_rom(points):
        samples.extend(cubic_point(start, piece, step / TORSO_SAMPLES) for step in range(1, TORSO_SAMPLES + 1))
        start = piece[2]
    return samples


def pelvis_samples(figure: Figure) -> list[Point]:
    """The part of the trunk curve between the hip joint and the sacrum."""
    return torso_samples(figure)[: TORSO_SAMPLES + 1]


def thoracic_samples(figure: Figure) -> list[Point]:
    """The part of the trunk curve between the lowest rib and the shoulders (the shoulder blades)."""
    return torso_samples(figure)[2 * TORSO_SAMPLES :]


def outline(figure: Figure) -> Iterator[tuple[Point, float]]:
    """Every drawn point of the figure with its radius."""
    for point in torso_samples(figure):
        yield point, TORSO_RADIUS
    yield figure["head_base"], NECK_RADIUS
    yield figure["head"], HEAD_RADIUS
    for side in SIDES:
        for joint in LIMB_JOINTS:
            yield figure[f"{side}_{joint}"], LIMB_RADIUS


def lowest(figure: Figure) -> float:
    """The height of the lowest drawn edge of the figure."""
    return min(point[1] - radius for point, radius in outline(figure))
