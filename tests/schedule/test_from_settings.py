"""The reminder settings become the scheduler's policy."""

from __future__ import annotations

from datetime import datetime, time

from app.schedule.from_settings import policy_from, working_hours
from app.schedule.policy import ALWAYS, MINUTE
from app.settings import RULES, Settings, settings_from_mapping


def test_the_defaults_ask_every_fifty_minutes_and_reset_after_five_idle() -> None:
    policy = policy_from(Settings())
    assert (policy.every, policy.idle_reset, policy.snooze_limit, policy.hours) == (50 * MINUTE, 5 * MINUTE, 3, ALWAYS)


def test_speed_shortens_every_reminder_duration() -> None:
    policy = policy_from(Settings(reminder_every_minutes=15), speed=300)
    assert policy.every == 3.0 and policy.minutes(10) == 2.0


def test_working_hours_come_from_the_days_and_minutes() -> None:
    settings = Settings(working_hours_enabled=True, working_days="024", working_start_minute=8 * 60 + 30,
                        working_end_minute=24 * 60)
    hours = working_hours(settings)
    assert hours.days == {0, 2, 4} and hours.start == time(8, 30) and hours.end is None
    assert hours.contain(datetime(2026, 12, 2, 23, 59))  # a Wednesday, before midnight
    assert not hours.contain(datetime(2026, 12, 1, 12, 0))  # a Tuesday


def test_the_reminder_settings_are_checked_as_they_are_read() -> None:
    assert RULES["reminder_every_minutes"].span() == (15, 180)
    assert RULES["idle_reset_minutes"].span() == (2, 30)
    loaded = settings_from_mapping(
        {"reminder_every_minutes": 10, "working_days": "0011", "idle_reset_minutes": 7, "start_at_login": True}, "f",
    )
    assert loaded.settings == Settings(idle_reset_minutes=7, start_at_login=True)
    assert len(loaded.problems) == 2
