"""The chimes through the real sound worker: silent with a reason when something is missing, and a
failure reported once, with a way back."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.audio.sounds import Sound, sounds_dir
from app.paths import default_paths
from app.qt.audio.sound_output import QtSoundOutput
from app.session import FakeClock
from tests.qt import audio_fakes

WAIT_MS = 15_000


def test_missing_sound_files_leave_the_chimes_silent_with_a_reason(qtbot: QtBot, tmp_path: Path) -> None:
    output = QtSoundOutput(tmp_path)
    changed: list[bool] = []
    output.on_change(lambda: changed.append(True))
    output.play(Sound.HOLD)  # before the worker has said anything: it is queued, never lost or stuck
    qtbot.waitUntil(lambda: bool(output.reason), timeout=WAIT_MS)
    assert output.reason.startswith("Chimes are off: sound files are missing")
    assert "hold.wav" in output.reason
    qtbot.waitUntil(lambda: not output.busy, timeout=WAIT_MS)
    assert changed
    output.close()


def test_the_shipped_chimes_play_or_the_reason_says_why_not(qtbot: QtBot) -> None:
    output = QtSoundOutput(sounds_dir(default_paths().assets))
    output.prepare()
    qtbot.waitUntil(lambda: output.worker.ready, timeout=WAIT_MS)
    if output.reason:  # no sound server on this machine
        assert output.reason.startswith("Chimes are off:")
    else:
        output.set_volume(50)
        output.play(Sound.HALFWAY)
        assert output.busy
        qtbot.waitUntil(lambda: not output.busy, timeout=WAIT_MS)
        assert not output.worker.trouble
    output.close()
    assert not output.worker.running


def test_a_stuck_sound_worker_is_reported_once_and_can_be_retried(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    output = QtSoundOutput(tmp_path, command=audio_fakes.NEVER_BEGINS, clock=clock)
    troubles: list[str] = []
    output.on_trouble(troubles.append)
    output.prepare()
    for _ in range(2):  # the first stall gets a fresh worker; the second, soon after, is final
        qtbot.waitUntil(lambda: output.worker.ready, timeout=WAIT_MS)
        output.play(Sound.HOLD)
        output.play(Sound.HALFWAY)
        clock.advance(3)
        output.worker.check()
    output.worker.check()
    assert troubles == [output.reason]
    assert "stopped responding" in output.reason
    assert not output.busy  # nothing to wait for from a worker that was given up
    output.play(Sound.HOLD)  # silently dropped
    output.worker.command = audio_fakes.HEALTHY
    output.retry()
    assert output.reason == ""
    output.play(Sound.HOLD)
    qtbot.waitUntil(lambda: not output.busy, timeout=WAIT_MS)
    assert troubles == [troubles[0]]
    output.close()
