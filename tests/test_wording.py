"""The shared words: a stretch named with its side, and a name read inside a sentence."""

from __future__ import annotations

from app.catalogue import Side
from app.wording import in_sentence, name_and_side
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
