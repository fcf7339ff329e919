"""The history database: one SQLite file in the data folder, written as a session happens.

A session is written a step at a time: `begin` makes its row ('in-progress'), `add_hold` keeps each
hold as it ends, `finish` closes it (adding whatever was not kept yet). The file is in
WAL mode and every write is one transaction, so a crash or a kill at any moment loses at most the
hold in progress and never damages the file; the next open marks such a session 'interrupted'.
Opening never raises: a file that is damaged, locked, read-only, another program's, or from a newer
Supple gives a `DisabledHistory`, and is left exactly as it was, because it may hold years of
someone's history (app.history.opening says how).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from app.history.causes import described
from app.history.inserts import count, insert_holds, insert_pains, insert_session
from app.history.interface import DisabledHistory, History, local_now
from app.history.opening import OPEN_ERRORS, connect, reason
from app.history.record import hold_row, pain_row, rows_for
from app.history.rows import IN_PROGRESS, INTERRUPTED, HoldRow, PainEntry, PainRow, Ranked, SessionRow
from app.history.transactions import one_transaction
from app.session import HoldRecord, PainReport, Plan, SessionResult, stretching_seconds


def _local(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp).astimezone()


class HistoryError(Exception):
    """Reading or writing an open history failed; the message is for the person."""


class HistoryStore(History):
    def __init__(self, connection: sqlite3.Connection, path: Path, now: Callable[[], datetime] = local_now) -> None:
        self._connection = connection
        self.path = path
        self._now = now

    @classmethod
    def open(
        cls, path: Path, *, timeout: float = 2.0, now: Callable[[], datetime] = local_now
    ) -> History:
        """Open (or create) the history at `path`. Never raises for a bad or busy file.

        `timeout` is how long to wait for another program's lock before giving up.
        """
        try:
            connection = connect(path, timeout)
        except OPEN_ERRORS as error:
            return DisabledHistory(path, reason(error), existed=path.exists())
        return cls(connection, path, now)

    def close(self) -> None:
        self._connection.close()

    def now(self) -> datetime:
        """The wall time this store stamps sessions with (tests inject it)."""
        return self._now()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self, doing: str) -> Iterator[sqlite3.Connection]:
        try:
            with one_transaction(self._connection) as db:
                yield db
        except sqlite3.Error as error:
            raise HistoryError(f"Could not {doing} the history in {self.path}: {described(error)}") from error

    def _query(self, sql: str, *parameters: object) -> list[tuple[Any, ...]]:
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise HistoryError(f"Could not read the history in {self.path}: {described(error)}") from error

    # -- writing a session as it happens -----------------------------------------------------
    # Each call is one transaction. The holds (and pain reports) kept for a session are always the
    # first ones of its result, in order, so `finish` adds whatever the calls before it did not.

    def begin(self, plan: Plan, started_at: datetime | None = None) -> int:
        """Start keeping a session of `plan`; returns its id. Raises HistoryError."""
        started = started_at or self._now()
        row = SessionRow(plan.routine.id, plan.routine.name, started, started, IN_PROGRESS, 0.0, 0.0)
        with self._transaction("write to") as db:
            return insert_session(db, row)  # committed on the way out

    def add_hold(
        self, session_id: int, hold: HoldRecord, plan: Plan, *, active_seconds: float, at: datetime | None = None
    ) -> None:
        """Keep one finished hold, and bring the session's totals up to it (`at`: when it ended)."""
        row = hold_row(hold, plan)
        with self._transaction("write to") as db:
            insert_holds(db, session_id, [row])
            # the totals stand even if nothing more is ever written: a crash leaves a true record
            db.execute(
                "UPDATE sessions SET ended_at = ?, active_seconds = ?, stretched_seconds = stretched_seconds + ?"
                " WHERE id = ?",
                ((at or self._now()).timestamp(), active_seconds, stretching_seconds((hold,), plan),
                 session_id),
            )

    def add_pain(self, session_id: int, pain: PainReport, plan: Plan) -> None:
        with self._transaction("write to") as db:
            insert_pains(db, session_id, [pain_row(pain, plan)])

    def finish(self, session_id: int, result: SessionResult, plan: Plan, ended_at: datetime | None = None) -> None:
        """Close a begun session with its result: what is not kept yet, its outcome and totals."""
        rows = rows_for(result, plan, ended_at or self._now())
        session = rows.session
        with self._transaction("write to") as db:
            updated = db.execute(
                "UPDATE sessions SET ended_at = ?, outcome = ?, active_seconds = ?, stretched_seconds = ?"
                " WHERE id = ?",
                (session.ended_at.timestamp(), session.outcome, session.active_seconds, session.stretched_seconds,
                 session_id),
            )
            if updated.rowcount != 1:
                raise HistoryError(f"Session {session_id} is not in the history in {self.path} (was it cleared?)")
            insert_holds(db, session_id, rows.holds[count(db, "holds", session_id) :])
            insert_pains(db, session_id, rows.pains[count(db, "pains", session_id) :])

    def interrupt(self, session_id: int) -> None:
        """A begun session that will never finish (its recorder gave up on it): keep it as interrupted."""
        with self._transaction("write to") as db:
            db.execute("UPDATE sessions SET outcome = ? WHERE id = ? AND outcome = ?",
                       (INTERRUPTED, session_id, IN_PROGRESS))

    def clear(self) -> None:
        """Forget every session. The freed pages are wiped too: pain reports are health data."""
        with self._transaction("clear") as db:
            for table in ("pains", "holds", "sessions", "reminders"):
                db.execute(f"DELETE FROM {table}")  # fixed names, never input
        try:
            self._connection.execute("VACUUM")
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise HistoryError(
                f"The history was cleared but {self.path} could not be compacted: {described(error)}"
            ) from error

    def add_reminder(self, outcome: str, at: datetime | None = None) -> None:
        """Raises HistoryError; the CHECK constraint refuses an outcome that is not one of five."""
        moment = at or self._now()
        with self._transaction("write to") as db:
            db.execute("INSERT INTO reminders (at, day, outcome) VALUES (?, ?, ?)",
                       (moment.timestamp(), moment.date().isoformat(), outcome))

    # -- reading for the progress view -------------------------------------------------------

    def reminders_per_day(self) -> dict[date, dict[str, int]]:
        counted: dict[date, dict[str, int]] = {}
        for day, outcome, number in self._query(
            "SELECT day, outcome, COUNT(*) FROM reminders GROUP BY day, outcome"
        ):
            counted.setdefault(date.fromisoformat(day), {})[outcome] = int(number)
        return counted

    def seconds_per_day(self) -> dict[date, float]:
        rows = self._query("SELECT day, SUM(stretched_seconds) FROM sessions GROUP BY day")
        return {date.fromisoformat(day): float(seconds) for day, seconds in rows}

    def session_count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM sessions")[0][0])

    def top_stretches(self, limit: int) -> list[Ranked]:
        """Stretches by completed holds (each side counts); the warm-up is not a stretch."""
        # With MAX(id) in the select, SQLite takes the bare stretch_name from that newest row,
        # so a stretch renamed in the catalogue shows its current name.
        rows = self._query(
            "SELECT stretch_id, stretch_name, COUNT(*) AS done, MAX(id) FROM holds"
            " WHERE outcome = 'completed' AND warm_up = 0 GROUP BY stretch_id"
            " ORDER BY done DESC, stretch_name LIMIT ?",
            limit,
        )
        return [Ranked(*row[:3]) for row in rows]

    def top_routines(self, limit: int) -> list[Ranked]:
        rows = self._query(
            "SELECT routine_id, routine_name, COUNT(*) AS done, MAX(id) FROM sessions"
            " GROUP BY routine_id ORDER BY done DESC, routine_name LIMIT ?",
            limit,
        )
        return [Ranked(*row[:3]) for row in rows]

    def pain_count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM pains")[0][0])

    def recent_pains(self, limit: int) -> list[PainEntry]:
        rows = self._query(
            "SELECT s.started_at, s.routine_name, p.stretch_name, p.side, p.phase, s.routine_id, p.stretch_id"
            " FROM pains AS p"
            " JOIN sessions AS s ON s.id = p.session_id ORDER BY s.started_at DESC, p.id DESC LIMIT ?",
            limit,
        )
        return [PainEntry(_local(row[0]), *row[1:]) for row in rows]

    # -- reading everything, for export ------------------------------------------------------

    def sessions(self) -> list[tuple[int, SessionRow]]:
        rows = self._query(
            "SELECT id, routine_id, routine_name, started_at, ended_at, outcome, active_seconds,"
            " stretched_seconds FROM sessions ORDER BY started_at, id"
        )
        return [(r[0], SessionRow(r[1], r[2], _local(r[3]), _local(r[4]), *r[5:])) for r in rows]

    def holds(self) -> list[tuple[int, HoldRow]]:
        rows = self._query(
            "SELECT session_id, step, stretch_id, stretch_name, side, repetition, warm_up, planned_seconds,"
            " held_seconds, outcome FROM holds ORDER BY session_id, id"
        )
        return [(r[0], HoldRow(r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9])) for r in rows]

    def pains(self) -> list[tuple[int, PainRow]]:
        rows = self._query(
            "SELECT session_id, step, stretch_id, stretch_name, side, phase, at_seconds FROM pains"
            " ORDER BY session_id, id"
        )
        return [(r[0], PainRow(*r[1:])) for r in rows]

