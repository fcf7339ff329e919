"""The person's reminder settings as the scheduler's Policy. Qt-free."""

from __future__ import annotations

from datetime import time

from app.schedule.policy import ALWAYS, MINUTE, Policy, WorkingHours
from app.settings import Settings


def _clock_time(minute: int) -> time | None:
    return None if minute >= 24 * 60 else time(minute // 60, minute % 60)


def working_hours(settings: Settings) -> WorkingHours:
    if not settings.working_hours_enabled:
        return ALWAYS
    start = _clock_time(settings.working_start_minute) or time(0, 0)
    return WorkingHours(frozenset(int(day) for day in settings.working_days), start,
                        _clock_time(settings.working_end_minute))


def policy_from(settings: Settings, speed: float = 1.0) -> Policy:
    """The policy for these settings, every duration shortened by a demo's `speed`."""
    policy = Policy(
        every=settings.reminder_every_minutes * MINUTE, idle_reset=settings.idle_reset_minutes * MINUTE,
        snooze_limit=settings.snooze_limit, hours=working_hours(settings),
    )
    return policy.scaled(speed)
