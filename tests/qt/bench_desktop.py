"""A real X desktop for the footprint benchmark: Xvfb, openbox, a session bus and a sound server
(a PulseAudio null sink), like a person's.

Offscreen Qt paints into memory and hides what painting to a real server costs, so the benchmark
runs on xcb. Everything is started here, bounded in time, and stopped by its process id afterwards.
Needs Debian's xvfb, openbox, x11-utils (xprop), dbus-x11 (dbus-launch) and pulseaudio. Without
the sound server, the voice's worker would give up 8 s into a hold and the window would show
its notice in the middle of the measured seconds, which no person's desktop does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.qt.accessibility_desktop import START_SECONDS, _descendants, _kill, _start_session_bus, _start_x
from tests.qt.sound_server import null_sink, stop_speech_dispatcher

TOOLS = ("Xvfb", "openbox", "xprop", "dbus-launch", "pulseaudio")


def missing() -> list[str]:
    return [name for name in TOOLS if shutil.which(name) is None]


def _wait_for_window_manager(env: dict[str, str], log: Path, x_server: subprocess.Popen[bytes]) -> None:
    """openbox is managing once it has set the EWMH check window on the root."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True,
                               text=True, check=False, timeout=START_SECONDS)
        if "window id" in probe.stdout:
            return
        time.sleep(0.1)
    gone = "" if x_server.poll() is None else f" (the X server had ended, status {x_server.returncode})"
    raise RuntimeError(f"openbox did not start{gone}: {log.read_text(errors='replace')[-500:]}")


ATTEMPTS = 3


@contextmanager
def x_desktop(runtime: Path) -> Iterator[dict[str, str]]:
    """Yields the environment of a private X desktop with a window manager and a session bus. On
    a shared machine the X server is sometimes gone before openbox reaches it: tried again."""
    for attempt in range(ATTEMPTS):
        desktop = _one_desktop(runtime / f"try{attempt}")
        try:
            env = desktop.__enter__()  # its own cleanup runs if it fails
        except RuntimeError:
            if attempt == ATTEMPTS - 1:
                raise
            continue
        break
    try:
        yield env
    finally:
        desktop.__exit__(None, None, None)


@contextmanager
def _one_desktop(runtime: Path) -> Iterator[dict[str, str]]:
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    x_server, display = _start_x(runtime)
    pids = [x_server.pid]
    waited: list[subprocess.Popen[bytes]] = [x_server]
    try:
        env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime), "LC_ALL": "C.UTF-8",
               "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        bus_pid, address = _start_session_bus(env)
        pids.append(bus_pid)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        with (runtime / "openbox.log").open("wb") as log:  # why, should it not start
            manager = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=log, stderr=log)
        pids.append(manager.pid)
        waited.append(manager)
        _wait_for_window_manager(env, runtime / "openbox.log", x_server)
        with null_sink(runtime) as sound:
            yield {**env, "PULSE_SERVER": sound["PULSE_SERVER"]}
    finally:
        stop_speech_dispatcher(runtime)  # the speech workers' daemon outlives them
        for pid in reversed(pids):
            for child in _descendants(pid):
                _kill(child)
            _kill(pid)
        for process in waited:
            process.wait(timeout=START_SECONDS)
