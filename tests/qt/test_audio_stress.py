"""A thousand cues at five a second through the real outputs, on a private PulseAudio null sink.

This is what froze Supple for good before the outputs moved into worker processes: Qt's
QSoundEffect flooded the GUI thread with "QSocketNotifier: Invalid socket" at full CPU. Here the
GUI thread must answer a 10 ms timer throughout, neither worker may be given up, and none may
flood its error output. It takes real time (200 s) because a sound server plays in real time.
The benchmark variant reports the event loop's latency (p50/p99/max) beside a loop with no audio.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from app.audio.sounds import Sound, sounds_dir
from app.paths import default_paths
from app.qt.audio.sound_output import QtSoundOutput
from app.qt.audio.speech_output import QtSpeechOutput
from tests.qt.sound_server import null_sink

CUES = 1000
PER_SECOND = 5
HEARTBEAT_MS = 10
LINES = ["Hold. Breathe slowly.", "Halfway.", "Switch to the right leg.", "Inhale.", "Exhale.", "Last few seconds."]


@dataclass
class Stress:
    sound: QtSoundOutput | None
    speech: QtSpeechOutput | None
    sent: int = 0
    beats: list[float] = field(default_factory=list)  # when the heartbeat timer fired
    troubles: list[str] = field(default_factory=list)

    def latencies_ms(self) -> list[float]:
        return sorted(max(0.0, (b - a) * 1000 - HEARTBEAT_MS) for a, b in zip(self.beats, self.beats[1:], strict=False))


@pytest.fixture
def sound_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with null_sink(tmp_path / "runtime") as env:
        for name in ("XDG_RUNTIME_DIR", "PULSE_SERVER", "LC_ALL"):
            monkeypatch.setenv(name, env[name])  # the workers inherit it
        yield


def run(qtbot: QtBot, cues: int, with_audio: bool) -> Stress:
    sound = QtSoundOutput(sounds_dir(default_paths().assets)) if with_audio else None
    speech = QtSpeechOutput() if with_audio else None
    stress = Stress(sound, speech)
    for output in (sound, speech):
        if output is not None:
            output.on_trouble(stress.troubles.append)
            output.prepare()
    if sound is not None and speech is not None:
        qtbot.waitUntil(lambda: sound.worker.ready and speech.worker.ready, timeout=20_000)
        assert sound.reason == "", sound.reason  # the private sound server is there
    sounds = list(Sound)

    def cue() -> None:
        if sound is not None and speech is not None:
            sound.play(sounds[stress.sent % len(sounds)])
            speech.say(LINES[stress.sent % len(LINES)])  # each one cuts the line before it
        stress.sent += 1

    heartbeat, cues_timer = QTimer(), QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: stress.beats.append(time.monotonic()))
    cues_timer.timeout.connect(cue)
    heartbeat.start(HEARTBEAT_MS)
    cues_timer.start(1000 // PER_SECOND)
    try:
        qtbot.waitUntil(lambda: stress.sent >= cues, timeout=int(cues / PER_SECOND * 1000 * 1.5) + 10_000)
        cues_timer.stop()
        if sound is not None and speech is not None:
            qtbot.waitUntil(lambda: not sound.busy and not speech.busy, timeout=10_000)
    finally:
        heartbeat.stop()
        cues_timer.stop()
        for output in (sound, speech):
            if output is not None:
                output.close()
    return stress


def test_a_thousand_cues_at_five_a_second_never_freeze_the_window(qtbot: QtBot, sound_server: None) -> None:
    stress = run(qtbot, CUES, with_audio=True)
    assert stress.sound is not None and stress.speech is not None
    said = {output.worker.name: output.worker.errors()[-800:] for output in (stress.sound, stress.speech)}
    assert stress.troubles == [], said
    assert stress.speech.reason == "" or stress.speech.reason.startswith("The voice is off: no text-to-speech")
    for output in (stress.sound, stress.speech):
        assert len(output.worker.errors()) < 4096, said  # a few start-up lines, never a flood
    worst = max(stress.latencies_ms())
    assert worst < 1000, f"the GUI thread did not answer its timer for {worst:.0f} ms"
    assert "PySide6.QtMultimedia" not in sys.modules  # the window's process never loads it


def _figures(name: str, latencies: list[float]) -> str:
    p99 = latencies[int(len(latencies) * 0.99)]
    return f"{name}: p50 {statistics.median(latencies):.2f} ms, p99 {p99:.2f} ms, max {max(latencies):.2f} ms"


@pytest.mark.bench
def test_event_loop_latency_during_the_stress(qtbot: QtBot, sound_server: None) -> None:
    bare = run(qtbot, CUES, with_audio=False)
    stressed = run(qtbot, CUES, with_audio=True)
    print()
    print(_figures("no audio", bare.latencies_ms()))
    print(_figures(f"{CUES} cues at {PER_SECOND}/s, chimes and voice", stressed.latencies_ms()))
    assert stressed.troubles == []
