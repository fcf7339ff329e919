"""Light and dark: follow the system, or the person's choice, and apply our style sheet."""

from __future__ import annotations

import logging
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


def apply_theme(app: QApplication, theme: str, style_sheet: Path, icons: Path | None = None) -> None:
    """theme: 'system', 'light' or 'dark'. Uses Fusion so both palettes look the same everywhere.
    `icons`: the folder the style sheet's `url(icons:NAME)` images come from."""
    app.setStyle(supple_style())
    dark = theme == "dark" or (theme == "system" and system_prefers_dark(app))
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    try:
        app.setStyleSheet(load_style_sheet(style_sheet, icons))
    except OSError as error:  # the app works without its style sheet, only plainer
        log.warning("could not read the style sheet %s: %s", style_sheet, error)


def load_style_sheet(style_sheet: Path, icons: Path | None = None) -> str:
    """The style sheet's text, with its `url(icons:NAME)` images found in `icons`. Raises OSError."""
    if icons is not None:
        QDir.setSearchPaths("icons", [str(icons)])
    return style_sheet.read_text(encoding="utf-8")


def supple_style() -> QStyle:
    """The style Supple runs with, the same on every desktop. (Check boxes get an edge a person can
    find from the style sheet: Fusion draws it a shade darker than the window, about 1.1:1 on our
    dark window. A Python QProxyStyle did it once, but PySide calls into Python for every primitive
    painted, and crashed painting a label deleted under it.)"""
    style = QStyleFactory.create("Fusion")
    assert style is not None  # Fusion is built into Qt
    return style
