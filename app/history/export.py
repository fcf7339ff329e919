"""The history as one CSV file a spreadsheet opens: a row per hold and per pain report.

Each row repeats its session's columns, so the file can be sorted and filtered without lookups. A
session with neither holds nor pain reports (stopped at once) still gets a row of its own.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

from app.atomicio import write_text_atomically
from app.history.interface import History
from app.history.rows import HoldRow, PainRow, SessionRow

# The columns and their codes ("hold", "yes", "completed") are data, not words on screen: they stay the
# same in every language, so a script or spreadsheet formula written against one export reads them all.
SESSION_COLUMNS = ["session", "routine", "routine_name", "started", "ended", "outcome", "active_seconds",
                   "stretched_seconds"]
DETAIL_COLUMNS = ["row", "step", "stretch", "stretch_name", "side", "repetition", "warm_up", "planned_seconds",
                  "held_seconds", "hold_outcome", "pain_phase", "pain_at_seconds"]
COLUMNS = SESSION_COLUMNS + DETAIL_COLUMNS


def _seconds(value: float) -> str:
    return f"{value:.3f}"


def _session_cells(number: int, session: SessionRow) -> list[str]:
    return [str(number), session.routine_id, session.routine_name, session.started_at.isoformat(timespec="seconds"),
            session.ended_at.isoformat(timespec="seconds"), session.outcome, _seconds(session.active_seconds),
            _seconds(session.stretched_seconds)]


def _hold_cells(hold: HoldRow) -> list[str]:
    return ["hold", str(hold.step), hold.stretch_id, hold.stretch_name, hold.side or "", str(hold.repetition),
            "yes" if hold.warm_up else "no", _seconds(hold.planned_seconds), _seconds(hold.held_seconds),
            hold.outcome, "", ""]


def _pain_cells(pain: PainRow) -> list[str]:
    return ["pain", str(pain.step), pain.stretch_id, pain.stretch_name, pain.side or "", "", "", "", "", "",
            pain.phase, _seconds(pain.at_seconds)]


def history_csv(store: History) -> str:
    holds: defaultdict[int, list[HoldRow]] = defaultdict(list)
    pains: defaultdict[int, list[PainRow]] = defaultdict(list)
    for session_id, hold in store.holds():
        holds[session_id].append(hold)
    for session_id, pain in store.pains():
        pains[session_id].append(pain)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for session_id, session in store.sessions():
        details = [_hold_cells(h) for h in holds[session_id]] + [_pain_cells(p) for p in pains[session_id]]
        for cells in details or [["session"] + [""] * (len(DETAIL_COLUMNS) - 1)]:
            writer.writerow(_session_cells(session_id, session) + cells)
    return buffer.getvalue()


def export_csv(store: History, path: Path) -> int:
    """Write the whole history to `path` atomically; returns how many sessions it holds.

    Raises HistoryError when the history cannot be read, OSError when the file cannot be written.
    """
    text = history_csv(store)
    write_text_atomically(path, text)
    return store.session_count()
