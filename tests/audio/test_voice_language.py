"""The sentence that says which language the voice speaks when the person's has no voice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n
from app.audio.voice_language import language_name, missing_voice


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.install(None)


def test_the_missing_language_and_the_one_spoken_are_named_in_a_whole_sentence() -> None:
    assert missing_voice("de", "en-US") == "No German voice is installed, so the voice speaks English."
    assert missing_voice("fr", "it", "italiano") == "No French voice is installed, so the voice speaks italiano."
    assert missing_voice("es", "") == (
        "No Spanish voice is installed, so the voice speaks the speech engine's own language."
    )


def test_the_names_are_in_the_persons_language() -> None:
    words = {"German": "Deutsch", "English": "Englisch",
             "No %1 voice is installed, so the voice speaks %2.":
             "Es ist keine Stimme für %1 installiert, daher spricht die Stimme %2."}
    i18n.install(lambda context, source, disambiguation, n: words.get(source, source), language="de")
    assert language_name("de_DE") == "Deutsch"
    assert missing_voice("de", "en-GB") == (
        "Es ist keine Stimme für Deutsch installiert, daher spricht die Stimme Englisch."
    )
