"""The app as launched: `supple --routine ID --exit-when-done` runs the routine and leaves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


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
