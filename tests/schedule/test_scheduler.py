"""The companion's scheduler on a fake clock with fake idle and busy readings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from app.schedule.policy import LOCKED, MINUTE, Policy, WorkingHours
from app.schedule.scheduler import (
    Look,
    Reading,
    State,
    can_snooze,
    look,
    pause_for_hour,
    pause_until_tomorrow,
    resume,
    routine_finished,
    seconds_to_next,
    skip,
    snooze,
    take,
    wait_after,
)

POLICY = Policy(every=50 * MINUTE, idle_reset=5 * MINUTE, snooze_limit=2, prompt_lifetime=2 * MINUTE)
MONDAY_NINE = datetime(2026, 11, 30, 9, 0)  # a Monday
STEP = 30.0  # the adapter looks every 30 s


@dataclass
class Desk:
    """A person at a desk: the clock, the wall time and the readings, stepped by the test."""

    policy: Policy = POLICY
    state: State = field(default_factory=State)
    now: float = 1000.0
    wall: datetime = MONDAY_NINE
    shown: int = 0
    missed: int = 0

    def work(self, seconds: float, idle: float | None = 0.0, busy: str | None = None) -> Look:
        """Look every STEP seconds for `seconds`; returns the last look."""
        result = self.tick(0.0, idle, busy)
        for _ in range(round(seconds / STEP)):
            result = self.tick(STEP, idle, busy)
        return result

    def tick(self, seconds: float, idle: float | None = 0.0, busy: str | None = None) -> Look:
        self.now += seconds
        self.wall += timedelta(seconds=seconds)
        result = look(self.state, self.policy, Reading(self.now, self.wall, idle, busy))
        self.state = result.state
        self.shown += result.shown is not None
        self.missed += result.missed
        return result


def test_a_reminder_comes_after_the_work_it_asks_for_and_not_before() -> None:
    desk = Desk()
    desk.work(49 * MINUTE)
    assert desk.shown == 0
    desk.work(MINUTE)
    assert desk.shown == 1
    assert desk.state.prompt is not None and not desk.state.prompt.short_only


def test_idle_past_the_reset_is_a_break() -> None:
    desk = Desk()
    desk.work(40 * MINUTE)
    assert desk.tick(STEP, idle=5 * MINUTE).break_taken
    desk.work(40 * MINUTE)
    assert desk.shown == 0, "the 40 minutes before the break were forgotten"


def test_short_idle_still_counts_as_work() -> None:
    desk = Desk()
    desk.work(50 * MINUTE, idle=4 * MINUTE)
    assert desk.shown == 1


def test_without_an_idle_source_plain_time_counts() -> None:
    desk = Desk()
    desk.work(50 * MINUTE, idle=None)
    assert desk.shown == 1


def test_a_suspend_is_a_break_and_never_work() -> None:
    desk = Desk()
    desk.work(45 * MINUTE)
    assert desk.tick(2 * 3600).break_taken  # the lid was closed for two hours
    assert desk.state.worked == 0
    desk.work(45 * MINUTE)
    assert desk.shown == 0


def test_a_locked_screen_is_a_break() -> None:
    desk = Desk()
    desk.work(45 * MINUTE)
    desk.tick(STEP, busy=LOCKED)
    assert desk.state.worked == 0


def test_a_finished_routine_is_a_break() -> None:
    desk = Desk()
    desk.work(45 * MINUTE)
    desk.state = routine_finished(desk.state, desk.now)
    desk.work(45 * MINUTE)
    assert desk.shown == 0


def test_a_busy_moment_makes_the_reminder_wait_and_it_comes_when_that_ends() -> None:
    desk = Desk()
    desk.work(50 * MINUTE, busy="a window is full screen")
    desk.work(20 * MINUTE, busy="do not disturb is on")
    assert desk.shown == 0
    desk.tick(STEP)
    assert desk.shown == 1


def test_snooze_delays_by_its_amount() -> None:
    desk = Desk()
    desk.work(50 * MINUTE)
    desk.state = snooze(desk.state, POLICY, desk.now, 10)
    desk.work(10 * MINUTE - STEP)
    assert desk.shown == 1
    desk.tick(STEP)
    assert desk.shown == 2


def test_past_the_snooze_limit_only_a_short_break_is_offered() -> None:
    desk = Desk()
    desk.work(50 * MINUTE)
    for _ in range(POLICY.snooze_limit):
        desk.state = snooze(desk.state, POLICY, desk.now, 5)
        desk.work(5 * MINUTE)
    assert desk.state.prompt is not None and desk.state.prompt.short_only
    assert not can_snooze(desk.state)
    assert snooze(desk.state, POLICY, desk.now, 5) == desk.state, "a snooze past the limit is refused"


def test_a_skip_waits_for_a_whole_stretch_of_work_and_clears_the_snoozes() -> None:
    desk = Desk()
    desk.work(50 * MINUTE)
    desk.state = snooze(desk.state, POLICY, desk.now, 5)
    desk.work(5 * MINUTE)
    desk.state = skip(desk.state)
    assert desk.state.snoozes_in_row == 0
    desk.work(49 * MINUTE)
    assert desk.shown == 2
    desk.work(MINUTE)
    assert desk.shown == 3


def test_an_unanswered_prompt_is_missed_once_and_the_next_comes_later() -> None:
    desk = Desk()
    desk.work(50 * MINUTE)
    desk.work(2 * MINUTE)
    assert (desk.shown, desk.missed) == (1, 1)
    assert desk.state.prompt is None
    desk.work(POLICY.missed_retry - 2 * STEP)
    assert desk.shown == 1
    desk.work(2 * STEP)
    assert desk.shown == 2


def test_going_away_from_a_prompt_misses_it() -> None:
    desk = Desk()
    desk.work(50 * MINUTE)
    assert desk.tick(STEP, idle=6 * MINUTE).missed


def test_taking_the_routine_closes_the_prompt() -> None:
    desk = Desk()
    desk.work(50 * MINUTE)
    desk.state = take(desk.state)
    assert desk.state.prompt is None


def test_a_pause_for_an_hour_holds_reminders_for_that_hour() -> None:
    desk = Desk()
    desk.state = pause_for_hour(desk.state, POLICY, desk.now)
    desk.work(60 * MINUTE - STEP)
    assert desk.shown == 0
    desk.tick(STEP)
    assert desk.shown == 1
    assert seconds_to_next(desk.state, POLICY, desk.now) is None


def test_a_pause_until_tomorrow_ends_at_midnight_and_resume_ends_it_at_once() -> None:
    desk = Desk(wall=datetime(2026, 11, 30, 23, 0))
    desk.state = pause_until_tomorrow(desk.state, desk.wall)
    desk.work(59 * MINUTE)
    assert desk.shown == 0
    desk.work(2 * MINUTE)
    assert desk.shown == 1
    desk.state = resume(pause_until_tomorrow(skip(desk.state), desk.wall))
    assert desk.state.paused_on is None


def test_outside_working_hours_nothing_counts_and_no_reminder_comes() -> None:
    hours = WorkingHours(days=frozenset(range(5)), start=time(9, 0), end=time(17, 0))
    policy = Policy(hours=hours)
    saturday = Desk(policy=policy, wall=datetime(2026, 12, 5, 10, 0))
    saturday.work(3 * 60 * MINUTE)
    assert saturday.shown == 0
    evening = Desk(policy=policy, wall=datetime(2026, 11, 30, 16, 30))
    evening.work(60 * MINUTE)
    assert evening.shown == 0, "the half hour before five is not enough, and after five does not count"


def test_seconds_to_next_counts_down_the_work_left_or_the_snooze() -> None:
    desk = Desk()
    desk.work(20 * MINUTE)
    assert seconds_to_next(desk.state, POLICY, desk.now) == 30 * MINUTE
    desk.state = snooze(desk.state, POLICY, desk.now, 5)
    desk.tick(STEP)
    assert seconds_to_next(desk.state, POLICY, desk.now) == 5 * MINUTE - STEP


def test_speed_scales_every_duration_but_not_the_working_hours() -> None:
    fast = POLICY.scaled(300)
    assert fast.every == 10.0 and fast.idle_reset == 1.0 and fast.minutes(10) == 2.0
    assert fast.hours == POLICY.hours
    assert fast.prompt_lifetime == 20.0, "a demo's prompt stays long enough to be read"
    assert fast.suspend_gap == 5.0, "a demo on a busy machine does not take a stall for a suspend"


def _wait(desk: Desk, idle: float | None = 0.0, busy: str | None = None) -> float:
    return wait_after(desk.state, desk.policy, Reading(desk.now, desk.wall, idle, busy))


def test_the_next_look_comes_when_idle_could_reach_a_break_or_a_reminder_come_due() -> None:
    desk = Desk()
    desk.work(20 * MINUTE)
    assert _wait(desk) == 5 * MINUTE  # no break can begin and end unseen before that
    assert _wait(desk, idle=4 * MINUTE) == MINUTE  # idle since four minutes: a break in one more
    assert _wait(desk, idle=9 * MINUTE) == 5 * MINUTE  # away: back within the reset at the latest
    desk.work(28 * MINUTE)
    assert _wait(desk) == 2 * MINUTE  # the reminder is due then
    assert _wait(desk, idle=None) == 2 * MINUTE


def test_the_next_look_comes_at_a_prompts_fade_a_snoozes_end_and_a_pauses_end() -> None:
    desk = Desk()
    desk.work(50 * MINUTE)
    assert desk.state.prompt is not None
    assert _wait(desk) == 2 * MINUTE  # unanswered by then, it fades
    desk.state = snooze(desk.state, POLICY, desk.now, 3)
    assert _wait(desk) == 3 * MINUTE
    desk.state = pause_for_hour(skip(desk.state), POLICY, desk.now)
    desk.work(58 * MINUTE)
    assert _wait(desk) == 2 * MINUTE  # the hour ends
    late = Desk(wall=datetime(2026, 11, 30, 23, 58))
    late.state = pause_until_tomorrow(late.state, late.wall)
    assert _wait(late) == 2 * MINUTE  # midnight


def test_a_due_reminder_that_waits_for_a_better_moment_is_looked_at_every_half_minute() -> None:
    desk = Desk()
    desk.work(50 * MINUTE, busy="a window is full screen")
    assert desk.shown == 0
    assert _wait(desk, busy="a window is full screen") == MINUTE / 2


def test_a_look_as_late_as_it_was_planned_is_no_suspend_and_one_much_later_is() -> None:
    desk = Desk()
    desk.work(10 * MINUTE)
    planned = Reading(desk.now + 5 * MINUTE, desk.wall, 0.0, None, waited=5 * MINUTE)
    assert not look(desk.state, POLICY, planned).break_taken
    late = Reading(desk.now + 5 * MINUTE + POLICY.suspend_gap + 1, desk.wall, 0.0, None, waited=5 * MINUTE)
    assert look(desk.state, POLICY, late).break_taken
