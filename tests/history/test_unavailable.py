"""A bad history file turns history off with a clear reason, and is never changed."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from app.catalogue import Catalogue
from app.history import DisabledHistory, HistoryStore, SessionJournal, progress_of
from app.history.export import history_csv
from app.history.schema import APPLICATION_ID
from app.session import FakeClock, Session
from tests.history.builders import finish, plan_for


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def _unavailable(path: Path) -> DisabledHistory:
    opened = HistoryStore.open(path, timeout=0)
    assert isinstance(opened, DisabledHistory), opened
    assert not opened.available
    assert opened.problem is not None and str(path) in opened.problem
    return opened


def test_a_file_that_is_not_a_database_is_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    before = _snapshot(tmp_path)
    opened = _unavailable(path)
    assert "damaged, or is not a database" in opened.reason
    assert "History is off" in opened.problem
    assert _snapshot(tmp_path) == before


def test_a_damaged_database_is_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    opened = HistoryStore.open(path, timeout=0)
    assert isinstance(opened, HistoryStore)
    opened.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")  # one file, so the damage is all in it
    data = bytearray(path.read_bytes())
    data[len(data) // 2 :] = b"\xff" * (len(data) - len(data) // 2)  # keep the header, ruin the pages
    path.write_bytes(bytes(data))
    before = _snapshot(tmp_path)
    assert "damaged" in _unavailable(path).reason
    assert _snapshot(tmp_path) == before


def test_a_locked_file_turns_history_off_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    opened = HistoryStore.open(path, timeout=0)
    assert isinstance(opened, HistoryStore)
    opened.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        assert "locked" in _unavailable(path).reason
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_file_from_a_newer_supple_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a newer Supple marks its files too
        connection.execute("CREATE TABLE future (x)")
        connection.execute("PRAGMA user_version = 99")
    before = _snapshot(tmp_path)
    assert "made by a newer Supple" in _unavailable(path).reason
    assert _snapshot(tmp_path) == before


def test_a_folder_that_cannot_be_made_turns_history_off(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    assert "cannot be opened" in _unavailable(blocker / "history.sqlite3").reason


def test_a_disabled_history_reads_as_empty_and_keeps_nothing(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database")
    before = _snapshot(tmp_path)
    disabled = _unavailable(path)
    journal = SessionJournal(disabled)
    clock = FakeClock()
    session = Session(plan_for(catalogue, "desk-break"), clock)
    session.subscribe(journal)
    session.start()
    assert journal.session_id is None  # no session is begun, so none can be reported as kept
    result = finish(session, clock)
    assert not journal.finished(result)
    disabled.clear()
    assert progress_of(disabled, date(2025, 3, 14)).empty
    assert history_csv(disabled).count("\n") == 1  # the header alone
    assert _snapshot(tmp_path) == before
