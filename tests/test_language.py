"""Choosing Supple's language: the command line, the setting, the system, English."""

from __future__ import annotations

import pytest

from app import language
from app.language import PSEUDO, UnknownLanguageError, choose, from_environment, normalised


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("de", "de"), ("de_DE.UTF-8", "de"), ("de-AT", "de"), ("DE", "de"), ("fr_CA", "fr"),
        ("es_MX.utf8@euro", "es"), ("en_GB", "en"), ("C", "en"), ("POSIX", "en"), ("C.UTF-8", "en"),
        ("en_XA", PSEUDO), ("en-xa", PSEUDO), ("it_IT", None), ("", None),
    ],
)
def test_names_are_normalised_to_a_language_we_have(name: str, expected: str | None) -> None:
    assert normalised(name) == expected


def test_the_command_line_wins_over_setting_and_system() -> None:
    assert choose("fr", "de", ["es-ES"]) == "fr"


def test_an_unknown_command_line_language_is_refused_by_name() -> None:
    with pytest.raises(UnknownLanguageError, match=r"'xx'.*en, de, fr, es"):
        choose("xx", "system", [])


def test_the_setting_wins_over_the_system_and_an_unusable_one_falls_back() -> None:
    assert choose(None, "de", ["fr-FR"]) == "de"
    assert choose(None, "it", ["fr-FR"]) == "fr"


def test_the_system_gives_its_first_language_we_have_else_english() -> None:
    assert choose(None, language.SYSTEM, ["it-IT", "es-ES", "de-DE"]) == "es"
    assert choose(None, language.SYSTEM, ["it-IT"]) == "en"
    assert choose(None, language.SYSTEM, []) == "en"


def test_the_environment_lists_languages_first_choice_first() -> None:
    assert from_environment({"LANGUAGE": "de:fr", "LANG": "es_ES.UTF-8"}) == ["de", "fr", "es_ES.UTF-8"]
    assert from_environment({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}) == ["fr_FR.UTF-8"]
    assert from_environment({"LANGUAGE": "de", "LANG": "C"}) == ["C"]  # gettext ignores LANGUAGE under C
    assert from_environment({}) == []
