"""Killing Supple at any moment while it keeps a session never damages the history, never loses a
committed hold, and loses at most the hold in progress; the cut-short session reads as interrupted."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from app.history import HistoryStore
from tests.helpers import REPO

KILLS = 20
ENDED = {"complete", "stopped"}

Hold = tuple[str, ...]  # step, stretch, side, outcome: as the writer prints it and the file holds it


@dataclass
class Reported:
    """What writers said they had committed, over every run so far."""

    begun: list[int] = field(default_factory=list)
    holds: defaultdict[int, list[Hold]] = field(default_factory=lambda: defaultdict(list))
    finished: set[int] = field(default_factory=set)

    def take(self, line: str) -> None:
        kind, session, *rest = line.split()
        if kind == "begun":
            self.begun.append(int(session))
        elif kind == "hold":
            self.holds[int(session)].append(tuple(rest))
        else:
            self.finished.add(int(session))


def _write_then_kill(path: Path, lines: int, reported: Reported) -> None:
    """Start a writer, wait for `lines` commit reports from it, then kill it wherever it is."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.history.writer_process", str(path)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert writer.stdout is not None
    try:
        for _ in range(lines):
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "the writer ended"
            reported.take(line)
    finally:
        writer.kill()  # SIGKILL on POSIX: no clean-up, no last flush
        rest = writer.stdout.read()  # through our buffer: readline may have read ahead into it
        writer.communicate()
    # The writer ran on while we read; what it printed before dying is in the pipe. Each line is one
    # small write, never cut in half, so a kill leaves at most one step committed but unreported.
    for line in rest.splitlines():
        reported.take(line)


def _stored(path: Path) -> tuple[dict[int, str], dict[int, list[Hold]]]:
    """Each session's outcome and holds, read straight from the file after checking it is sound."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        outcomes = dict(connection.execute("SELECT id, outcome FROM sessions"))
        holds: dict[int, list[Hold]] = {number: [] for number in outcomes}
        rows = connection.execute("SELECT session_id, step, stretch_id, side, outcome FROM holds ORDER BY id")
        for session, step, stretch, side, outcome in rows:
            holds[session].append((str(step), stretch, side or "-", outcome))
    finally:
        connection.close()
    return outcomes, holds


def _check(path: Path, reported: Reported, mended: bool) -> None:
    outcomes, holds = _stored(path)
    # a session whose begin committed just before the kill, unreported: it has nothing in it
    assert all(not holds[number] for number in set(outcomes) - set(reported.begun))
    cut_short = {"interrupted"} if mended else {"interrupted", "in-progress"}
    for number in reported.begun:
        said = reported.holds[number]
        if number in reported.finished:
            assert (outcomes[number] in ENDED, holds[number]) == (True, said), number
            continue
        # every hold reported is there, in order; at most one more (committed, not yet reported)
        assert holds[number][: len(said)] == said, number
        assert len(holds[number]) <= len(said) + 1, number
        assert outcomes[number] in ENDED | cut_short, number  # ENDED: the finish beat the kill
    # only the session the kill cut short can still be in progress, until the next open mends it
    running = [number for number, outcome in outcomes.items() if outcome == "in-progress"]
    assert running in ([], [max(outcomes)]) and not (mended and running)


def test_a_killed_writer_loses_at_most_the_hold_in_progress(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    reported = Reported()
    for kill in range(KILLS):
        # a different number of reports each time, so the kill lands at a different moment
        _write_then_kill(path, 1 + (kill * 7) % 23, reported)
        _check(path, reported, mended=False)
        opened = HistoryStore.open(path, timeout=0)  # marks the session cut short as interrupted
        assert isinstance(opened, HistoryStore), opened
        opened.close()
        _check(path, reported, mended=True)
    assert len(reported.begun) > KILLS and len(reported.finished) > 5
    assert "interrupted" in _stored(path)[0].values()
