"""The voice through the real speech worker: Qt's test engine speaks, a missing engine says why, a
hung engine is given up without ever blocking, and voices follow the app's language."""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from app import i18n
from app.qt.audio.speech_output import QtSpeechOutput, app_locale
from app.session import FakeClock
from tests.qt import audio_fakes

WAIT_MS = 15_000


def test_an_engine_that_is_not_installed_leaves_the_voice_silent_with_a_reason(qtbot: QtBot) -> None:
    speech = QtSpeechOutput("no-such-engine")
    speech.say("Hold.")
    qtbot.waitUntil(lambda: bool(speech.reason), timeout=WAIT_MS)
    assert speech.reason == "The voice is off: the speech engine 'no-such-engine' is not installed."
    qtbot.waitUntil(lambda: not speech.busy, timeout=WAIT_MS)  # the queued line was settled, not left hanging
    assert not speech.speaking
    assert speech.voices() == []
    speech.close()


def test_the_voice_speaks_through_a_qt_engine_and_stops_at_once(qtbot: QtBot) -> None:
    speech = QtSpeechOutput("mock")  # Qt's test engine: a real QTextToSpeech that makes no sound
    speech.prepare()
    qtbot.waitUntil(lambda: speech.worker.ready, timeout=WAIT_MS)
    assert speech.reason == ""
    assert speech.voices(all_languages=True)
    speech.configure("", -0.5, 40)
    speech.say("Hold. Breathe slowly.")
    assert speech.speaking  # from the moment it is handed over
    qtbot.waitUntil(lambda: speech._speaking, timeout=WAIT_MS)
    speech.stop()
    qtbot.waitUntil(lambda: not speech.busy, timeout=WAIT_MS)
    assert not speech.worker.trouble
    speech.close()


def test_a_hung_engine_never_blocks_and_is_given_up_once(qtbot: QtBot) -> None:
    clock = FakeClock()
    speech = QtSpeechOutput(command=audio_fakes.HANGS_ON_FIRST_COMMAND, clock=clock)
    troubles: list[str] = []
    speech.on_trouble(troubles.append)
    speech.prepare()
    for _ in range(2):  # the first stall gets a fresh worker; the second, soon after, is final
        qtbot.waitUntil(lambda: speech.worker.ready, timeout=WAIT_MS)
        began = time.monotonic()
        for _ in range(20):
            speech.say("Hold. Breathe slowly.")  # each one only queued on a pipe nobody reads
        assert time.monotonic() - began < 0.5
        clock.advance(2.5)
        speech.worker.check()
    assert len(troubles) == 1 and "stopped responding" in troubles[0]
    assert not speech.speaking and not speech.busy
    speech.close()


def test_the_voice_speaks_supples_language_not_the_process_locale() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_FR"))  # the process's locale is not what the voice follows
        assert app_locale().name() == "en_US"  # no words installed: English
        assert app_locale("de").name() == "de_DE"
        assert app_locale("es").name() == "es_ES"
        assert app_locale("en-XA").name() == "en_US"  # the pseudo-locale is English underneath
        i18n.install(lambda context, source, disambiguation, n: source, language="de")
        assert app_locale().name() == "de_DE"
        assert QtSpeechOutput(command=["true"]).language == "de"
    finally:
        i18n.install(None)
        QLocale.setDefault(previous)


def test_with_no_voice_for_the_language_the_person_is_told_which_one_speaks() -> None:
    speech = QtSpeechOutput(command=["true"], language="de")
    speech._take({"ev": "ready", "voices": ["English (America)"], "missing": "de", "speaks": "en-US",
                  "speaks_name": "English"})
    assert speech.language_note == "No German voice is installed, so the voice speaks English."
    assert speech.voices() == ["English (America)"]  # the list shows the voices that will speak
    speech._take({"ev": "ready", "voices": ["German"], "missing": "", "speaks": "de"})
    assert speech.language_note == ""
    speech.close()
