"""The schema is versioned; a file from an older Supple is brought up to date, keeping its rows."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.history import HistoryStore
from app.history.schema import SCHEMA_VERSION, migrate, schema_version


def _v1_file(path: Path, started: datetime) -> None:
    """A history as Supple with schema version 1 left it: no `day` column, no indexes."""
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=1)
    connection.execute(
        "INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, outcome, active_seconds,"
        " stretched_seconds) VALUES ('desk-break', 'Desk break', ?, ?, 'complete', 150, 120)",
        (started.timestamp(), started.timestamp() + 150),
    )
    connection.execute(
        "INSERT INTO holds (session_id, step, stretch_id, stretch_name, side, repetition, warm_up,"
        " planned_seconds, held_seconds, outcome) VALUES (1, 0, 'seated-glute-stretch', 'Seated glute stretch',"
        " 'left', 1, 0, 30, 30, 'completed')"
    )
    connection.close()


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def _indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_new_file_gets_the_latest_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    opened = HistoryStore.open(path, timeout=0)
    assert isinstance(opened, HistoryStore)
    opened.close()
    connection = sqlite3.connect(path)
    assert schema_version(connection) == SCHEMA_VERSION == 4
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert "day" in _columns(connection, "sessions")
    connection.close()


def test_a_version_1_file_is_migrated_and_keeps_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    started = datetime(2024, 11, 2, 23, 45).astimezone()  # late evening: the local day matters
    _v1_file(path, started)
    with sqlite3.connect(path) as old:
        assert schema_version(old) == 1
        assert "day" not in _columns(old, "sessions")
    assert "sessions_by_day" not in _indexes(path)

    opened = HistoryStore.open(path, timeout=0)
    assert isinstance(opened, HistoryStore), opened
    with opened as store:
        assert store.seconds_per_day() == {started.date(): 120.0}
        [(_, session)] = store.sessions()
        assert (session.routine_name, session.started_at, session.outcome) == ("Desk break", started, "complete")
        assert [ranked.name for ranked in store.top_stretches(5)] == ["Seated glute stretch"]
    with sqlite3.connect(path) as migrated:
        assert schema_version(migrated) == SCHEMA_VERSION
    assert {"sessions_by_day", "holds_by_session", "pains_by_session"} <= _indexes(path)


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _v1_file(path, datetime(2024, 5, 1, 9).astimezone())
    for _ in range(2):
        opened = HistoryStore.open(path, timeout=0)
        assert isinstance(opened, HistoryStore)
        assert opened.session_count() == 1
        opened.close()


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _v1_file(path, datetime(2024, 5, 1, 9).astimezone())
    with sqlite3.connect(path, isolation_level=None) as connection:
        # an index of that name already there makes version 2's CREATE INDEX fail half-way
        connection.execute("CREATE INDEX holds_by_session ON holds(step)")
    opened = HistoryStore.open(path, timeout=0)
    assert not opened.available
    with sqlite3.connect(path) as connection:
        assert schema_version(connection) == 1
        assert "day" not in _columns(connection, "sessions")


def _v2_file(path: Path, started: datetime) -> None:
    """A history as Supple with schema version 2 left it: whole sessions only, 'complete' or 'stopped'."""
    _v1_file(path, started)
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=2)
    connection.execute(
        "INSERT INTO pains (session_id, step, stretch_id, stretch_name, side, phase, at_seconds)"
        " VALUES (1, 0, 'seated-glute-stretch', 'Seated glute stretch', 'left', 'hold', 12.5)"
    )
    connection.close()


def test_a_version_2_file_is_migrated_keeping_every_hold_and_pain(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    started = datetime(2024, 11, 2, 23, 45).astimezone()
    _v2_file(path, started)
    opened = HistoryStore.open(path, timeout=0)
    assert isinstance(opened, HistoryStore), opened
    with opened as store:
        # rebuilding the sessions table must not have cascaded into its holds and pain reports
        assert (store.session_count(), len(store.holds()), store.pain_count()) == (1, 1, 1)
        assert store.seconds_per_day() == {started.date(): 120.0}
        [(_, session)] = store.sessions()
        assert (session.outcome, session.started_at, session.day) == ("complete", started, "2024-11-02")
    with sqlite3.connect(path) as connection:
        assert schema_version(connection) == SCHEMA_VERSION == 4
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'sessions'").fetchone()[0]
        assert "'interrupted'" in sql and "sessions_v3" not in sql
    connection.close()
    assert {"sessions_by_day", "holds_by_session", "pains_by_session"} <= _indexes(path)


def test_migrating_with_foreign_keys_on_deletes_nothing_and_leaves_them_on(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _v2_file(path, datetime(2024, 5, 1, 9).astimezone())
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    migrate(connection)
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("SELECT COUNT(*) FROM holds").fetchone()[0] == 1
    connection.close()
