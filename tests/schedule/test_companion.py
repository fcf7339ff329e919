"""The companion between its looks: the count goes down without asking the platform, the next look
is planned from what the last one found, and an answer plans it again."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.schedule.companion import Companion
from app.schedule.policy import MINUTE, Policy
from app.session import FakeClock

POLICY = Policy(every=15 * MINUTE, idle_reset=5 * MINUTE, prompt_lifetime=2 * MINUTE)
START = datetime(2026, 11, 30, 9, 0)


class Idle:
    name = "fake idle"

    def __init__(self) -> None:
        self.seconds = 0.0
        self.asked = 0

    def idle_seconds(self) -> float:
        self.asked += 1
        return self.seconds


def made() -> tuple[Companion, FakeClock, Idle]:
    clock, idle = FakeClock(), Idle()
    companion = Companion(POLICY, clock, lambda: START + timedelta(seconds=clock() - 1000.0), idle)
    companion.look()
    return companion, clock, idle


def test_at_work_the_count_goes_down_between_looks_without_asking() -> None:
    companion, clock, idle = made()
    assert companion.look_in() == 5 * MINUTE
    clock.advance(2 * MINUTE)
    assert companion.seconds_to_next() == 13 * MINUTE
    assert idle.asked == 1  # only the look asked
    change = companion.line_changes_in()
    assert change is not None and change < MINUTE


def test_away_the_count_stands_still_and_the_next_look_waits_the_reset() -> None:
    companion, clock, idle = made()
    clock.advance(5 * MINUTE)
    idle.seconds = 5 * MINUTE
    companion.look()  # a break
    clock.advance(3 * MINUTE)
    assert companion.seconds_to_next() == 15 * MINUTE
    assert companion.line_changes_in() is None
    assert companion.look_in() == 2 * MINUTE


def test_a_look_long_after_it_was_planned_finds_a_suspend() -> None:
    companion, clock, _idle = made()
    clock.advance(4 * MINUTE)
    companion.look()
    assert companion.state.worked == 4 * MINUTE
    clock.advance(5 * MINUTE + 2 * 3600)  # the lid closed for two hours after the planned wait
    companion.look()
    assert companion.state.worked == 0


def test_an_answer_plans_the_next_look_again() -> None:
    companion, clock, _idle = made()
    for _ in range(3):
        clock.advance(companion.look_in())  # as planned
        companion.look()
    assert companion.prompt is not None and companion.look_in() == 2 * MINUTE
    companion.snooze(3)
    assert companion.look_in() == 3 * MINUTE
