"""The CSV export holds every session, hold and pain report, and reads back the same."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.catalogue import Catalogue
from app.history import HistoryStore, SessionRows, rows_for
from app.history.export import COLUMNS, export_csv
from tests.history.builders import (
    ENDED,
    completed,
    pain_in_second_stretch,
    plan_for,
    stopped_after,
    synthetic,
    write_rows,
)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def _expected_rows(recorded: list[SessionRows]) -> list[dict[str, object]]:
    """What each CSV row must say, built from the rows that were written."""
    expected: list[dict[str, object]] = []
    for number, rows in enumerate(recorded, start=1):
        s = rows.session
        session = {"session": number, "routine": s.routine_id, "routine_name": s.routine_name,
                   "started": s.started_at, "ended": s.ended_at, "outcome": s.outcome,
                   "active_seconds": s.active_seconds, "stretched_seconds": s.stretched_seconds}
        details = [{"row": "hold", "step": h.step, "stretch": h.stretch_id, "stretch_name": h.stretch_name,
                    "side": h.side or "", "repetition": h.repetition, "warm_up": "yes" if h.warm_up else "no",
                    "planned_seconds": h.planned_seconds, "held_seconds": h.held_seconds,
                    "hold_outcome": h.outcome} for h in rows.holds]
        details += [{"row": "pain", "step": p.step, "stretch": p.stretch_id, "stretch_name": p.stretch_name,
                     "side": p.side or "", "pain_phase": p.phase, "pain_at_seconds": p.at_seconds}
                    for p in rows.pains]
        expected += [session | detail for detail in details or [{"row": "session"}]]
    return expected


def _parse(row: dict[str, str], like: dict[str, object]) -> dict[str, object]:
    """Read the CSV cells back into the types `like` has."""
    parsed: dict[str, object] = {}
    for key, value in like.items():
        if isinstance(value, datetime):  # written to the second
            read = datetime.fromisoformat(row[key])
            parsed[key] = value if timedelta(0) <= value - read < timedelta(seconds=1) else read
        elif key.endswith("_seconds"):
            parsed[key] = pytest.approx(float(row[key]), abs=0.001)
        elif isinstance(value, int):
            parsed[key] = int(row[key])
        else:
            parsed[key] = row[key]
    return parsed


def test_the_export_reads_back_as_what_was_recorded(store: HistoryStore, catalogue: Catalogue, tmp_path: Path) -> None:
    full, deep, desk = (plan_for(catalogue, name) for name in ("full-back-and-glutes", "deep-glute-release",
                                                                "desk-break"))
    recorded = [
        rows_for(completed(full), full, ENDED),  # with a warm-up
        rows_for(pain_in_second_stretch(deep), deep, ENDED + timedelta(hours=1)),
        rows_for(stopped_after(desk, 1), desk, ENDED + timedelta(hours=2)),  # no hold, no pain
        synthetic(date(2025, 3, 20), 'my-routine, "quoted"', minutes=3),  # a name CSV must quote
    ]
    write_rows(store.path, *recorded)

    path = tmp_path / "export" / "history.csv"
    assert export_csv(store, path) == 4
    read = _read(path)
    expected = _expected_rows(recorded)
    assert len(read) == len(expected)
    for row, wanted in zip(read, expected, strict=True):
        blanks = {key for key in COLUMNS if key not in wanted}
        assert {key: row[key] for key in blanks} == dict.fromkeys(blanks, "")
        assert _parse(row, wanted) == wanted


def test_an_empty_history_exports_just_the_header(store: HistoryStore, tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    assert export_csv(store, path) == 0
    assert _read(path) == []
