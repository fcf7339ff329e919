"""Benchmark: 1,000 seeded mutations of the shipped catalogue through `check`, `routines` and a
session start (run with -m bench -s). Prints what happened to them; fails only on a broken promise
(a traceback, a hang, an unnamed or overlong message, a built-in routine lost), never on speed."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from pathlib import Path

import pytest

from app.paths import Paths
from tests.catalogue.fuzzing import SLOW_SECONDS, examine, mutant_file

CASES = 1_000


@pytest.mark.bench
def test_bench_a_thousand_fuzzed_catalogues(tmp_path: Path, isolated_paths: Paths) -> None:
    tally: Counter[str] = Counter()
    seconds: list[float] = []
    broken: list[str] = []
    for seed in range(CASES):
        path = tmp_path / "mutant.json"
        changes = mutant_file(random.Random(seed), path)
        verdict = examine(path, isolated_paths)
        runs = (verdict.check, verdict.routines)
        seconds.append(max(run.seconds for run in runs))
        tally["exit 0"] += verdict.check.code == 0
        tally["exit non-zero, named"] += verdict.named
        tally["tracebacks"] += sum(bool(run.failure) and run.failure != "hung" for run in runs)
        tally["hangs"] += sum(run.failure == "hung" for run in runs)
        tally[f"runs over {SLOW_SECONDS:g} s"] += sum(run.seconds > SLOW_SECONDS for run in runs)
        tally["built-in routine started"] += verdict.started
        if verdict.faults:
            broken.append(f"seed {seed} ({'; '.join(changes)}): {verdict.faults[0][:300]}")
    print(f"\nfuzzed catalogues: {CASES} cases")
    for name in ("exit 0", "exit non-zero, named", "tracebacks", "hangs", f"runs over {SLOW_SECONDS:g} s",
                 "built-in routine started"):
        print(f"  {name:<26} {tally[name]:>5}")
    print(f"  slower run of each case    median {statistics.median(seconds) * 1000:.1f} ms, max {max(seconds):.2f} s")
    for line in broken[:10]:
        print(f"  broken: {line}")
    assert broken == []
