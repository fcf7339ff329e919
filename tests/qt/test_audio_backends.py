"""The real QtMultimedia and QtTextToSpeech outputs: silent with a reason when something is missing.

Nothing here waits for real playback; `python -m app.qt.sound_check` does that by hand (README).
Qt's multimedia and speech plug-ins log their probing of optional system libraries, which is
expected on a test machine, so those messages are ignored here and only here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from app.audio.sounds import Sound, file_name, sounds_dir
from app.paths import default_paths
from app.qt.sound_output import QtSoundOutput
from app.qt.speech_output import QtSpeechOutput

PROBING = pytest.mark.qt_log_ignore(
    "Couldn't (load|resolve)", "PulseAudioService", "text-to-speech plug-in", "pa_context"
)


def test_missing_sound_files_leave_the_chimes_silent_with_a_reason(qapp: QApplication, tmp_path: Path) -> None:
    output = QtSoundOutput(tmp_path)
    assert output.reason.startswith("Chimes are off: sound files are missing")
    assert "hold.wav" in output.reason
    output.play(Sound.HOLD)  # nothing to play, and no error
    output.stop()


@PROBING
def test_the_shipped_chimes_load_or_the_reason_says_why_not(qapp: QApplication) -> None:
    folder = sounds_dir(default_paths().assets)
    output = QtSoundOutput(folder)
    if output.reason:  # no audio device on this machine
        assert output.reason.startswith("Chimes are off:")
        assert output.effect(Sound.HOLD) is None
        return
    for sound in Sound:
        effect = output.effect(sound)
        assert effect is not None
        assert effect.source() == QUrl.fromLocalFile(str(folder / file_name(sound)))
    output.set_volume(50)
    assert output.effect(Sound.HOLD).volume() == pytest.approx(0.25)  # type: ignore[union-attr]


@PROBING
def test_an_engine_that_cannot_start_leaves_the_voice_silent_with_a_reason(qapp: QApplication) -> None:
    speech = QtSpeechOutput("no-such-engine")
    assert speech.reason.startswith("The voice is off:")
    speech.say("Hold.")
    assert not speech.speaking
    assert speech.voices() == []


def test_the_voice_speaks_through_a_qt_engine_and_stops_at_once(qapp: QApplication) -> None:
    speech = QtSpeechOutput("mock")  # Qt's test engine: real QTextToSpeech, no audio
    assert speech.reason == ""
    voices = speech.voices()
    assert voices
    speech.configure(voices[-1], -0.5, 40)
    speech.say("Hold. Breathe slowly.")
    assert speech.speaking
    speech.stop()
    assert not speech.speaking
