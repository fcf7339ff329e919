"""The pseudo-locale keeps what code reads and changes everything a person reads."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.pseudo_locale import CLOSE, OPEN, is_pseudo, pseudo


def test_letters_are_accented_and_the_text_grows_by_two_fifths() -> None:
    text = "Hold for %n second(s)"
    shown = pseudo(text)
    assert shown.startswith(OPEN) and shown.endswith(CLOSE)
    assert "Hold" not in shown and "%n" in shown
    assert len(shown) >= len(text) * 1.4


def test_placeholders_tags_entities_and_mnemonics_are_kept() -> None:
    shown = pseudo("<b>%1</b> of %L2 &amp; {name} &Pause && more")
    for kept in ("<b>", "%1", "</b>", "%L2", "&amp;", "{name}", "&", "&&"):
        assert kept in shown
    assert "Pause" not in shown


def test_an_empty_text_stays_empty() -> None:
    assert pseudo("") == ""


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1))
def test_every_pseudo_text_is_recognised_and_never_shorter(text: str) -> None:
    shown = pseudo(text)
    assert is_pseudo(shown)
    assert len(shown) >= len(text)
