"""Light and dark: follow the system, or the person's choice, and apply our style sheet."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

log = logging.getLogger(__name__)


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#1f2227", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#16181c", QPalette.ColorRole.AlternateBase: "#25282e",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2b2f36",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d8fd1",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b2f36",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa1ab",
        QPalette.ColorRole.Mid: "#4a4f57", QPalette.ColorRole.Dark: "#111316", QPalette.ColorRole.Light: "#3a3f47",
        QPalette.ColorRole.Link: "#6cb4ee",
    }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    disabled = QColor("#7d838c")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def system_prefers_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def high_contrast_palette(dark: bool) -> QPalette:
    """Black on white or white on black, with a selection no one can miss: for a system set to
    high contrast. Supple's own colours (the phase words) are made readable against it as always."""
    ink, paper = ("#ffffff", "#000000") if dark else ("#000000", "#ffffff")
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                 QPalette.ColorRole.AlternateBase, QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, QColor(paper))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.ToolTipText, QPalette.ColorRole.Mid, QPalette.ColorRole.Dark,
                 QPalette.ColorRole.PlaceholderText):
        palette.setColor(role, QColor(ink))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffd700" if dark else "#0000b0"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000" if dark else "#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#8cc8ff" if dark else "#0000b0"))
    palette.setColor(QPalette.ColorRole.Light, QColor(paper))
    disabled = QColor("#a0a0a0" if dark else "#595959")  # still 4.5:1 or more on the paper
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_wants_high_contrast(app: QApplication) -> bool:
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is None:
        return False
    contrast = accessibility().contrastPreference()
    return bool(contrast == Qt.ContrastPreference.HighContrast)


DESIGN_POINTS = 9.0  # the application font the style sheet's sizes were chosen against


def apply_theme(app: QApplication, theme: str, style_sheet: Path, icons: Path | None = None) -> None:
    """theme: 'system', 'light' or 'dark', in high contrast when the system asks for it. Uses
    Fusion so both palettes look the same everywhere. `icons`: the folder the style sheet's
    `url(icons:NAME)` images come from. The style sheet's font sizes grow and shrink with the
    system's font, so a person who set larger text gets larger headings too."""
    app.setStyle(supple_style())
    dark = theme == "dark" or (theme == "system" and system_prefers_dark(app))
    if system_wants_high_contrast(app):
        app.setPalette(high_contrast_palette(dark))
    else:
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
    points = app.font().pointSizeF()
    try:
        app.setStyleSheet(load_style_sheet(style_sheet, icons, points / DESIGN_POINTS if points > 0 else 1.0))
    except OSError as error:  # the app works without its style sheet, only plainer
        log.warning("could not read the style sheet %s: %s", style_sheet, error)


def load_style_sheet(style_sheet: Path, icons: Path | None = None, font_scale: float = 1.0) -> str:
    """The style sheet's text, with its `url(icons:NAME)` images found in `icons` and its point
    sizes times `font_scale`. Raises OSError."""
    if icons is not None:
        QDir.setSearchPaths("icons", [str(icons)])
    return scaled_font_sizes(style_sheet.read_text(encoding="utf-8"), font_scale)


_POINT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


def scaled_font_sizes(style_sheet: str, scale: float) -> str:
    if abs(scale - 1.0) < 0.01:
        return style_sheet
    return _POINT_SIZE.sub(lambda found: f"{found.group(1)}{float(found.group(2)) * scale:.1f}pt", style_sheet)


def supple_style() -> QStyle:
    """The style Supple runs with, the same on every desktop. (Check boxes get an edge a person can
    find from the style sheet: Fusion draws it a shade darker than the window, about 1.1:1 on our
    dark window. A Python QProxyStyle did it once, but PySide calls into Python for every primitive
    painted, and crashed painting a label deleted under it.)"""
    style = QStyleFactory.create("Fusion")
    assert style is not None  # Fusion is built into Qt
    return style
