"""Sessions for history tests: real ones played on a fake clock, and quick synthetic rows, with
the two ways they get into a history file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from app.catalogue import Catalogue
from app.history import History, HoldRow, PainRow, SessionRow, SessionRows
from app.session import FakeClock, PhaseKind, Plan, Session, SessionResult, Timing, build_plan

ENDED = datetime(2025, 3, 14, 18, 30).astimezone()
TIMING = Timing(prepare_seconds=8, switch_seconds=5, transition_seconds=6, release_seconds=10)


def plan_for(catalogue: Catalogue, routine: str, timing: Timing = TIMING) -> Plan:
    return build_plan(catalogue.routine(routine), catalogue, timing)


def advance(session: Session, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    """Let time pass the way the Qt adapter's polling would."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        session.poll()


def run_until(session: Session, clock: FakeClock, done: Callable[[Session], bool], step: float = 0.5) -> None:
    for _ in range(100_000):
        if done(session):
            return
        clock.advance(step)
        session.poll()
    raise AssertionError("the session never got there")


def finish(session: Session, clock: FakeClock) -> SessionResult:
    run_until(session, clock, lambda s: s.state.finished)
    assert session.result is not None
    return session.result


def completed(plan: Plan) -> SessionResult:
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    return finish(session, clock)


def stopped_after(plan: Plan, seconds: float) -> SessionResult:
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    advance(session, clock, seconds)
    session.stop()
    assert session.result is not None
    return session.result


def pain_in_second_stretch(plan: Plan) -> SessionResult:
    """Sharp pain 10 s into the first hold of the second stretch (a hold), which is then skipped."""
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    second = plan.stretch_steps[1]
    run_until(session, clock, lambda s: s.phase.step == plan.steps.index(second) and s.phase.kind is PhaseKind.HOLD)
    advance(session, clock, 10)
    session.pain()
    advance(session, clock, plan.timing.release_seconds + 1)
    session.skip()  # the person chooses to skip that stretch
    return finish(session, clock)


def _name(identifier: str) -> str:
    return identifier.replace("-", " ").capitalize()


def synthetic(day: date, routine: str = "desk-break", *, minutes: float = 5.0, hour: int = 12,
              stretches: tuple[str, ...] = ("seated-glute-stretch",), pains: int = 0) -> SessionRows:
    """A made-up session on `day` whose holds add up to `minutes` of stretching."""
    started = datetime.combine(day, time(hour)).astimezone()
    seconds = minutes * 60
    holds = tuple(
        HoldRow(step, stretch, _name(stretch), None, 1, False, 30.0,
                seconds / len(stretches), "completed")
        for step, stretch in enumerate(stretches)
    )
    pain_rows = tuple(PainRow(0, stretches[0], _name(stretches[0]), "left", "hold", 12.5) for _ in range(pains))
    ended = started + timedelta(seconds=seconds + 60)
    session = SessionRow(routine, _name(routine), started, ended, "complete",
                         seconds + 60, seconds)
    return SessionRows(session, holds, pain_rows)


def record(store: History, result: SessionResult, plan: Plan, ended_at: datetime) -> int:
    """Keep a finished session through the calls the app's journal makes, all at its end: the row
    begun at the wall time it started, then closed with its result, which adds every hold and pain."""
    session_id = store.begin(plan, ended_at - timedelta(seconds=result.ended_at - result.started_at))
    store.finish(session_id, result, plan, ended_at)
    return session_id


def write_rows(path: Path, *sessions: SessionRows) -> None:
    """Put sessions straight into the history file at `path`, in one transaction, as another
    Supple would: the store only ever writes a session as it happens, and made-up rows have no plan."""
    connection = sqlite3.connect(path)
    try:
        with connection:  # commits, or rolls back on an error
            for rows in sessions:
                _insert(connection, rows)
    finally:
        connection.close()


def _insert(connection: sqlite3.Connection, rows: SessionRows) -> None:
    s = rows.session
    session_id = connection.execute(
        "INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, outcome, active_seconds,"
        " stretched_seconds, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (s.routine_id, s.routine_name, s.started_at.timestamp(), s.ended_at.timestamp(), s.outcome,
         s.active_seconds, s.stretched_seconds, s.day),
    ).lastrowid
    connection.executemany(
        "INSERT INTO holds (session_id, step, stretch_id, stretch_name, side, repetition, warm_up,"
        " planned_seconds, held_seconds, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(session_id, h.step, h.stretch_id, h.stretch_name, h.side, h.repetition, int(h.warm_up),
          h.planned_seconds, h.held_seconds, h.outcome) for h in rows.holds],
    )
    connection.executemany(
        "INSERT INTO pains (session_id, step, stretch_id, stretch_name, side, phase, at_seconds)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(session_id, p.step, p.stretch_id, p.stretch_name, p.side, p.phase, p.at_seconds) for p in rows.pains],
    )
