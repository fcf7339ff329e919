"""The history keeps what became of each reminder, counted by day; an old file gains the table."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from app.history import HistoryStore
from app.history.schema import migrate, schema_version
from app.history.store import HistoryError

MORNING = datetime(2026, 11, 30, 9, 30).astimezone()
NEXT_DAY = datetime(2026, 12, 1, 14, 0).astimezone()


def _store(path: Path) -> HistoryStore:
    opened = HistoryStore.open(path, timeout=0, now=lambda: MORNING)
    assert isinstance(opened, HistoryStore), opened
    return opened


def test_reminders_are_counted_by_day_and_by_what_became_of_them(tmp_path: Path) -> None:
    with _store(tmp_path / "history.sqlite3") as store:
        for outcome in ("shown", "snoozed", "shown", "taken"):
            store.add_reminder(outcome)
        store.add_reminder("shown", NEXT_DAY)
        store.add_reminder("missed", NEXT_DAY)
        assert store.reminders_per_day() == {
            date(2026, 11, 30): {"shown": 2, "snoozed": 1, "taken": 1},
            date(2026, 12, 1): {"shown": 1, "missed": 1},
        }
        with pytest.raises(HistoryError):
            store.add_reminder("ignored")
        store.clear()
        assert store.reminders_per_day() == {}


def test_a_version_3_file_gains_the_reminders_table_and_keeps_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=3)
    connection.execute("INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, outcome,"
                       " active_seconds, stretched_seconds, day) VALUES ('r', 'R', 1, 2, 'complete', 1, 1, 'x')")
    connection.close()
    with _store(path) as store:
        assert store.session_count() == 1
        store.add_reminder("skipped")
        assert store.reminders_per_day() == {MORNING.date(): {"skipped": 1}}
    with sqlite3.connect(path) as check:
        assert schema_version(check) == 4
