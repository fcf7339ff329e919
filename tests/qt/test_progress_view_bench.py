"""Benchmark: opening the progress view on a year of daily use (run with -m bench -s)."""

from __future__ import annotations

import statistics
import time

import pytest
from pytestqt.qtbot import QtBot

from app.history import HistoryStore
from app.paths import Paths
from app.qt.progress.progress_view import ProgressView
from tests.history.year import TODAY, generate, write_year


@pytest.mark.bench
def test_bench_open_progress_view_on_a_year(qtbot: QtBot, isolated_paths: Paths) -> None:
    opened = HistoryStore.open(isolated_paths.history_file, timeout=0)
    assert isinstance(opened, HistoryStore)
    year = generate()
    write_year(opened, year)
    opened.close()
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        store = HistoryStore.open(isolated_paths.history_file, timeout=0)  # opening is part of the cost
        assert isinstance(store, HistoryStore)
        view = ProgressView(store, today=lambda: TODAY)
        view.resize(800, 640)
        view.grab()  # lays out and paints everything, as showing it would
        timings.append((time.perf_counter() - started) * 1000)
        view.deleteLater()
        store.close()
    print(f"\nprogress view on a year ({len(year.sessions)} sessions): median {statistics.median(timings):.1f} ms,"
          f" max {max(timings):.1f} ms (target < 200 ms)")
