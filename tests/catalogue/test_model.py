"""The catalogue's model: the words a side is shown and spoken with."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from app import i18n
from app.catalogue import load_catalogue
from app.catalogue.model import SIDE_LABELS, Side
from app.paths import default_paths


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.install(None)


def test_every_side_part_the_schema_allows_has_whole_side_words() -> None:
    schema = json.loads(default_paths().catalogue_schema.read_text(encoding="utf-8"))
    parts = schema["$defs"]["stretch"]["properties"]["side_part"]["enum"]
    assert {(side, part) for side in ("left", "right") for part in parts} == set(SIDE_LABELS)


def test_a_side_is_one_translated_phrase_not_two_pieces() -> None:
    paths = default_paths()
    stretch = load_catalogue(paths.builtin_catalogue, paths.catalogue_schema).catalogue.stretch("knee-to-chest")
    assert stretch.side_label(Side.LEFT) == "Left leg"
    german = {"Left leg": "Linkes Bein", "Right leg": "Rechtes Bein"}
    i18n.install(lambda context, source, disambiguation, n: german[source] if context == "Sides" else source)
    assert (stretch.side_label(Side.LEFT), stretch.side_label(Side.RIGHT)) == ("Linkes Bein", "Rechtes Bein")
    assert stretch.side_label(None) == ""
