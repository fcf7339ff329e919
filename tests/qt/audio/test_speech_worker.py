"""The speech worker's own choices: a voice in the app's language, and a locale speech-dispatcher
can start under."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale

from app.qt.audio.speech_worker import pick_voice, usable_locale, voices_for


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
