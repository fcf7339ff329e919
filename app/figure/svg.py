"""SVG documents of poses, in the subset Qt's renderer handles without complaint.

SVG 1.2 Tiny: presentation attributes only (no CSS, no class), no clip paths, masks or filters, and
paths written with M, L and C alone (Tiny has no arc command). Numbers carry one decimal, so the
output is small and the same on every run. The right side is the left side's exact mirror image:
x is measured from the middle of the window, and mirroring only flips its sign.
"""

from __future__ import annotations

from typing import Literal

from app.figure.drawing import HALO, Dot, Fill, Role, Shape, Stroke, floor_shape, layout, piece_points
from app.figure.frame import Frame, frame_around, stretch_frame
from app.figure.geometry import Point
from app.figure.keyframes import STRETCHES, pose_keyframe
from app.figure.palette import LIGHT, Palette
from app.figure.pose import Pose
from app.markup import escape

DrawnSide = Literal["left", "right"]
THUMBNAIL_MARGIN = 3.0


def render_svg(
    pose: Pose,
    *,
    side: DrawnSide = "left",
    palette: Palette = LIGHT,
    size: float | None = None,
    arrows: bool = True,
) -> str:
    """The pose as an SVG document, in its stretch's fixed window so animation frames line up.

    `side` is the working side: the figure shows that side to the viewer, the right side being the
    mirror image of the left. `size` is the length of the longer edge in pixels (default: one pixel
    per figure unit).
    """
    frame = stretch_frame(pose.stretch.name)
    title = pose.name or pose.stretch.name
    return svg_document(layout(pose, arrows=arrows), frame, side=side, palette=palette, size=size, title=title)


def thumbnail_svg(
    pose_name: str, palette: Palette = LIGHT, *, side: DrawnSide = "left", size: float | None = None
) -> str:
    """A small picture of a stretch ('knee-to-chest'): its held keyframe, tightly framed, no arrows."""
    try:
        stretch = STRETCHES[pose_name]
    except KeyError:
        raise KeyError(f"no illustrated stretch named {pose_name!r}") from None
    shapes = layout(pose_keyframe(stretch.keyframes[stretch.thumbnail]), arrows=False)
    frame = frame_around(shapes, THUMBNAIL_MARGIN)
    return svg_document(shapes, frame, side=side, palette=palette, size=size, title=pose_name)


def svg_document(
    shapes: list[Shape], frame: Frame, *, side: DrawnSide, palette: Palette, size: float | None, title: str
) -> str:
    flip = -1.0 if side == "left" else 1.0  # the model faces +x; the left side is seen facing left
    writer = _Writer(frame.centre, flip, palette)
    width, height = _pixel_size(frame, size)
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" '
        f'viewBox="{_n(-frame.width / 2)} {_n(-frame.top)} {_n(frame.width)} {_n(frame.height)}">',
        f"<title>{escape(title)}</title>",
    ]
    if palette.background != "none":
        parts.append(
            f'<rect x="{_n(-frame.width / 2)}" y="{_n(-frame.top)}" width="{_n(frame.width)}" '
            f'height="{_n(frame.height)}" fill="{palette.background}"/>'
        )
    parts.append('<g fill="none" stroke-linecap="round" stroke-linejoin="round">')
    inset = frame.width / 2.0 - 2.0
    parts.extend(writer.shape(floor_shape(frame.centre - inset, frame.centre + inset)))
    for shape in shapes:
        parts.extend(writer.shape(shape))
    parts.extend(("</g>", "</svg>", ""))
    return "\n".join(parts)


def _pixel_size(frame: Frame, size: float | None) -> tuple[str, str]:
    if size is None:
        return _n(frame.width), _n(frame.height)
    factor = size / max(frame.width, frame.height)
    return _n(frame.width * factor), _n(frame.height * factor)


class _Writer:
    """Turns model-space shapes into SVG elements for one side and palette."""

    def __init__(self, centre: float, flip: float, palette: Palette) -> None:
        self._centre = centre
        self._flip = flip
        self._palette = palette

    def shape(self, shape: Shape) -> list[str]:
        if isinstance(shape, Stroke):
            return self._stroke(shape)
        if isinstance(shape, Dot):
            return self._dot(shape)
        return self._fill(shape)

    def _stroke(self, stroke: Stroke) -> list[str]:
        d = "M" + self._xy(stroke.start, " ")
        for piece in stroke.pieces:
            points = piece_points(piece)
            d += ("C" if len(points) > 1 else "L") + " ".join(self._xy(point, " ") for point in points)
        fade = _opacity("stroke-opacity", stroke.opacity)
        elements = []
        if stroke.halo:
            width = _n(stroke.width + 2.0 * HALO)
            elements.append(f'<path d="{d}" stroke="{self._palette.gap}" stroke-width="{width}"{fade}/>')
        colour = self._colour(stroke.role)
        elements.append(f'<path d="{d}" stroke="{colour}" stroke-width="{_n(stroke.width)}"{fade}/>')
        return elements

    def _dot(self, dot: Dot) -> list[str]:
        centre = f'cx="{self._x(dot.centre[0])}" cy="{_n(-dot.centre[1])}"'
        fade = _opacity("fill-opacity", dot.opacity)
        return [f'<circle {centre} r="{_n(dot.radius)}" fill="{self._colour(dot.role)}"{fade}/>']

    def _fill(self, fill: Fill) -> list[str]:
        points = " ".join(self._xy(point, ",") for point in fill.points)
        colour = self._colour(fill.role)
        outline = f' stroke="{colour}" stroke-width="{_n(fill.outline)}"' if fill.outline else ""
        fade = _opacity("fill-opacity", fill.opacity) + (_opacity("stroke-opacity", fill.opacity) if outline else "")
        return [f'<polygon points="{points}" fill="{colour}"{outline}{fade}/>']

    def _x(self, x: float) -> str:
        return _n(self._flip * (x - self._centre))

    def _xy(self, point: Point, separator: str) -> str:
        return f"{self._x(point[0])}{separator}{_n(-point[1])}"

    def _colour(self, role: Role) -> str:
        palette = self._palette
        return {
            "body": palette.body,
            "far_body": palette.far_body,
            "accent": palette.accent,
            "accent_soft": palette.accent_soft,
            "prop": palette.prop,
            "arrow": palette.arrow,
            "gap": palette.gap,
        }[role]


def _opacity(attribute: str, value: float) -> str:
    return "" if value >= 0.995 else f' {attribute}="{value:.2f}"'


def _n(value: float) -> str:
    """A number with at most one decimal and no '-0' (mirroring must only flip the sign)."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text
