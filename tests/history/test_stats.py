"""Progress figures: minutes per day, streaks across gaps, most-done stretches and routines."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.history import HistoryStore, progress_of, streaks
from app.history.stats import CHART_WEEKS, ReminderDay, minutes_per_day, reminder_days
from tests.history.builders import synthetic, write_rows
from tests.history.year import TODAY, expected_streaks, generate, write_year

D = date(2025, 3, 14)


def _days(*offsets: int) -> list[date]:
    return [D - timedelta(days=offset) for offset in offsets]


@pytest.mark.parametrize(
    ("offsets", "expected"),
    [
        ((), (0, 0)),
        ((0,), (1, 1)),
        ((1,), (1, 1)),  # today is not over: yesterday's streak still stands
        ((2,), (0, 1)),
        ((0, 1, 2, 5, 6, 7, 8), (3, 4)),
        ((1, 2, 3, 10, 11), (3, 3)),
        ((0, 0, 1), (2, 2)),  # two sessions on one day count once
        ((-1, 0), (1, 1)),  # a day after today (the clock was changed) never counts
    ],
)
def test_streaks(offsets: tuple[int, ...], expected: tuple[int, int]) -> None:
    assert streaks(_days(*offsets), D) == expected


def test_minutes_per_day_fills_every_day_of_the_chart() -> None:
    days = minutes_per_day({D: 600.0, D - timedelta(days=3): 90.0, D - timedelta(days=400): 60.0}, D)
    assert len(days) == 7 * CHART_WEEKS
    assert days[-1].day == D
    assert days[0].day == D - timedelta(days=7 * CHART_WEEKS - 1)
    assert {day.day: day.minutes for day in days if day.minutes} == {D: 10.0, D - timedelta(days=3): 1.5}


def test_no_sessions_gives_empty_figures(store: HistoryStore) -> None:
    progress = progress_of(store, D)
    assert progress.empty
    assert (progress.current_streak, progress.best_streak, progress.total_minutes) == (0, 0, 0)
    assert progress.top_stretches == progress.top_routines == progress.recent_pains == ()
    assert all(day.minutes == 0 for day in progress.days)


def test_one_session(store: HistoryStore) -> None:
    write_rows(store.path, synthetic(D - timedelta(days=1), "desk-break", minutes=4, pains=1))
    progress = progress_of(store, D)
    assert (progress.sessions, progress.current_streak, progress.best_streak) == (1, 1, 1)
    assert progress.days[-2].minutes == 4
    assert [(r.id, r.count) for r in progress.top_routines] == [("desk-break", 1)]
    assert [(r.id, r.count) for r in progress.top_stretches] == [("seated-glute-stretch", 1)]
    assert [p.stretch_name for p in progress.recent_pains] == ["Seated glute stretch"]


def test_a_year_of_daily_use(store: HistoryStore) -> None:
    year = generate()
    write_year(store, year)
    progress = progress_of(store, TODAY)

    seconds = year.seconds_by_day()
    assert progress.sessions == len(year.sessions) > 500
    assert progress.total_minutes == pytest.approx(sum(seconds.values()) / 60)
    for day in progress.days:
        assert day.minutes == pytest.approx(seconds.get(day.day, 0) / 60), day.day
    current, best = expected_streaks(set(seconds), TODAY)
    assert (progress.current_streak, progress.best_streak) == (current, best)
    assert best >= 10 and current >= 1  # the generated year has long runs, and a session today
    holds = year.holds_by_stretch()
    assert [(r.id, r.count) for r in progress.top_stretches] == sorted(
        holds.items(), key=lambda item: (-item[1], item[0].replace("-", " ").capitalize()))[:5]
    routines = year.sessions_by_routine()
    assert [(r.id, r.count) for r in progress.top_routines] == sorted(
        routines.items(), key=lambda item: (-item[1], item[0].replace("-", " ").capitalize()))[:5]
    pains = [rows for rows in year.sessions if rows.pains]
    assert progress.pain_count == len(pains) > 0
    assert progress.recent_pains[0].when == max(rows.session.started_at for rows in pains)


def test_the_holiday_breaks_the_streak(store: HistoryStore) -> None:
    year = generate()
    write_year(store, year)
    # at the end of the holiday, the streak is over and the best run so far stands
    last_day_off = TODAY - timedelta(days=365 - 1 - 211)
    progress = progress_of(store, last_day_off)
    assert progress.current_streak == 0
    days_before = {day for day in year.seconds_by_day() if day <= last_day_off}
    assert progress.best_streak == expected_streaks(days_before, last_day_off)[1]


def test_reminder_days_are_the_last_week_s_days_with_a_reminder_and_its_breaks() -> None:
    today = date(2026, 12, 2)
    counts = {
        today - timedelta(days=7): {"shown": 4, "taken": 4},  # a week ago yesterday: out of the week
        today - timedelta(days=2): {"shown": 3, "taken": 1, "snoozed": 2},
        today - timedelta(days=1): {"snoozed": 1},  # the tray's snooze alone is no reminder shown
        today: {"shown": 1},
    }
    assert reminder_days(counts, today) == (
        ReminderDay(today - timedelta(days=2), 3, 1), ReminderDay(today, 1, 0),
    )


def test_progress_reads_the_reminders(store: HistoryStore) -> None:
    store.add_reminder("shown", datetime(2026, 12, 2, 10, 0).astimezone())
    store.add_reminder("taken", datetime(2026, 12, 2, 10, 1).astimezone())
    assert progress_of(store, date(2026, 12, 2)).reminders == (ReminderDay(date(2026, 12, 2), 1, 1),)
