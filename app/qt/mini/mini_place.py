"""Where the mini timer goes: edge snapping, a key per screen layout, and staying on a visible screen.

Plain integer rectangles and no Qt, so the arithmetic is tested without any screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

SNAP_DISTANCE = 16  # px: released this close to an edge, the window sits flush against it
CORNER_MARGIN = 16  # px from the primary screen's top-right corner, where a lost window goes


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:  # one past the last column, like x + width
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: Rect) -> bool:
        return self.x <= other.x and self.y <= other.y and other.right <= self.right and other.bottom <= self.bottom

    def overlap(self, other: Rect) -> int:
        width = min(self.right, other.right) - max(self.x, other.x)
        height = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, width) * max(0, height)


def layout_key(screens: Iterable[Rect]) -> str:
    """The same monitors in the same arrangement give the same key, whatever order Qt lists them."""
    return ";".join(f"{r.x},{r.y},{r.width}x{r.height}" for r in sorted(screens))


def _snap_axis(start: int, length: int, low: int, high: int, distance: int) -> int:
    if abs(start - low) <= distance:
        return low
    if abs(start + length - high) <= distance:
        return high - length
    return start


def snapped(window: Rect, area: Rect, distance: int = SNAP_DISTANCE) -> tuple[int, int]:
    """The window's top-left corner, pulled flush to any edge of `area` it was dropped close to."""
    return (
        _snap_axis(window.x, window.width, area.x, area.right, distance),
        _snap_axis(window.y, window.height, area.y, area.bottom, distance),
    )


def area_under(window: Rect, areas: Sequence[Rect]) -> Rect | None:
    """The screen area showing most of the window, or None when it is on none of them."""
    best = max(areas, key=window.overlap, default=None)
    return best if best is not None and window.overlap(best) > 0 else None


def top_right(width: int, height: int, area: Rect, margin: int = CORNER_MARGIN) -> tuple[int, int]:
    return area.right - width - margin, area.y + margin


def visible_place(wanted: tuple[int, int] | None, width: int, height: int, areas: Sequence[Rect],
                  primary: Rect) -> tuple[int, int]:
    """`wanted` when the whole window fits on one screen there; else the primary's top-right corner."""
    if wanted is not None:
        window = Rect(wanted[0], wanted[1], width, height)
        if any(area.contains(window) for area in areas):
            return wanted
    return top_right(width, height, primary)
