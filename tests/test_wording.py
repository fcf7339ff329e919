"""The shared words: a stretch named with its side, and a name read inside a sentence."""

from __future__ import annotations

import math

import pytest

from app.catalogue import Side
from app.wording import clock_text, in_sentence, minutes_text, name_and_side
from tests.helpers import builtin_catalogue


def test_a_one_sided_stretch_is_named_with_its_side_in_lower_case() -> None:
    stretch = builtin_catalogue().stretch("knee-to-chest")
    assert name_and_side(stretch.name, stretch.side_label(Side.RIGHT)) == "Knee to chest, right leg"


def test_a_stretch_done_on_both_sides_at_once_is_named_alone() -> None:
    stretch = builtin_catalogue().stretch("cat-cow")
    assert name_and_side(stretch.name, stretch.side_label(Side.LEFT)) == "Cat-cow"


def test_a_name_inside_a_sentence_loses_its_capital_but_an_acronym_keeps_its_case() -> None:
    assert in_sentence("Child's pose") == "child's pose"
    assert in_sentence("SI joint release") == "SI joint release"


@pytest.mark.parametrize("seconds", [math.nan, math.inf, -math.inf])
def test_a_time_that_is_not_a_number_is_shown_as_unknown_rather_than_raising(seconds: float) -> None:
    # the catalogue refuses NaN now; this is the last guard, so one bad number cannot stop a listing
    assert clock_text(seconds) == "-:--"
    assert minutes_text(seconds) == "? min"


def test_ordinary_times_read_as_before() -> None:
    assert (clock_text(245), clock_text(0.2), clock_text(0), minutes_text(20), minutes_text(150)) == (
        "4:05", "0:01", "0:00", "1 min", "2 min"
    )
