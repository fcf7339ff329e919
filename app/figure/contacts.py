"""Measuring the contacts POSES.md asks for on a solved figure.

A part *touches* a surface when its lowest drawn edge is on it (the head, a knee, the pelvis); a
part *lies* on it when its whole length is (a shin, a forearm, a flat foot).
"""

from __future__ import annotations

from app.figure.geometry import Point
from app.figure.outline import pelvis_samples, thoracic_samples
from app.figure.pose import Contact, Pose
from app.figure.skeleton import HEAD_RADIUS, LIMB_RADIUS, TORSO_RADIUS, Figure

LYING_PARTS = {
    "foot": ("ankle", "toe"),
    "shin": ("knee", "ankle"),
    "forearm": ("elbow", "wrist"),
    "hand": ("wrist", "hand"),
}


def part_outline(figure: Figure, part: str) -> tuple[list[tuple[Point, float]], bool]:
    """The drawn points of a named part with their radii, and whether the part must lie flat."""
    if part == "head":
        return [(figure["head"], HEAD_RADIUS)], False
    if part == "pelvis":
        return [(point, TORSO_RADIUS) for point in pelvis_samples(figure)], False
    if part == "shoulder_blades":
        return [(point, TORSO_RADIUS) for point in thoracic_samples(figure)], False
    side, _, limb = part.partition("_")
    if limb == "knee":
        return [(figure[f"{side}_knee"], LIMB_RADIUS)], False
    if limb in LYING_PARTS:
        return [(figure[f"{side}_{joint}"], LIMB_RADIUS) for joint in LYING_PARTS[limb]], True
    raise KeyError(f"unknown body part {part!r}")


def surface_height(pose: Pose, contact: Contact) -> float:
    if contact.surface == "seat":
        if pose.stretch.chair is None:
            raise ValueError(f"{pose.name}: a seat contact needs a chair")
        return pose.stretch.chair.seat
    return 0.0


def contact_error(pose: Pose, contact: Contact) -> float:
    """How far the part is from resting on its surface (0 when it rests exactly)."""
    outline, lies = part_outline(pose.figure, contact.feature)
    surface = surface_height(pose, contact)
    gaps = [point[1] - radius - surface for point, radius in outline]
    return max(abs(gap) for gap in gaps) if lies else abs(min(gaps))


def clearance(figure: Figure, part: str) -> float:
    """How high above the floor the lowest edge of a part is."""
    outline, _ = part_outline(figure, part)
    return min(point[1] - radius for point, radius in outline)
