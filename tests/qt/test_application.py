"""The app as launched: `supple --routine ID --exit-when-done` runs the routine and leaves."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.context import load_context, timing_from
from app.paths import Paths, default_paths
from app.qt.application import ENDING_SECONDS
from app.session import build_plan
from app.settings import Settings
from tests.qt.sound_server import stop_speech_dispatcher


def launch(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    for name in ("CONFIG", "DATA"):
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
        for name in ("CONFIG", "DATA"):
            patch.setenv(f"SUPPLE_{name}_DIR", str(tmp_path / name.lower()))
        return default_paths()


def test_with_no_sound_server_the_routine_still_finishes_in_its_time(tmp_path: Path) -> None:
    """No sound server: the chimes find no device, and a speech engine (speech-dispatcher, where
    installed) may accept lines and never speak them. Neither may hold the routine or its exit."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {"XDG_RUNTIME_DIR": str(runtime), "PULSE_SERVER": f"unix:{runtime}/no-such-server"}
    began = time.monotonic()
    try:
        done = launch(tmp_path, "--routine", "desk-break", "--speed", "20", "--exit-when-done", env=env)
    finally:
        stop_speech_dispatcher(runtime)
    took = time.monotonic() - began
    assert done.returncode == 0, done.stderr
    planned = plan_seconds("desk-break") / 20
    # start-up, and at most the bounded wait for the last cue (ENDING_SECONDS): never a hang
    assert took < planned + 5 + ENDING_SECONDS, f"took {took:.1f} s for a {planned:.1f} s routine"
    assert "Traceback" not in done.stderr
    assert "QSocketNotifier" not in done.stderr


def plan_seconds(routine_id: str) -> float:
    context = load_context(default_paths())
    catalogue = context.catalogue.catalogue
    plan = build_plan(catalogue.routine(routine_id), catalogue, timing_from(Settings()))
    return sum(phase.seconds for phase in plan.phases)


# Parts a start does not use, loaded only when first wanted: the install-desktop command, the mini
# timer, the settings dialog and its panels, and the progress page's view of the history; and
# hashlib, whose OpenSSL costs 3 MB for the one digest the single-instance name needs; the routine
# editor's window; and ctypes.util (libX11 and libXss are opened by their usual names).
NOT_AT_START = ("hashlib", "ctypes.util", "app.qt.editor.editor_window", "app.desktop_install",
                "app.metainfo", "app.qt.mini.mini_timer", "app.qt.mini.mini_face",
                "app.qt.settings.settings_dialog", "app.qt.settings.sound_settings",
                "app.qt.settings.reminder_settings", "app.qt.progress.progress_view")
_MODULES_AT_START = """
import sys
from PySide6.QtCore import QTimer
from app.qt.application import make_application
app = make_application()
# the first turn of the event loop: the window is shown, nothing is wanted yet
QTimer.singleShot(0, lambda: (print(" ".join(sorted(sys.modules)), flush=True), app.exit(0)))
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("arguments", [[], ["--routine", "lower-back-relief"]])
def test_a_start_loads_only_what_it_shows(tmp_path: Path, arguments: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("CONFIG", "DATA"):
        env[f"SUPPLE_{name}_DIR"] = str(tmp_path / name.lower())
    done = subprocess.run([sys.executable, "-c", _MODULES_AT_START, *arguments], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "app.qt.window.main_window" in loaded  # the probe saw a start
    assert sorted(loaded.intersection(NOT_AT_START)) == []
