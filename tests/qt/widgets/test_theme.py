"""The theme: its palettes and the style the app runs with, read back from rendered pixels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from app.qt.widgets.contrast import contrast
from app.qt.widgets.theme import dark_palette, load_style_sheet, supple_style


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
