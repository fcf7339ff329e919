"""The worker's own choices: a voice in the app's language, a locale speech-dispatcher can start
under, and chime files read only in the format they were written in."""

from __future__ import annotations

import locale
import os
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.qt.audio_worker import pick_voice, read_wav, usable_locale, voices_for


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


def test_a_chime_in_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hold.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(b"\0\0\0\0" * 10)
    with pytest.raises(ValueError, match="not 16-bit mono"):
        read_wav(path)
