"""The X11 sources on a real X server, as platform_sources chooses them: Xvfb has MIT-SCREEN-SAVER,
so the idle time grows while nothing happens and drops when xdotool moves the pointer; with openbox
as the window manager, a full-screen window makes the session busy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.qt.accessibility_desktop import _start_x

ROOT = Path(__file__).resolve().parents[3]
PROBE = Path(__file__).with_name("x11_probe.py")
DEADLINE = 10.0

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None, reason="needs Xvfb and xdotool"
)


class Probe:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{command}\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def idle(self) -> float:
        return float(self.ask("idle"))

    def until(self, command: str, wanted: str) -> None:
        deadline = time.monotonic() + DEADLINE
        while self.ask(command) != wanted:
            assert time.monotonic() < deadline, f"{command} never said {wanted!r}"

    def idle_until(self, wanted: Callable[[float], bool]) -> float:
        """Asks until the answer is `wanted`; the X server's clock is real, so this waits, bounded."""
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            value = self.idle()
            if wanted(value):
                return value
        raise AssertionError("the idle time never became what was wanted")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[dict[str, str]]:
    server, name = _start_x(tmp_path)
    try:
        env = {**os.environ, "DISPLAY": name, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
               "XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "openbox",
               # no session bus: only the X server answers (and libdbus starts no bus of its own)
               "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}"}
        env.pop("WAYLAND_DISPLAY", None)
        yield env
    finally:
        server.kill()
        server.wait(timeout=DEADLINE)


@pytest.fixture
def probe(display: dict[str, str]) -> Iterator[Probe]:
    process = subprocess.Popen([sys.executable, str(PROBE)], env=display, cwd=ROOT, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        yield Probe(process)
    finally:
        process.kill()
        process.wait(timeout=DEADLINE)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def move_pointer(env: dict[str, str], x: int) -> None:
    subprocess.run(["xdotool", "mousemove", str(x), "300"], env=env, check=True, timeout=DEADLINE)


def test_idle_grows_while_nothing_happens_and_drops_when_the_pointer_moves(
    probe: Probe, display: dict[str, str]
) -> None:
    before = probe.idle_until(lambda seconds: seconds >= 0.5)
    move_pointer(display, 400)
    after = probe.idle()
    assert after < before
    grown = probe.idle_until(lambda seconds: seconds > after + 0.2)
    move_pointer(display, 500)
    assert probe.idle() < grown


def test_the_x_server_is_what_answers(probe: Probe) -> None:
    assert probe.ask("abilities") == "X11 screen saver extension|full screen"


def test_a_window_that_is_gone_is_a_failed_call_not_an_exit(probe: Probe) -> None:
    assert probe.ask("stray") == "alive None"
    assert probe.idle() >= 0


@pytest.fixture
def window_manager(display: dict[str, str], tmp_path: Path) -> Iterator[None]:
    """openbox, up before the probe starts: Qt reads what the window manager supports at start."""
    up = tmp_path / "openbox-up"
    manager = subprocess.Popen(["openbox", "--startup", f"touch {up}"], env=display,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + DEADLINE
        while not up.exists():  # openbox runs its startup command once it manages the screen
            assert time.monotonic() < deadline and manager.poll() is None, "openbox did not start"
            time.sleep(0.05)
        yield
    finally:
        manager.kill()
        manager.wait(timeout=DEADLINE)


@pytest.mark.skipif(shutil.which("openbox") is None, reason="needs openbox")
def test_busy_while_the_active_window_is_full_screen(window_manager: None, probe: Probe) -> None:
    assert probe.ask("busy") == "None"
    probe.ask("full")
    probe.until("busy", "a window is full screen")
    probe.ask("window")
    probe.until("busy", "None")
