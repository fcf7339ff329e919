"""The focus ring: drawn around whatever has the focus, from the first moment, in both themes."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QGridLayout, QPushButton, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from app.qt.widgets.focus_ring import DARK_RING, LIGHT_RING, FocusRing, install_focus_rings, ring_color
from app.qt.widgets.theme import dark_palette


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def grid_of_buttons(qtbot: QtBot) -> tuple[QWidget, list[QPushButton]]:
    window = QWidget()
    layout = QGridLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)  # a button at the very edge: its ring must still show
    buttons = [QPushButton(f"Button {n}", window) for n in range(3)]
    for n, button in enumerate(buttons):
        layout.addWidget(button, 0, n)
    qtbot.addWidget(window)
    window.resize(420, 60)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window, buttons


def ring_pixel(window: QWidget, button: QPushButton) -> QColor:
    corner = button.mapTo(window, QPoint(button.width() // 2, 1))
    return window.grab().toImage().pixelColor(corner)


def test_the_ring_follows_the_focus_and_is_drawn_at_the_edge_of_the_widget(qtbot: QtBot, qapp: QApplication) -> None:
    install_focus_rings(qapp)
    window, buttons = grid_of_buttons(qtbot)
    buttons[0].setFocus()
    qtbot.waitUntil(lambda: ring_pixel(window, buttons[0]) == ring_color(window.palette()), timeout=1000)
    assert ring_pixel(window, buttons[1]) != ring_color(window.palette())
    buttons[1].setFocus()
    qtbot.waitUntil(lambda: ring_pixel(window, buttons[1]) == ring_color(window.palette()), timeout=1000)
    assert ring_pixel(window, buttons[0]) != ring_color(window.palette())


def test_a_ring_follows_its_widget_when_the_widget_moves(qtbot: QtBot, qapp: QApplication) -> None:
    install_focus_rings(qapp)
    window, buttons = grid_of_buttons(qtbot)
    buttons[2].setFocus()
    window.resize(600, 80)  # the layout moves and widens the buttons
    qtbot.waitUntil(lambda: ring_pixel(window, buttons[2]) == ring_color(window.palette()), timeout=1000)


def test_installing_twice_gives_the_same_rings(qapp: QApplication) -> None:
    assert install_focus_rings(qapp) is install_focus_rings(qapp)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_ring_stands_out_from_the_window_and_buttons_by_at_least_3_to_1(qapp: QApplication, dark: bool) -> None:
    fusion = QStyleFactory.create("Fusion")
    palette = dark_palette() if dark else fusion.standardPalette()
    ring = ring_color(palette)
    assert ring.name() in (LIGHT_RING, DARK_RING)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button, QPalette.ColorRole.Base):
        assert contrast(ring, palette.color(role)) >= 3.0, role


def test_one_ring_per_window_and_it_outlives_a_deleted_target(qtbot: QtBot, qapp: QApplication) -> None:
    install_focus_rings(qapp)
    window, buttons = grid_of_buttons(qtbot)
    buttons[0].setFocus()
    buttons[1].setFocus()
    qtbot.waitUntil(lambda: ring_pixel(window, buttons[1]) == ring_color(window.palette()), timeout=1000)
    assert len([child for child in window.findChildren(QWidget) if isinstance(child, FocusRing)]) == 1
    buttons[1].deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(buttons[1]), timeout=1000)
    buttons[2].setFocus()
    qtbot.waitUntil(lambda: ring_pixel(window, buttons[2]) == ring_color(window.palette()), timeout=1000)
