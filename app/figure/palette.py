"""Colours of an illustration, so the Qt side can pass colours taken from the window palette."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Palette:
    """Colours as '#rrggbb'. `background` may be 'none' (transparent); `gap` is the colour of the
    thin outline that separates overlapping parts, so it should match what the figure sits on."""

    body: str = "#36414d"
    far_body: str = "#a7b0ba"
    accent: str = "#e4643f"
    prop: str = "#c6ccd3"
    arrow: str = "#2b7bbf"
    gap: str = "#ffffff"
    background: str = "none"

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if not (_HEX.fullmatch(value) or (field.name == "background" and value == "none")):
                raise ValueError(f"palette colour {field.name}={value!r} is not '#rrggbb'")

    @property
    def accent_soft(self) -> str:
        """The accent halfway to the gap colour: a second, quieter target area."""
        return mix(self.accent, self.gap, 0.45)


def mix(first: str, second: str, share: float) -> str:
    """`first` moved a share of the way toward `second` (both '#rrggbb')."""
    channels = [
        round(int(first[i : i + 2], 16) * (1.0 - share) + int(second[i : i + 2], 16) * share) for i in (1, 3, 5)
    ]
    return "#" + "".join(f"{channel:02x}" for channel in channels)


LIGHT = Palette()
DARK = Palette(
    body="#e2e6eb",
    far_body="#6c7683",
    accent="#ff8a62",
    prop="#4a525c",
    arrow="#6db6f2",
    gap="#1f2328",
)
