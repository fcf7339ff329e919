"""The shared words: a stretch named with its side, and a name read inside a sentence."""

from __future__ import annotations

import math

import pytest

from app.catalogue import Side
from app.wording import (
    clock_text,
    duration_text,
    in_sentence,
    minutes_text,
    name_and_side,
    spoken_duration,
    stretching_text,
    timer_digits,
)
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


def test_a_time_read_out_names_its_minutes_and_seconds() -> None:
    assert spoken_duration(1) == "1 second"
    assert spoken_duration(0.2) == "1 second"  # rounded up, like the timer
    assert spoken_duration(60) == "1 minute"
    assert spoken_duration(295) == "4 minutes 55 seconds"
    assert spoken_duration(61) == "1 minute 1 second"


def test_a_countdown_of_a_minute_or_more_shows_minutes_and_seconds() -> None:
    assert [timer_digits(s) for s in (0, 25, 59, 59.5, 295)] == ["0", "25", "59", "1:00", "4:55"]


def test_a_long_duration_shows_its_hours() -> None:
    assert [duration_text(s) for s in (45, 125, 3600, 3725)] == ["0:45", "2:05", "1:00:00", "1:02:05"]


def test_time_stretching_is_one_label_with_its_duration() -> None:
    assert stretching_text(125) == "Time stretching: 2:05"


@pytest.mark.parametrize("seconds", [math.nan, math.inf, -math.inf])
def test_a_time_that_is_not_a_number_is_shown_as_unknown_rather_than_raising(seconds: float) -> None:
    # the catalogue refuses NaN now; this is the last guard, so one bad number cannot stop a listing
    assert clock_text(seconds) == "-:--"
    assert minutes_text(seconds) == "? min"


def test_ordinary_times_read_as_before() -> None:
    assert (clock_text(245), clock_text(0.2), clock_text(0), minutes_text(20), minutes_text(150)) == (
        "4:05", "0:01", "0:00", "1 min", "2 min"
    )


def test_in_german_a_name_keeps_its_capitals_inside_a_sentence() -> None:
    from app import i18n  # noqa: PLC0415

    i18n.install(lambda context, source, disambiguation, n: source, language="de")
    try:
        assert in_sentence("Knie zur Brust") == "Knie zur Brust"
        assert name_and_side("Knie zur Brust", "Linkes Bein") == "Knie zur Brust, linkes Bein"
    finally:
        i18n.install(None)
    assert name_and_side("Knee to chest", "Left leg") == "Knee to chest, left leg"
