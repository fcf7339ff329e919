"""Killing Supple at any moment while it writes never damages the history or loses a commit."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from app.history import HistoryStore
from tests.helpers import REPO
from tests.history.writer_process import HOLDS_PER_SESSION

KILLS = 20


def _write_then_kill(path: Path, commits: int) -> set[int]:
    """Start a writer, read `commits` committed ids from it, then kill it wherever it is."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.history.writer_process", str(path)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert writer.stdout is not None
    committed = set()
    try:
        for _ in range(commits):
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "the writer ended"
            committed.add(int(line))
    finally:
        writer.kill()  # SIGKILL on POSIX: no clean-up, no last flush
        writer.communicate()
    return committed


def _check(path: Path, committed: set[int]) -> None:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in connection.execute("SELECT id FROM sessions")}
        assert committed <= stored
        # every session is whole: all its holds are there, or the session is not
        counts = connection.execute("SELECT COUNT(*) FROM holds GROUP BY session_id").fetchall()
        assert set(counts) == {(HOLDS_PER_SESSION,)}
        assert len(counts) == len(stored)
    connection.close()


def test_a_killed_writer_leaves_every_committed_session_and_a_sound_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    committed: set[int] = set()
    for kill in range(KILLS):
        # a different number of commits each time, so the kill lands at a different moment
        committed |= _write_then_kill(path, commits=1 + (kill * 7) % 23)
        _check(path, committed)
    opened = HistoryStore.open(path, timeout=0)
    assert isinstance(opened, HistoryStore), opened
    with opened as store:
        assert {number for number, _ in store.sessions()} >= committed
