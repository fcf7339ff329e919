"""The illustration's colours for a window palette: our light or dark set, on the window's colour."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QPalette

from app.figure import DARK, LIGHT, Palette
from app.qt.widgets.theme import is_dark


def figure_palette(palette: QPalette) -> Palette:
    """LIGHT or DARK, with the thin separating outline in the window colour, so the overlapping
    limbs look cut out of whatever the figure sits on."""
    base = DARK if is_dark(palette) else LIGHT
    window = palette.color(QPalette.ColorRole.Window).name()
    return replace(base, gap=window)
