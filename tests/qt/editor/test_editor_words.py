"""The editors' tables of words cover what they name: every keyframe of the figure, every area and
position the schema allows; each entry is said through the translation."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from app import i18n
from app.figure import keyframe_names
from app.paths import default_paths
from app.qt.editor.keyframe_chooser import KEYFRAME_NAMES, spoken
from app.qt.editor.stretch_form import AREA_WORDS, POSITION_WORDS, words


@pytest.fixture
def shouting() -> Iterator[None]:
    i18n.install(lambda context, source, disambiguation, n: source.upper())
    yield
    i18n.install(None)


def test_every_keyframe_has_a_whole_name() -> None:
    assert set(KEYFRAME_NAMES) == set(keyframe_names())
    assert spoken("childs-pose/folded") == "Child's pose, folded forward"
    assert spoken("no-such/pose") == "no-such/pose"  # a keyframe newer than the table reads as its id


def test_every_area_and_position_of_the_schema_has_words() -> None:
    stretch = json.loads(default_paths().catalogue_schema.read_text(encoding="utf-8"))["$defs"]["stretch"]
    assert set(AREA_WORDS) == set(stretch["properties"]["areas"]["items"]["enum"])
    assert set(POSITION_WORDS) == set(stretch["properties"]["position"]["enum"])
    assert words("new-place", POSITION_WORDS) == "New place"  # one a newer schema adds reads as itself


@pytest.mark.usefixtures("shouting")
def test_the_tables_are_said_in_the_persons_language() -> None:
    assert spoken("cat-cow/cat") == "CAT-COW, BACK ROUNDED (CAT)"
    assert words("lower-back", AREA_WORDS) == "LOWER BACK"
