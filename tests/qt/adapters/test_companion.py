"""The companion adapter looks on a slow timer while no routine runs, not at all during one, and
passes the scheduler's decisions and the person's answers on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.qt.adapters.companion import CompanionController, look_interval_ms
from app.qt.adapters.session_controller import SessionController
from app.schedule.companion import Companion
from app.schedule.policy import MINUTE, Policy
from app.schedule.scheduler import Outcome
from app.session import FakeClock, Timing, build_plan
from tests.helpers import builtin_catalogue

POLICY = Policy(every=15 * MINUTE, idle_reset=5 * MINUTE, prompt_lifetime=2 * MINUTE)
TIMING = Timing(prepare_seconds=2, switch_seconds=2, transition_seconds=2, release_seconds=5)


class FakeIdle:
    name = "fake idle"

    def __init__(self) -> None:
        self.seconds: float | None = 0.0

    def idle_seconds(self) -> float | None:
        return self.seconds


class Rig:
    def __init__(self) -> None:
        self.clock = FakeClock()
        self.start = datetime(2026, 11, 30, 9, 0)
        self.idle = FakeIdle()
        self.session = SessionController(self.clock)
        wall = lambda: self.start + timedelta(seconds=self.clock() - 1000.0)  # noqa: E731
        self.companion = Companion(POLICY, self.clock, wall, self.idle)
        self.adapter = CompanionController(self.companion, self.session)
        self.outcomes: list[Outcome] = []
        self.adapter.outcome.connect(self.outcomes.append)
        self.adapter.look()  # the first look starts the count

    def work(self, seconds: float) -> None:
        for _ in range(round(seconds / 30)):
            self.clock.advance(30)
            self.adapter.look()


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    made = Rig()
    yield made
    made.session.stop()


def test_it_looks_no_more_often_than_every_30_seconds_but_for_a_demo() -> None:
    assert look_interval_ms(1.0) == 30_000
    assert look_interval_ms(300.0) == 100
    assert look_interval_ms(1000.0) == 100


def test_a_reminder_is_announced_and_its_answer_kept(qtbot: QtBot, rig: Rig) -> None:
    assert rig.adapter.looking
    with qtbot.waitSignal(rig.adapter.reminderDue):
        rig.work(15 * MINUTE)
    rig.adapter.snooze(10)
    assert rig.outcomes == [Outcome.SHOWN, Outcome.SNOOZED]
    assert rig.companion.seconds_to_next() == 10 * MINUTE


def test_an_unanswered_reminder_is_missed(qtbot: QtBot, rig: Rig) -> None:
    rig.work(15 * MINUTE)
    with qtbot.waitSignal(rig.adapter.reminderMissed):
        rig.work(2 * MINUTE)
    assert rig.outcomes == [Outcome.SHOWN, Outcome.MISSED]


def test_during_a_routine_it_does_not_look_and_a_finished_one_is_a_break(qtbot: QtBot, rig: Rig) -> None:
    rig.work(15 * MINUTE)
    catalogue = builtin_catalogue()
    rig.session.load(build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING))
    rig.session.start()
    assert not rig.adapter.looking
    assert rig.outcomes == [Outcome.SHOWN, Outcome.TAKEN]
    for _ in range(2000):
        if rig.session.state.finished:
            break
        rig.clock.advance(0.5)
        rig.session.poll()
    assert rig.session.state.finished and rig.adapter.looking
    assert rig.companion.state.worked == 0 and rig.companion.prompt is None


def test_turned_off_it_does_not_look(qtbot: QtBot, rig: Rig) -> None:
    rig.adapter.set_enabled(False)
    assert not rig.adapter.looking
    rig.adapter.set_enabled(True)
    assert rig.adapter.looking


def test_it_wakes_when_the_companion_next_needs_to_look(rig: Rig) -> None:
    assert rig.adapter._timer.remainingTime() > 4 * 60_000  # working: a break is five minutes off
    rig.idle.seconds = 9 * MINUTE
    rig.clock.advance(5 * MINUTE)
    rig.adapter.look()  # away: a break
    assert rig.adapter._timer.remainingTime() > 4 * 60_000  # back within the reset at the latest


def test_with_a_tray_showing_the_line_it_also_wakes_for_the_lines_minutes(qtbot: QtBot, rig: Rig) -> None:
    rig.adapter.show_line(True)
    # 15 min becomes 14 at 14 min 30 s; the interval asked for, as a very coarse timer's remaining
    # time is rounded to whole seconds (31,008 ms was seen)
    assert rig.adapter._timer.interval() <= 31_000
    asked: list[float] = []
    rig.idle.idle_seconds = lambda: asked.append(1.0) or 0.0  # type: ignore[method-assign]
    rig.clock.advance(31)
    with qtbot.waitSignal(rig.adapter.changed):
        rig.adapter._wake()  # the line's minute, not yet a look
    assert asked == []
    assert rig.companion.seconds_to_next() == 15 * MINUTE - 31
