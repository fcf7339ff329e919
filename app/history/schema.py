"""The history database's schema, as a list of migrations numbered by PRAGMA user_version.

Migration n takes a database at version n-1 to version n. A new Supple adds a migration at the end
and never edits an old one, so every file ever written can be brought up to date in order.
"""

from __future__ import annotations

import sqlite3

from app.history.transactions import one_transaction

# Version 1: a row per session, per hold and per pain report. Names are kept beside ids so the
# history still reads well after a person deletes the catalogue file a routine came from.
_V1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    routine_name TEXT NOT NULL,
    started_at REAL NOT NULL,          -- Unix seconds (UTC)
    ended_at REAL NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('complete', 'stopped')),
    active_seconds REAL NOT NULL,      -- from start to end, less pauses
    stretched_seconds REAL NOT NULL    -- seconds actually held, warm-up left out
);
CREATE TABLE holds (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    stretch_id TEXT NOT NULL,
    stretch_name TEXT NOT NULL,
    side TEXT CHECK (side IN ('left', 'right')),
    repetition INTEGER NOT NULL,
    warm_up INTEGER NOT NULL,
    planned_seconds REAL NOT NULL,
    held_seconds REAL NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'skipped', 'pain', 'left'))
);
CREATE TABLE pains (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    stretch_id TEXT NOT NULL,
    stretch_name TEXT NOT NULL,
    side TEXT CHECK (side IN ('left', 'right')),
    phase TEXT NOT NULL,
    at_seconds REAL NOT NULL
);
"""

# Version 2: the person's local calendar day of each session, stored, so the day a session counts
# for never shifts when they travel or the clocks change; indexes for the progress view's queries.
_V2 = """
ALTER TABLE sessions ADD COLUMN day TEXT NOT NULL DEFAULT '';
UPDATE sessions SET day = date(started_at, 'unixepoch', 'localtime');
CREATE INDEX sessions_by_day ON sessions(day);
CREATE INDEX holds_by_session ON holds(session_id);
CREATE INDEX pains_by_session ON pains(session_id);
"""

# Version 3: a session is written as it happens, a hold at a time, so its row exists before it ends:
# 'in-progress' while it runs, 'interrupted' when a crash or kill ended it. SQLite cannot change a
# CHECK constraint in place, so the table is rebuilt and renamed; `migrate` keeps foreign keys off
# meanwhile, or dropping the old table would delete every hold and pain report with it.
_V3 = """
CREATE TABLE sessions_v3 (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    routine_name TEXT NOT NULL,
    started_at REAL NOT NULL,
    ended_at REAL NOT NULL,            -- for a session in progress: when its last hold ended
    outcome TEXT NOT NULL CHECK (outcome IN ('complete', 'stopped', 'in-progress', 'interrupted')),
    active_seconds REAL NOT NULL,
    stretched_seconds REAL NOT NULL,
    day TEXT NOT NULL DEFAULT ''
);
INSERT INTO sessions_v3 (id, routine_id, routine_name, started_at, ended_at, outcome, active_seconds,
                         stretched_seconds, day)
    SELECT id, routine_id, routine_name, started_at, ended_at, outcome, active_seconds, stretched_seconds, day
    FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_v3 RENAME TO sessions;
CREATE INDEX sessions_by_day ON sessions(day);
"""

# Version 4: what became of each stretch reminder (the break companion, app.schedule), with its
# local day stored as a session's is, for the progress view's breaks taken against reminders.
_V4 = """
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,                  -- Unix seconds (UTC)
    day TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('shown', 'taken', 'snoozed', 'skipped', 'missed'))
);
CREATE INDEX reminders_by_day ON reminders(day);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)

# PRAGMA application_id of every history Supple makes ("Supp" in ASCII), so that another program's
# SQLite file can be told from ours before anything is written to it. Files made before the mark
# existed are recognised by their tables and marked at their next open.
APPLICATION_ID = 0x53757070
SUPPLE_TABLES = frozenset({"sessions", "holds", "pains"})


class NewerSchemaError(Exception):
    """The file was written by a newer Supple; this one must not touch it."""


def schema_version(connection: sqlite3.Connection) -> int:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    assert isinstance(version, int)
    return version


def application_id(connection: sqlite3.Connection) -> int:
    mark = connection.execute("PRAGMA application_id").fetchone()[0]
    assert isinstance(mark, int)
    return mark


def _statements(script: str) -> list[str]:
    # executescript() would commit on its own; splitting keeps each migration in our transaction.
    body = "\n".join(line.split("--")[0] for line in script.splitlines())
    return [statement.strip() for statement in body.split(";") if statement.strip()]


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Bring the database up to `target` and mark it as Supple's, in one transaction: all or none.

    `connection` must be in autocommit mode (isolation_level=None) so the transaction is ours.
    """
    current = schema_version(connection)
    if current > SCHEMA_VERSION:
        raise NewerSchemaError(f"version {current}; this Supple knows up to {SCHEMA_VERSION}")
    if current >= target and application_id(connection) == APPLICATION_ID:
        return
    # A table rebuild must not cascade; the pragma only takes effect outside a transaction.
    foreign_keys = connection.execute("PRAGMA foreign_keys").fetchone()[0]
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        _migrate_in_one_transaction(connection, current, target)
    finally:
        connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")


def _migrate_in_one_transaction(connection: sqlite3.Connection, current: int, target: int) -> None:
    with one_transaction(connection):
        for version in range(current + 1, target + 1):
            for statement in _statements(MIGRATIONS[version - 1]):
                connection.execute(statement)
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise sqlite3.IntegrityError("a migration left a hold or pain report without its session")
        # a file from before the mark is marked now; its version is never lowered
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {max(current, int(target))}")
