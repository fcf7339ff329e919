"""The speech worker's own choices: a voice in the app's language, and a locale speech-dispatcher
can start under."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale

from app.qt.audio.speech_worker import instead_of, pick_voice, usable_locale, voices_for


@dataclass
class Voice:
    _name: str
    _locale: QLocale

    def name(self) -> str:
        return self._name

    def locale(self) -> QLocale:
        return self._locale


class Engine:
    """Like QTextToSpeech: voices are listed for the current locale only."""

    def __init__(self, voices: dict[str, list[str]]) -> None:
        self._voices = voices
        self.current = QLocale("C")

    def availableLocales(self) -> list[QLocale]:
        return [QLocale(name) for name in self._voices]

    def setLocale(self, where: QLocale) -> None:
        self.current = where

    def availableVoices(self) -> list[Voice]:
        return [Voice(name, self.current) for name in self._voices.get(self.current.name(), [])]

    def locale(self) -> QLocale:
        return self.current


ESPEAK = Engine({
    "en_US": ["English (Caribbean)", "English (America)", "English (America)+Alex"],
    "en_GB": ["English (Great Britain)", "English (Scotland)"],
    "de_DE": ["German"],
})


def test_the_default_voice_speaks_the_language_in_its_region() -> None:
    ESPEAK.setLocale(QLocale("en_US"))
    assert pick_voice(ESPEAK, "", QLocale("en_US")).name() == "English (America)"  # type: ignore[arg-type]
    ESPEAK.setLocale(QLocale("en_GB"))
    assert pick_voice(ESPEAK, "", QLocale("en_GB")).name() == "English (Great Britain)"  # type: ignore[arg-type]


def test_a_chosen_voice_wins_and_variants_come_last() -> None:
    ESPEAK.setLocale(QLocale("en_US"))
    assert pick_voice(ESPEAK, "English (America)+Alex", QLocale("en_US")).name() == "English (America)+Alex"  # type: ignore[arg-type]
    assert voices_for(ESPEAK, QLocale("en_US")) == [  # type: ignore[arg-type]
        "English (America)", "English (Caribbean)", "English (Great Britain)", "English (Scotland)",
        "English (America)+Alex",
    ]


def test_an_ungenerated_locale_is_replaced_by_c_utf8_and_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "xx_NOWHERE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    before = locale.setlocale(locale.LC_ALL)
    try:
        note = usable_locale()
    finally:
        locale.setlocale(locale.LC_ALL, before)
    assert "xx_NOWHERE.UTF-8 is not installed" in note
    assert os.environ["LC_ALL"] == "C.UTF-8"


def test_with_no_voice_for_the_language_the_voice_goes_on_in_english_else_in_what_the_engine_has() -> None:
    assert voices_for(ESPEAK, QLocale("fr_FR")) == []  # type: ignore[arg-type]
    assert instead_of(ESPEAK, QLocale("fr_FR")).name() == "en_US"  # type: ignore[arg-type]
    british = Engine({"en_GB": ["English (Great Britain)"], "de_DE": ["German"]})
    assert instead_of(british, QLocale("fr_FR")).name() == "en_GB"  # type: ignore[arg-type]
    only_german = Engine({"de_DE": ["German"]})
    only_german.setLocale(QLocale("de_DE"))
    assert instead_of(only_german, QLocale("fr_FR")).name() == "de_DE"  # type: ignore[arg-type]
