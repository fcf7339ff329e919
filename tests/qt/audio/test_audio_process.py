"""The audio watchdog against real child processes that misbehave: it gives up on each, once, kills
it, and never blocks; a healthy worker is left alone. Time for the watchdog is a fake clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.qt.audio.audio_process import ANSWER_SECONDS, CUE_SECONDS, START_SECONDS, AudioProcess
from app.session import FakeClock
from tests.qt import audio_fakes

WAIT_MS = 10_000  # for a real child process to start and talk; never reached when all is well


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def made(qtbot: QtBot) -> Iterator[list[AudioProcess]]:
    processes: list[AudioProcess] = []
    yield processes
    for process in processes:
        process.shutdown()


def start(made: list[AudioProcess], command: list[str], clock: FakeClock) -> AudioProcess:
    process = AudioProcess("test", command, clock, recover=False)
    made.append(process)
    process.start()
    return process


def test_a_worker_that_never_starts_is_given_up_after_the_start_allowance(
    qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]
) -> None:
    process = start(made, audio_fakes.SILENT, clock)
    process.send({"op": "say", "id": 1, "text": "Hold."}, cue=True)
    clock.advance(START_SECONDS - 0.5)
    process.check()
    assert not process.trouble
    clock.advance(1)
    with qtbot.waitSignal(process.failed, timeout=100) as failed:
        process.check()
    assert "did not start" in failed.args[0]
    assert not process.running
    process.send({"op": "say", "id": 2, "text": "Hold."}, cue=True)  # ignored, and no new process
    assert not process.running


def test_a_worker_blocked_in_a_command_is_given_up(qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]) -> None:
    process = start(made, audio_fakes.HANGS_ON_FIRST_COMMAND, clock)
    qtbot.waitUntil(lambda: process.ready, timeout=WAIT_MS)
    process.send({"op": "stop"})
    clock.advance(ANSWER_SECONDS + 0.1)
    with qtbot.waitSignal(process.failed, timeout=100) as failed:
        process.check()
    assert "stopped answering" in failed.args[0]


def test_a_cue_that_does_not_begin_in_time_gives_the_engine_up(
    qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]
) -> None:
    process = start(made, audio_fakes.NEVER_BEGINS, clock)
    qtbot.waitUntil(lambda: process.ready, timeout=WAIT_MS)
    process.send({"op": "say", "id": 1, "text": "Hold."}, cue=True)
    qtbot.waitUntil(lambda: not process._unanswered, timeout=WAIT_MS)  # it did answer
    clock.advance(CUE_SECONDS - 0.5)
    process.check()
    assert not process.trouble
    clock.advance(1)
    with qtbot.waitSignal(process.failed, timeout=100) as failed:
        process.check()
    assert "did not begin" in failed.args[0]


def test_a_healthy_worker_is_left_alone_and_its_watch_stops(
    qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]
) -> None:
    process = start(made, audio_fakes.HEALTHY, clock)
    with qtbot.assertNotEmitted(process.failed):
        for ident in range(1, 6):
            process.send({"op": "play", "id": ident, "sound": "hold"}, cue=True)
        qtbot.waitUntil(lambda: not process.outstanding, timeout=WAIT_MS)
        clock.advance(60)
        process.check()
    assert process.running and not process.trouble
    assert not process._watch.isActive()  # no wake-ups while nothing is outstanding


def test_a_flood_of_error_output_gives_the_worker_up(qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]) -> None:
    process = start(made, audio_fakes.FLOODS, clock)
    with qtbot.waitSignal(process.failed, timeout=WAIT_MS) as failed:
        pass
    assert "flooded" in failed.args[0]
    assert "QSocketNotifier" in process.errors()
    assert not process.running


def test_a_worker_that_dies_is_reported_and_can_be_started_again(
    qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]
) -> None:
    process = start(made, audio_fakes.CRASHES, clock)
    with qtbot.waitSignal(process.failed, timeout=WAIT_MS) as failed:
        pass
    assert "exit code 3" in failed.args[0]
    process.command = audio_fakes.HEALTHY
    process.restart()
    qtbot.waitUntil(lambda: process.ready, timeout=WAIT_MS)
    assert not process.trouble


def test_a_program_that_cannot_be_run_is_reported(qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]) -> None:
    process = AudioProcess("test", ["/nonexistent/supple-worker"], clock, recover=False)
    made.append(process)
    with qtbot.waitSignal(process.failed, timeout=WAIT_MS) as failed:
        process.start()
    assert "could not be started" in failed.args[0]


def test_a_first_stall_gets_a_fresh_worker_and_a_second_one_soon_after_is_final(
    qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]
) -> None:
    process = AudioProcess("test", audio_fakes.NEVER_BEGINS, clock)  # recovers, as in the app
    made.append(process)

    def stall() -> None:
        qtbot.waitUntil(lambda: process.ready, timeout=WAIT_MS)
        process.send({"op": "say", "id": 1, "text": "Inhale."}, cue=True)
        clock.advance(CUE_SECONDS + 0.5)
        process.check()

    process.start()
    with qtbot.waitSignal(process.restarted, timeout=100), qtbot.assertNotEmitted(process.failed):
        stall()  # one lost line: the voice goes on with a new worker
    assert process.running and not process.trouble and not process.outstanding
    with qtbot.waitSignal(process.failed, timeout=100):
        stall()  # lost again within a minute: given up
    process.restart()  # the person's "Try again" starts over, with a fresh start in hand again
    with qtbot.waitSignal(process.restarted, timeout=100):
        stall()


def test_what_is_sent_before_the_worker_is_ready_comes_after_its_settings(
    qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]
) -> None:
    process = AudioProcess("test", audio_fakes.ECHO, clock, recover=False)
    made.append(process)
    got: list[str] = []

    def take(message: dict[str, object]) -> None:
        if message.get("ev") == "ready":
            process.send({"op": "configure"})  # as the speech output does: voice and volume first
        elif message.get("ev") == "got":
            got.append(str(message["op"]))

    process.received.connect(take)
    process.send({"op": "say", "id": 1, "text": "Knee to chest, left leg."}, cue=True)  # not ready yet
    qtbot.waitUntil(lambda: len(got) == 2, timeout=WAIT_MS)
    assert got == ["configure", "say"]


def test_a_cue_held_too_long_while_the_worker_started_is_settled_not_played(
    qtbot: QtBot, clock: FakeClock, made: list[AudioProcess]
) -> None:
    process = AudioProcess("test", audio_fakes.ECHO, clock, recover=False)
    made.append(process)
    events: list[dict[str, object]] = []
    process.received.connect(events.append)
    process.send({"op": "play", "id": 7, "sound": "halfway"}, cue=True)
    clock.advance(5)  # the worker took its time to start
    qtbot.waitUntil(lambda: process.ready, timeout=WAIT_MS)
    assert {"ev": "done", "id": 7} in events
    process.send({"op": "stop"})
    qtbot.waitUntil(lambda: any(e.get("ev") == "got" for e in events), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not process.outstanding, timeout=WAIT_MS)
    assert [e["op"] for e in events if e.get("ev") == "got"] == ["stop"]
