"""The history recorder keeps a session hold by hold as the controller plays it, and a failed write
turns history off with one message while the stretch goes on."""

from __future__ import annotations

import gc
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.history import DisabledHistory, HistoryStore
from app.qt.adapters.history_recorder import HistoryRecorder
from app.qt.adapters.session_controller import SessionController
from app.session import FakeClock, HoldOutcome, State, Timing, build_plan
from tests.helpers import builtin_catalogue

NOW = datetime(2025, 3, 14, 18, 30).astimezone()
TIMING = Timing(prepare_seconds=8, switch_seconds=5, transition_seconds=6, release_seconds=10)


@dataclass
class Rig:
    controller: SessionController
    clock: FakeClock
    path: Path

    def load(self, routine: str = "lower-back-relief", timing: Timing = TIMING) -> None:
        catalogue = builtin_catalogue()
        self.controller.load(build_plan(catalogue.routine(routine), catalogue, timing))

    def advance(self, seconds: float, step: float = 0.5) -> None:
        """Let time pass on the fake clock, polling as the controller's timer would."""
        for _ in range(round(seconds / step)):
            self.clock.advance(step)
            self.controller.poll()

    def run_to_the_end(self) -> None:
        for _ in range(10_000):
            if self.controller.state.finished:
                return
            self.advance(1.0)
        pytest.fail("the session never ended")

    def stored(self, sql: str) -> list[tuple[object, ...]]:
        """What another reader of the file sees: only committed writes."""
        connection = sqlite3.connect(self.path)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", timeout=0, now=lambda: NOW)
    assert isinstance(opened, HistoryStore), opened
    yield opened
    opened.close()


@pytest.fixture
def rig(qtbot: QtBot, store: HistoryStore) -> Iterator[Rig]:
    clock = FakeClock()
    controller = SessionController(clock)
    yield Rig(controller, clock, store.path)
    controller.stop()


def test_each_hold_is_kept_as_it_ends_and_the_end_is_announced(qtbot: QtBot, rig: Rig, store: HistoryStore) -> None:
    recorder = HistoryRecorder(rig.controller, store)
    rig.load()
    rig.controller.start()
    assert rig.stored("SELECT outcome FROM sessions") == [("in-progress",)]
    rig.advance(8 + 30 + 1)
    assert rig.stored("SELECT stretch_id, side, outcome FROM holds") == [("knee-to-chest", "left", "completed")]
    rig.advance(5 + 10)
    rig.controller.skip()
    assert rig.stored("SELECT outcome FROM holds") == [("completed",), ("skipped",)]
    with qtbot.waitSignal(recorder.recorded):
        rig.run_to_the_end()
    assert rig.controller.session is not None
    result = rig.controller.session.result
    assert result is not None and result.state is State.COMPLETE
    assert rig.stored("SELECT outcome FROM sessions") == [("complete",)]
    assert [row[0] for row in rig.stored("SELECT outcome FROM holds")] == [h.outcome.value for h in result.holds]
    assert recorder.recording


def test_pain_is_kept_at_once(rig: Rig, store: HistoryStore) -> None:
    HistoryRecorder(rig.controller, store)
    rig.load()
    rig.controller.start()
    rig.advance(8 + 12)
    rig.controller.pain()
    assert rig.stored("SELECT stretch_id, phase FROM pains") == [("knee-to-chest", "hold")]
    assert rig.stored("SELECT outcome FROM holds") == [(HoldOutcome.PAIN.value,)]


def test_a_failed_write_is_reported_once_and_the_session_goes_on(
    qtbot: QtBot, rig: Rig, store: HistoryStore, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = HistoryRecorder(rig.controller, store)
    problems: list[str] = []
    recorded: list[bool] = []
    recorder.problem.connect(problems.append)
    recorder.recorded.connect(lambda: recorded.append(True))
    store._connection.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON holds BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    rig.load()
    rig.controller.start()
    with caplog.at_level(logging.WARNING, logger="app.qt.adapters.history_recorder"):
        rig.run_to_the_end()
    assert rig.controller.state is State.COMPLETE  # the stretch was never interrupted
    assert len(problems) == 1
    assert "disk full" in problems[0] and "without history" in problems[0]
    assert "disk full" in caplog.text
    assert (recorder.recording, recorded) == (False, [])
    rig.load()  # the next session is not written at all
    rig.controller.start()
    rig.run_to_the_end()
    assert len(problems) == 1
    assert rig.stored("SELECT outcome FROM sessions") == [("in-progress",)]  # the next open calls it interrupted


def test_without_a_history_nothing_is_written_or_said(qtbot: QtBot, rig: Rig, tmp_path: Path) -> None:
    recorder = HistoryRecorder(rig.controller, DisabledHistory(tmp_path / "history.sqlite3", "is damaged"))
    with qtbot.assertNotEmitted(recorder.problem), qtbot.assertNotEmitted(recorder.recorded):
        rig.load()
        rig.controller.start()
        rig.run_to_the_end()
    assert not recorder.recording


def test_a_demo_is_not_kept(qtbot: QtBot, rig: Rig, store: HistoryStore) -> None:
    recorder = HistoryRecorder(rig.controller, store)
    with qtbot.assertNotEmitted(recorder.recorded):
        rig.load("desk-break", Timing(speed=10))
        rig.controller.start()
        rig.run_to_the_end()
    assert store.session_count() == 0


def test_the_controller_keeps_an_unreferenced_recorder_alive(qtbot: QtBot, rig: Rig, store: HistoryStore) -> None:
    HistoryRecorder(rig.controller, store)  # as application.py may: no reference kept
    gc.collect()
    rig.load("desk-break")
    rig.controller.start()
    rig.run_to_the_end()
    assert rig.stored("SELECT outcome FROM sessions") == [("complete",)]


def test_what_became_of_a_reminder_is_kept(qtbot: QtBot, rig: Rig, store: HistoryStore) -> None:
    recorder = HistoryRecorder(rig.controller, store)
    with qtbot.waitSignal(recorder.recorded):
        recorder.keep_reminder("snoozed")
    assert store.reminders_per_day() == {NOW.date(): {"snoozed": 1}}


def test_held_writes_are_kept_at_release_with_the_wall_time_they_happened(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    """A start holds the writes until its window is up: the session begun meanwhile still starts
    when it began, not when it was written."""
    wall = [NOW]
    opened = HistoryStore.open(tmp_path / "held.sqlite3", timeout=0, now=lambda: wall[0])
    assert isinstance(opened, HistoryStore)
    steady = FakeClock()
    recorder = HistoryRecorder(rig.controller, lambda: opened, elapsed=steady)
    recorder.hold()
    rig.load()
    rig.controller.start()
    assert opened.sessions() == []  # nothing written while held
    steady.advance(4)
    wall[0] = NOW + timedelta(seconds=4)
    recorder.release()
    (_, row), = opened.sessions()
    assert row.started_at == NOW
    opened.close()
