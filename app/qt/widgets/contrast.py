"""WCAG contrast between two colours, and a colour nudged until text in it can be read.

The words on the hold timer take their phase's hue, but a hue light enough for a ring is often too
faint for text (orange on a light grey is under 3:1); `readable` keeps the hue and moves the
lightness away from the background until the ratio is met.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT_CONTRAST = 4.5  # WCAG AA for normal text
GRAPHIC_CONTRAST = 3.0  # WCAG AA for the parts of a control a person must see (a check box's edge)


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """Relative luminance, 0 (black) to 1 (white), as WCAG defines it."""
    return 0.2126 * _channel(color.redF()) + 0.7152 * _channel(color.greenF()) + 0.0722 * _channel(color.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio, 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(color: QColor, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """`color`, darker on a light background or lighter on a dark one, just enough to reach
    `minimum` against `background` (a little over, so rounding to 8 bits cannot drop below it)."""
    darken = luminance(background) > 0.18  # past the middle grey, dark text has more room
    hue, saturation, lightness = max(color.hslHueF(), 0.0), color.hslSaturationF(), color.lightnessF()
    shade = QColor(color)
    while contrast(shade, background) < minimum + 0.1 and 0.0 < lightness < 1.0:
        lightness = max(0.0, lightness - 0.01) if darken else min(1.0, lightness + 0.01)
        shade = QColor.fromHslF(hue, saturation, lightness)
    return shade
