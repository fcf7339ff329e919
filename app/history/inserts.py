"""The rows a session adds to the history's three tables, written inside the caller's transaction.
No Qt here.

`begin`, `add_hold`, `add_pain` and `finish` all add rows the same way, so the column lists live
once, here, beside the schema they must match (schema.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from app.history.rows import HoldRow, PainRow, SessionRow


def insert_session(db: sqlite3.Connection, session: SessionRow) -> int:
    cursor = db.execute(
        "INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, outcome, active_seconds,"
        " stretched_seconds, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (session.routine_id, session.routine_name, session.started_at.timestamp(), session.ended_at.timestamp(),
         session.outcome, session.active_seconds, session.stretched_seconds, session.day),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def insert_holds(db: sqlite3.Connection, session_id: int, holds: Iterable[HoldRow]) -> None:
    db.executemany(
        "INSERT INTO holds (session_id, step, stretch_id, stretch_name, side, repetition, warm_up,"
        " planned_seconds, held_seconds, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(session_id, h.step, h.stretch_id, h.stretch_name, h.side, h.repetition, int(h.warm_up),
          h.planned_seconds, h.held_seconds, h.outcome) for h in holds],
    )


def insert_pains(db: sqlite3.Connection, session_id: int, pains: Iterable[PainRow]) -> None:
    db.executemany(
        "INSERT INTO pains (session_id, step, stretch_id, stretch_name, side, phase, at_seconds)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(session_id, p.step, p.stretch_id, p.stretch_name, p.side, p.phase, p.at_seconds) for p in pains],
    )


def count(db: sqlite3.Connection, table: str, session_id: int) -> int:
    # `table` is one of our fixed names, never input
    return int(db.execute(f"SELECT COUNT(*) FROM {table} WHERE session_id = ?", (session_id,)).fetchone()[0])
