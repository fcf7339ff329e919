"""WCAG contrast, and the colour nudged until text in it can be read."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from app.qt.widgets.contrast import contrast, luminance, readable


def test_the_ratio_matches_the_wcag_figures() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("white"), QColor("black")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert luminance(QColor("#808080")) == pytest.approx(0.216, abs=0.001)


@pytest.mark.parametrize("background", ["#efefef", "#ffffff", "#1f2227", "#000000"])
@pytest.mark.parametrize("colour", ["#e69f00", "#3a9bd9", "#009e73", "#cc79a7", "#2fc497"])
def test_a_nudged_colour_reaches_the_ratio_and_keeps_its_hue(colour: str, background: str) -> None:
    shade = readable(QColor(colour), QColor(background))
    assert contrast(shade, QColor(background)) >= 4.5
    assert abs(shade.hslHueF() - QColor(colour).hslHueF()) < 0.02


def test_a_colour_that_already_reads_well_is_left_alone() -> None:
    assert readable(QColor("#1a1a1a"), QColor("white")).name() == "#1a1a1a"
