"""Benchmark: how long loading the shipped catalogue takes (run with -m bench)."""

from __future__ import annotations

import statistics
import time

import pytest

from app.catalogue import load_catalogue
from app.paths import default_paths


@pytest.mark.bench
def test_bench_load_shipped_catalogue() -> None:
    paths = default_paths()
    timings = []
    for _ in range(50):
        started = time.perf_counter()
        load_catalogue(paths.builtin_catalogue, paths.catalogue_schema)
        timings.append((time.perf_counter() - started) * 1000)
    print(f"\ncatalogue load: median {statistics.median(timings):.2f} ms, max {max(timings):.2f} ms (target < 50 ms)")
