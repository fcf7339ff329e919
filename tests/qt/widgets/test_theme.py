"""The theme: its palettes and the style the app runs with, read back from rendered pixels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from app.qt.widgets import theme
from app.qt.widgets.contrast import contrast
from app.qt.widgets.theme import (
    DESIGN_POINTS,
    apply_theme,
    dark_palette,
    high_contrast_palette,
    load_style_sheet,
    scaled_font_sizes,
    supple_style,
)


def indicator(box: QCheckBox) -> QRect:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)


STYLE_SHEET = Path(__file__).resolve().parents[3] / "ui" / "supple.qss"
ICONS = STYLE_SHEET.parents[1] / "assets" / "icons"


@pytest.mark.parametrize("checked", [False, True], ids=["unchecked", "checked"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_check_box_stands_out_from_the_window_at_3_to_1(qtbot: QtBot, dark: bool, checked: bool) -> None:
    style = supple_style()
    box = QCheckBox("Play chimes")
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setPalette(dark_palette() if dark else style.standardPalette())
    box.setStyleSheet(load_style_sheet(STYLE_SHEET, ICONS))
    box.setChecked(checked)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    window = box.palette().color(QPalette.ColorRole.Window)
    area = indicator(box)
    edge = max(contrast(image.pixelColor(x, y), window)
               for x in range(area.left(), area.right() + 1) for y in range(area.top(), area.bottom() + 1))
    assert edge >= 3.0


def test_the_style_sheets_font_sizes_follow_the_systems_font() -> None:
    sheet = "QLabel#a { font-size: 15pt; font-weight: 700; }\nQLabel#b { font-size: 11.5pt; }"
    assert scaled_font_sizes(sheet, 1.0) == sheet
    bigger = scaled_font_sizes(sheet, 12 / 9)
    assert "font-size: 20.0pt" in bigger and "font-size: 15.3pt" in bigger and "font-weight: 700" in bigger


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    """The application's font, palette and style sheet put back after a test that themes it."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def test_the_app_applies_the_scale_of_its_font(restored: QApplication) -> None:
    qapp = restored
    larger = QFont(qapp.font())
    larger.setPointSizeF(DESIGN_POINTS * 2)
    qapp.setFont(larger)
    apply_theme(qapp, "light", STYLE_SHEET, ICONS)
    assert "font-size: 38.0pt" in qapp.styleSheet()  # the stretch's name, 19pt at 9pt


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_high_contrast_palette_reads_at_7_to_1_or_more(dark: bool) -> None:
    palette = high_contrast_palette(dark)
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast(palette.color(QPalette.ColorRole.WindowText), window) >= 7
    assert contrast(palette.color(QPalette.ColorRole.HighlightedText), palette.color(QPalette.ColorRole.Highlight)) >= 7
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert contrast(disabled, window) >= 4.5


def test_high_contrast_is_used_when_the_system_asks(restored: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda _app: True)
    apply_theme(restored, "dark", STYLE_SHEET, ICONS)
    assert restored.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
