"""Issue #15's "done when": the real app under Xvfb (which has MIT-SCREEN-SAVER), started with
--background, reminder_every_minutes 15 and --speed 300 (a reminder after 3 s of work, a break
after 1 s idle). While the input stays idle no prompt comes; while xdotool moves the pointer, a
window titled "Time for a stretch..." appears within a few seconds. Bounded; everything it starts
is stopped by its process id."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.qt.accessibility_desktop import _descendants, _kill, _start_x

ROOT = Path(__file__).resolve().parents[3]
START_SECONDS = 30.0  # a loaded machine may take this long to start the app
IDLE_SECONDS = 8.0  # well past idle_reset (1 s) and two reminders' worth of work (3 s each)
APPEAR_SECONDS = 15.0
TITLE = "Time for a stretch"

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None, reason="needs Xvfb and xdotool"
)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    server, name = _start_x(tmp_path)
    # SUPPLE_RUNTIME_DIR stays the short one tests/conftest.py made: a socket's path must be short
    env = {**os.environ, "DISPLAY": name, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
           "SUPPLE_CONFIG_DIR": str(tmp_path / "config"), "SUPPLE_DATA_DIR": str(tmp_path / "data")}
    for away in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):  # never anyone's real desktop
        env.pop(away, None)
    (tmp_path / "config").mkdir()
    settings = {"version": 1, "reminder_every_minutes": 15, "sound_enabled": False, "voice_enabled": False}
    (tmp_path / "config" / "settings.json").write_text(json.dumps(settings))
    try:
        yield env
    finally:
        server.kill()
        server.wait(timeout=10)


@pytest.fixture
def supple(desktop: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    with (tmp_path / "supple.log").open("wb") as log:  # said when it fails
        process = subprocess.Popen([sys.executable, "-m", "app", "--background", "--speed", "300"], env=desktop,
                                   cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            yield process
        finally:
            for pid in [*_descendants(process.pid), process.pid]:  # the audio workers too, if any started
                _kill(pid)
            process.wait(timeout=10)


def prompt_windows(env: dict[str, str]) -> list[str]:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", TITLE], env=env,
                           capture_output=True, text=True, timeout=10, check=False)
    return found.stdout.split()


def wait_until_listening(env: dict[str, str], process: subprocess.Popen[bytes]) -> None:
    """The app is up once its single-instance socket is there (it shows no window to wait for)."""
    deadline = time.monotonic() + START_SECONDS
    runtime = Path(env["SUPPLE_RUNTIME_DIR"])
    while time.monotonic() < deadline:
        assert process.poll() is None, "supple --background ended"
        if runtime.exists() and any(path.is_socket() for path in runtime.rglob("*")):
            return
        time.sleep(0.2)
    pytest.fail("supple --background never started listening")


def test_a_prompt_comes_while_the_pointer_moves_and_none_while_idle(
    desktop: dict[str, str], supple: subprocess.Popen[bytes]
) -> None:
    wait_until_listening(desktop, supple)
    idle_until = time.monotonic() + IDLE_SECONDS
    while time.monotonic() < idle_until:  # nobody touches anything
        assert prompt_windows(desktop) == [], "a reminder came while the input was idle"
        time.sleep(0.5)
    deadline = time.monotonic() + APPEAR_SECONDS
    x = 100
    while time.monotonic() < deadline:
        x = 100 + (x + 37) % 600
        subprocess.run(["xdotool", "mousemove", str(x), "300"], env=desktop, check=True, timeout=10)
        if prompt_windows(desktop):
            return
        time.sleep(0.25)
    pytest.fail(f"no window titled '{TITLE}...' within {APPEAR_SECONDS:.0f} s of moving the pointer")
