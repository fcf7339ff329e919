"""The history's names are said as the catalogue says them now, in the person's language."""

from __future__ import annotations

import pytest

from app.catalogue import Catalogue, load_catalogue
from app.paths import default_paths
from app.presenters.recorded_names import RecordedNames, as_recorded
from tests.helpers import builtin_catalogue


@pytest.fixture(scope="module")
def german() -> Catalogue:
    paths = default_paths()
    return load_catalogue(paths.builtin_catalogue, paths.catalogue_schema, language="de",
                          translations=paths.catalogue_translations).catalogue


def test_a_known_stretch_and_routine_take_the_catalogues_name(german: Catalogue) -> None:
    names = RecordedNames(lambda: german)
    assert names.stretch("seated-glute-stretch", "Seated glute stretch") == "Gesäßdehnung im Sitzen"
    assert names.routine("desk-break", "Desk break") == german.routine("desk-break").name != "Desk break"


def test_what_the_catalogue_no_longer_has_keeps_its_recorded_name(german: Catalogue) -> None:
    names = RecordedNames(lambda: german)
    assert names.stretch("deleted-stretch", "My old stretch") == "My old stretch"
    assert names.routine("my-deleted-routine", "Morning") == "Morning"


def test_the_catalogue_is_read_at_each_call() -> None:
    english = builtin_catalogue()
    current = [english]
    names = RecordedNames(lambda: current[0])
    assert names.stretch("seated-glute-stretch", "x") == "Seated glute stretch"
    current[0] = Catalogue(safety=(), stretches={}, routines=())  # reloaded without it
    assert names.stretch("seated-glute-stretch", "x") == "x"


def test_a_side_is_said_as_the_stretch_says_its_sides() -> None:
    names = RecordedNames(builtin_catalogue)
    assert names.side("seated-glute-stretch", "left") == "Left leg"
    assert names.side("seated-glute-stretch", "right") == "Right leg"
    assert names.side("gone", "left") == "Left side"
    assert names.side("seated-glute-stretch", None) == ""
    assert names.side("seated-glute-stretch", "middle") == ""  # a value the history's check would refuse


def test_as_recorded_changes_nothing() -> None:
    names = as_recorded()
    assert names.stretch("seated-glute-stretch", "Seated glute stretch") == "Seated glute stretch"
    assert names.routine("desk-break", "Desk break") == "Desk break"
