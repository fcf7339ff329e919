"""Pose illustrations: an articulated side-view figure, its keyframes, in-betweens and SVG output.

Pure Python with no Qt, so it can be tested and used to generate assets anywhere. The Qt side asks
for a keyframe, blends two of them for an animation frame, and renders the result with the colours
of the window palette:

    pose = interpolate(pose_keyframe("cat-cow/cow"), pose_keyframe("cat-cow/cat"), 0.3)
    svg = render_svg(pose, side="right", palette=Palette(body="#202020", ...))
"""

from __future__ import annotations

from app.figure.interpolate import ease_in_out, interpolate, share_eased_to
from app.figure.keyframes import keyframe_names, pose_keyframe, stretch_names
from app.figure.palette import DARK, LIGHT, Palette
from app.figure.pose import Pose
from app.figure.svg import render_svg, thumbnail_svg

__all__ = [
    "DARK",
    "LIGHT",
    "Palette",
    "Pose",
    "ease_in_out",
    "interpolate",
    "keyframe_names",
    "pose_keyframe",
    "render_svg",
    "share_eased_to",
    "stretch_names",
    "thumbnail_svg",
]
