"""The app as launched: `supple --routine ID --exit-when-done` runs the routine and leaves."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import Paths, default_paths


def launch(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("CONFIG", "DATA", "CACHE"):
        env[f"SUPPLE_{name}_DIR"] = str(tmp_path / name.lower())
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_a_routine_runs_to_the_end_and_the_app_exits_cleanly(tmp_path: Path) -> None:
    # --speed 1000 plays the three-minute routine in a fifth of a second of real time
    done = launch(tmp_path, "--routine", "lower-back-relief", "--speed", "1000", "--exit-when-done")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_an_unknown_routine_is_named_with_the_known_ones(tmp_path: Path) -> None:
    done = launch(tmp_path, "--routine", "no-such-routine")
    assert done.returncode == 2
    assert "no-such-routine" in done.stderr and "lower-back-relief" in done.stderr


def test_a_sped_up_demo_is_kept_out_of_the_history(tmp_path: Path) -> None:
    done = launch(tmp_path, "--routine", "desk-break", "--speed", "1000", "--exit-when-done")
    assert done.returncode == 0, done.stderr
    history = default_paths_in(tmp_path).history_file
    assert history.exists(), "the history database was not opened"
    with sqlite3.connect(history) as connection:
        assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (0,)


def test_a_corrupt_history_is_left_alone_and_the_routine_still_runs(tmp_path: Path) -> None:
    history = default_paths_in(tmp_path).history_file
    history.parent.mkdir(parents=True)
    garbage = b"not a database, but somebody's precious file\n" * 100
    history.write_bytes(garbage)
    done = launch(tmp_path, "--routine", "desk-break", "--speed", "1000", "--exit-when-done")
    assert done.returncode == 0, done.stderr
    assert history.read_bytes() == garbage


def default_paths_in(tmp_path: Path) -> Paths:
    with pytest.MonkeyPatch.context() as patch:
        for name in ("CONFIG", "DATA", "CACHE"):
            patch.setenv(f"SUPPLE_{name}_DIR", str(tmp_path / name.lower()))
        return default_paths()
