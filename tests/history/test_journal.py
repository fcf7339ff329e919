"""A session kept as it happens: each hold is in the file once announced; a crash leaves it interrupted.

Kept a hold at a time, a finished session reads exactly as if it had been written in one go.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.catalogue import Catalogue
from app.history import HistoryError, HistoryStore, SessionJournal, progress_of
from app.history.export import history_csv
from app.session import FakeClock, HoldEnded, PhaseKind, Plan, Session, Timing
from tests.history.builders import ENDED, TIMING, advance, finish, plan_for, record, run_until

STARTED = ENDED - timedelta(hours=1)


def open_store(path: Path, now: datetime = STARTED) -> HistoryStore:
    opened = HistoryStore.open(path, timeout=0, now=lambda: now)
    assert isinstance(opened, HistoryStore), opened
    return opened


@pytest.fixture
def history(tmp_path: Path) -> HistoryStore:
    return open_store(tmp_path / "history.sqlite3")


def kept(store: HistoryStore, plan: Plan) -> tuple[Session, FakeClock, SessionJournal]:
    """A session of `plan` on a fake clock, kept by a journal as it goes."""
    clock = FakeClock()
    session = Session(plan, clock)
    journal = SessionJournal(store)
    session.subscribe(journal)
    return session, clock, journal


def with_pain_skip_and_stop(session: Session, clock: FakeClock) -> None:
    """Skip a hold, report pain in the next, skip that stretch, then stop in the one after."""
    session.start()
    run_until(session, clock, lambda s: s.phase.kind is PhaseKind.HOLD)
    advance(session, clock, 6)
    session.skip()
    run_until(session, clock, lambda s: s.phase.kind is PhaseKind.HOLD)
    advance(session, clock, 10)
    session.pain()
    advance(session, clock, session.plan.timing.release_seconds + 1)
    session.skip()
    advance(session, clock, 20)
    session.stop()


def table(store: HistoryStore) -> tuple[object, ...]:
    """Everything the store hands back, without row ids."""
    return ([row for _, row in store.sessions()], [row for _, row in store.holds()],
            [row for _, row in store.pains()])


def to_the_end(session: Session, clock: FakeClock) -> None:
    session.start()
    finish(session, clock)


@pytest.mark.parametrize("script", [to_the_end, with_pain_skip_and_stop])
def test_a_session_kept_as_it_goes_reads_like_one_recorded_at_the_end(
    tmp_path: Path, catalogue: Catalogue, script: Callable[[Session, FakeClock], object]
) -> None:
    plan = plan_for(catalogue, "full-back-and-glutes")
    with open_store(tmp_path / "kept.sqlite3") as store:
        session, clock, _ = kept(store, plan)
        script(session, clock)
        assert session.result is not None
        ended = STARTED + timedelta(seconds=session.result.ended_at - session.result.started_at)
        with open_store(tmp_path / "recorded.sqlite3") as reference:
            record(reference, session.result, plan, ended)
            assert table(store) == table(reference)


def test_each_hold_is_in_the_file_as_soon_as_it_is_announced(history: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "deep-glute-release")
    session, clock, journal = kept(history, plan)
    seen: list[int] = []

    def look(event: object) -> None:  # runs after the journal's write has committed
        if isinstance(event, HoldEnded):
            reader = sqlite3.connect(history.path)  # another connection sees only what was committed
            seen.append(reader.execute("SELECT COUNT(*) FROM holds").fetchone()[0])
            reader.close()

    session.subscribe(look)
    with_pain_skip_and_stop(session, clock)
    assert seen == list(range(1, len(seen) + 1))
    assert journal.session_id is None  # finished: nothing is being kept


def test_a_session_cut_short_is_interrupted_keeps_its_holds_and_counts(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "history.sqlite3"
    plan = plan_for(catalogue, "lower-back-relief")
    store = open_store(path)
    session, clock, journal = kept(store, plan)
    session.start()
    run_until(session, clock, lambda s: len(s._tally.holds) == 2)  # both sides of knee-to-chest
    advance(session, clock, 10)
    assert journal.session_id is not None
    [(_, running)] = store.sessions()
    assert running.outcome == "in-progress"
    store.close()  # as a kill would: no finish

    with open_store(path) as reopened:
        [(_, session_row)] = reopened.sessions()
        assert session_row.outcome == "interrupted"
        assert session_row.stretched_seconds == 60
        assert session_row.ended_at == STARTED + timedelta(seconds=8 + 30 + 5 + 30)  # its last hold's end
        assert session_row.active_seconds == pytest.approx(73)
        assert len(reopened.holds()) == 2
        progress = progress_of(reopened, STARTED.date())
        assert (progress.sessions, progress.total_minutes, progress.current_streak) == (1, 1.0, 1)
        [row, _] = csv.DictReader(io.StringIO(history_csv(reopened)))
        assert (row["outcome"], row["hold_outcome"], row["stretched_seconds"]) == ("interrupted", "completed", "60.000")


def test_finish_keeps_the_holds_and_pains_that_were_not_kept_yet(history: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "deep-glute-release")
    session, clock, _ = kept(history, plan)
    with_pain_skip_and_stop(session, clock)
    result = session.result
    assert result is not None and result.pain_reports
    begun = history.begin(plan)
    history.add_hold(begun, result.holds[0], plan, active_seconds=1.0)
    history.finish(begun, result, plan, ENDED)
    by_session = [[hold for number, hold in history.holds() if number == wanted] for wanted in (1, begun)]
    assert by_session[0] == by_session[1]
    assert len([pain for number, pain in history.pains() if number == begun]) == len(result.pain_reports)


def test_a_demo_is_not_kept(history: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "desk-break", Timing(speed=10))
    session, clock, journal = kept(history, plan)
    session.start()
    finish(session, clock)
    assert (history.session_count(), journal.session_id) == (0, None)


def test_a_second_start_leaves_the_first_session_interrupted(history: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "desk-break", TIMING)
    journal = SessionJournal(history)
    for _ in range(2):
        session = Session(plan, FakeClock())
        session.subscribe(journal)
        session.start()
    assert [row.outcome for _, row in history.sessions()] == ["interrupted", "in-progress"]


def test_writing_to_a_session_that_is_gone_raises(history: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "desk-break")
    session = Session(plan, FakeClock())
    session.start()
    session.skip()
    session.skip()  # the first hold, skipped
    session.stop()
    assert session.result is not None and session.result.holds
    begun = history.begin(plan)
    history.clear()
    with pytest.raises(HistoryError, match="Could not write to the history"):
        history.add_hold(begun, session.result.holds[0], plan, active_seconds=1.0)
    with pytest.raises(HistoryError, match="not in the history"):
        history.finish(begun, session.result, plan)
    assert history.session_count() == 0
