"""The figures the progress view shows, computed from the history for a given day.

`today` is always passed in, so tests (and the view) decide what "now" is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from app.history.interface import History
from app.history.rows import PainEntry, Ranked

CHART_WEEKS = 8
TOP = 5
RECENT_PAINS = 10
REMINDER_DAYS = 7


@dataclass(frozen=True)
class ReminderDay:
    """One day's reminders and how many of them became a break."""

    day: date
    shown: int
    taken: int


@dataclass(frozen=True)
class DayMinutes:
    day: date
    minutes: float


@dataclass(frozen=True)
class Progress:
    days: tuple[DayMinutes, ...]  # oldest first, ending today
    current_streak: int
    best_streak: int
    sessions: int
    stretched_seconds: float  # time stretching in all (app.session.stretching_seconds, summed)
    top_stretches: tuple[Ranked, ...]
    top_routines: tuple[Ranked, ...]
    pain_count: int
    recent_pains: tuple[PainEntry, ...]
    reminders: tuple[ReminderDay, ...] = ()  # the last week's days with a reminder, oldest first

    @property
    def total_minutes(self) -> float:
        return self.stretched_seconds / 60

    @property
    def empty(self) -> bool:
        return self.sessions == 0


def minutes_per_day(
    seconds_by_day: Mapping[date, float], today: date, weeks: int = CHART_WEEKS
) -> tuple[DayMinutes, ...]:
    """Every day of the last `weeks` weeks up to `today`, days without a session at zero."""
    first = today - timedelta(days=7 * weeks - 1)
    days = (first + timedelta(days=offset) for offset in range(7 * weeks))
    return tuple(DayMinutes(day, seconds_by_day.get(day, 0.0) / 60) for day in days)


def reminder_days(
    counts: Mapping[date, Mapping[str, int]], today: date, days: int = REMINDER_DAYS
) -> tuple[ReminderDay, ...]:
    """The last `days` days up to `today` on which a reminder was shown, with the breaks taken."""
    first = today - timedelta(days=days - 1)
    return tuple(
        ReminderDay(day, counted.get("shown", 0), counted.get("taken", 0))
        for day, counted in sorted(counts.items())
        if first <= day <= today and counted.get("shown", 0)
    )


def _runs(days: list[date]) -> Iterable[tuple[date, int]]:
    """(last day, length) of every run of consecutive days in sorted, distinct `days`."""
    length = 0
    for number, day in enumerate(days):
        length = length + 1 if number and day - days[number - 1] == timedelta(days=1) else 1
        if number + 1 == len(days) or days[number + 1] - day != timedelta(days=1):
            yield day, length


def streaks(days: Iterable[date], today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive days with stretching.

    The current streak still counts when its last day is yesterday: today is not over yet, and a
    streak that drops to zero every morning would only discourage.
    """
    ordered = sorted({day for day in days if day <= today})  # a day "from the future" (clock change) never counts
    current = best = 0
    for last, length in _runs(ordered):
        best = max(best, length)
        if last >= today - timedelta(days=1):
            current = length
    return current, best


def progress_of(store: History, today: date, weeks: int = CHART_WEEKS) -> Progress:
    """Everything the progress view shows, in a handful of indexed queries."""
    seconds = store.seconds_per_day()
    stretched_days = [day for day, total in seconds.items() if total > 0]
    current, best = streaks(stretched_days, today)
    return Progress(
        days=minutes_per_day(seconds, today, weeks),
        current_streak=current,
        best_streak=best,
        sessions=store.session_count(),
        stretched_seconds=sum(seconds.values()),
        top_stretches=tuple(store.top_stretches(TOP)),
        top_routines=tuple(store.top_routines(TOP)),
        pain_count=store.pain_count(),
        recent_pains=tuple(store.recent_pains(RECENT_PAINS)),
        reminders=reminder_days(store.reminders_per_day(), today),
    )
