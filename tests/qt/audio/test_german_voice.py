"""A short routine spoken in German, for real: speech-dispatcher with espeak-ng's German voice on a
private PulseAudio null sink, whose monitor is recorded.

The German words come from a small test backend installed in app.i18n (the shape Qt's translator
has), so the test checks the whole way a translated line goes: the seam gives the German lines, the
speech output asks its worker for the language whose words are installed, the worker picks a
German voice and reports it, and sound reaches the sink. Skipped, saying why, where the stack is
missing (.ci/run installs it). Every wait is bounded.
"""

from __future__ import annotations

import array
import math
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import i18n
from app.audio.announce import spoken_line
from app.audio.wire import Message
from app.catalogue import Catalogue
from app.qt.audio.speech_output import QtSpeechOutput
from app.session import Cue, CueEvent, PhaseKind, PlannedPhase, Timing, build_plan
from tests.helpers import builtin_catalogue
from tests.qt.sound_server import null_sink

NEEDED = ("speech-dispatcher", "espeak-ng", "pulseaudio", "pactl", "parec")
pytestmark = pytest.mark.skipif(
    any(shutil.which(program) is None for program in NEEDED),
    reason="needs speech-dispatcher, espeak-ng and PulseAudio's pulseaudio, pactl and parec (.ci/run installs them)",
)

WAIT_MS = 20_000
RATE = 16_000  # what the monitor is recorded at: mono, 16-bit
WINDOW = RATE // 10  # 100 ms
LOUD = 300  # RMS of a 100 ms window that is speech, not the null sink's silence (0)

# The German translation of the lines this routine speaks, formal as German health texts are.
GERMAN = {
    ("Announce", "Hold. Breathe slowly."): "Halten Sie die Dehnung. Atmen Sie langsam.",
    ("Announce", "Halfway."): "Die Hälfte ist geschafft.",
    ("Announce", "Last few seconds."): "Noch wenige Sekunden.",
    ("Announce", "Flow with your breath. %1"): "Bewegen Sie sich mit Ihrem Atem. %1",
    ("Announce", "Inhale."): "Einatmen.",
    ("Announce", "Exhale."): "Ausatmen.",
    ("Announce", "Routine complete. Well done."): "Die Übung ist beendet. Gut gemacht.",
}
SPOKEN = [
    "Halten Sie die Dehnung. Atmen Sie langsam.", "Die Hälfte ist geschafft.", "Noch wenige Sekunden.",
    "Bewegen Sie sich mit Ihrem Atem. Einatmen.", "Ausatmen.", "Die Übung ist beendet. Gut gemacht.",
]


def german(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return GERMAN.get((context, source), source)


@pytest.fixture
def in_german() -> Iterator[None]:
    i18n.install(german, language="de")
    yield
    i18n.install(None)


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A null sink the speech worker plays into, and the file its monitor is recorded in."""
    with null_sink(tmp_path / "runtime") as env:
        for name in ("XDG_RUNTIME_DIR", "PULSE_SERVER", "LC_ALL"):
            monkeypatch.setenv(name, env[name])  # the worker (and the speech-dispatcher it starts) inherit it
        path = tmp_path / "monitor.raw"
        with path.open("wb") as out:
            command = ["parec", "-d", "supple_test.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1"]
            recorder = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.DEVNULL)
            try:
                yield path
            finally:
                recorder.terminate()
                recorder.wait(timeout=10)


def routine_cues(catalogue: Catalogue) -> list[tuple[CueEvent, bool]]:
    """A short routine's spoken cues, each with whether it opens its phase: a hold with its
    halfway and last seconds, a flow's first breaths, the end."""
    plan = build_plan(catalogue.routine("lower-back-relief"), catalogue, Timing(warm_up=False))

    def first(kind: PhaseKind) -> PlannedPhase:
        return next(phase for phase in plan.phases if phase.kind is kind)

    hold, flow = first(PhaseKind.HOLD), first(PhaseKind.FLOW)
    return [
        (CueEvent(Cue.HOLD_START, hold, 0.0), True), (CueEvent(Cue.HALFWAY, hold, 15.0), False),
        (CueEvent(Cue.LAST_SECONDS, hold, 25.0), False), (CueEvent(Cue.INHALE, flow, 0.0), True),
        (CueEvent(Cue.EXHALE, flow, 3.0), False), (CueEvent(Cue.ROUTINE_COMPLETE, plan.phases[-1], 0.0), False),
    ]


def loud_windows(path: Path) -> int:
    samples = array.array("h")
    data = path.read_bytes()
    samples.frombytes(data[: len(data) // 2 * 2])
    windows = (samples[start:start + WINDOW] for start in range(0, len(samples), WINDOW))
    return sum(1 for window in windows if window and math.sqrt(sum(s * s for s in window) / len(window)) > LOUD)


def test_a_routine_is_spoken_in_german_by_a_german_voice(qtbot: QtBot, in_german: None, recorded: Path) -> None:
    catalogue = builtin_catalogue()
    lines = [spoken_line(event, catalogue, opening=opening) for event, opening in routine_cues(catalogue)]
    assert lines == SPOKEN  # the German lines, from the translation the seam has

    speech = QtSpeechOutput()  # asks for the language whose words are installed: German
    heard: list[Message] = []
    speech.worker.received.connect(heard.append)  # what the worker reports, beside the output's own reading
    speech.prepare()
    qtbot.waitUntil(lambda: speech.worker.ready, timeout=WAIT_MS)
    assert speech.reason == "", speech.worker.errors()[-800:]
    speech.configure("", 0.3, 100)
    qtbot.waitUntil(lambda: bool(speech.voice_locale), timeout=WAIT_MS)
    assert speech.voice_locale.split("-")[0] == "de" and "German" in speech.voice_in_use
    assert speech.language_note == ""  # a German voice is installed: nothing to tell
    assert speech.voices() and all(name.startswith("German") for name in speech.voices())

    for number, line in enumerate(lines, start=1):
        speech.say(line)
        qtbot.waitUntil(lambda n=number: sum(m.get("ev") == "started" for m in heard) >= n, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not speech.busy, timeout=WAIT_MS)
    assert not speech.worker.trouble
    speech.close()
    loud = loud_windows(recorded)
    print(f"speech recorded: {loud / 10:.1f} s above RMS {LOUD}")
    assert loud >= 10, "the sink's monitor recorded silence"  # a second or more of speech
