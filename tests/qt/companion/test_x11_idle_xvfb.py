"""The X11 idle source on a real X server (Xvfb has MIT-SCREEN-SAVER): the idle time grows while
nothing happens and drops when xdotool moves the pointer."""

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
PROBE = Path(__file__).with_name("x11_idle_probe.py")
DEADLINE = 10.0

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None, reason="needs Xvfb and xdotool"
)


class Probe:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def idle(self) -> float:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

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
        env = {**os.environ, "DISPLAY": name, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
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
