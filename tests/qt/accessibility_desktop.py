"""A private desktop for screen-reader tests: an X server, a session bus and the AT-SPI bus.

Each is started here, bounded in time, and stopped by its process id afterwards, so a test never
meets (or leaves behind) anyone's real desktop. Needs Debian's xvfb, dbus-x11 (dbus-launch) and
at-spi2-core; .ci/run installs them. `missing()` says what is absent, for a skip message.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from tests.qt.sound_server import _children

BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
START_SECONDS = 15.0


def missing() -> list[str]:
    absent = [name for name in ("Xvfb", "dbus-launch") if shutil.which(name) is None]
    if not BUS_LAUNCHER.exists():
        absent.append("at-spi2-core")
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False) \
        if SYSTEM_PYTHON.exists() else None
    if probe is None or probe.returncode != 0:
        absent.append("python3-pyatspi")
    return absent


def _descendants(pid: int) -> list[int]:
    found = []
    for child in _children(pid):
        found.extend([*_descendants(child), child])
    return found


def _kill(pid: int) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def _start_x(runtime: Path) -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=runtime,
    )
    os.close(write)
    with os.fdopen(read) as stream:  # Xvfb writes its display number once it accepts clients
        display = stream.readline().strip()
    if not display:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{display}"


def _start_session_bus(env: dict[str, str]) -> tuple[int, str]:
    launched = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True,
                              timeout=START_SECONDS, check=True)
    values = dict(line.rstrip(";").split("=", 1) for line in launched.stdout.splitlines() if "=" in line)
    address = values["DBUS_SESSION_BUS_ADDRESS"].strip("'")
    return int(values["DBUS_SESSION_BUS_PID"]), address


@contextmanager
def accessibility_desktop(runtime: Path) -> Iterator[dict[str, str]]:
    """Yields the environment in which an app and an AT-SPI reader meet."""
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    pids: list[int] = []
    x_server, display = _start_x(runtime)
    pids.append(x_server.pid)
    try:
        env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime), "LC_ALL": "C.UTF-8",
               "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb", "NO_AT_BRIDGE": "0"}
        env.pop("WAYLAND_DISPLAY", None)
        bus_pid, address = _start_session_bus(env)
        pids.append(bus_pid)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = subprocess.Popen([str(BUS_LAUNCHER), "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pids.append(launcher.pid)
        _wait_for_bus(env)
        yield env
    finally:
        waited = [x_server, *([launcher] if "launcher" in locals() else [])]
        for pid in reversed(pids):  # the bus launcher's own bus daemon and registry go with it
            for child in _descendants(pid):
                _kill(child)
            _kill(pid)
        for process in waited:
            process.wait(timeout=START_SECONDS)


def _wait_for_bus(env: dict[str, str]) -> None:
    """The AT-SPI bus answers once the launcher has registered it on the session bus."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        probe = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"],
            env=env, capture_output=True, check=False, timeout=START_SECONDS,
        )
        if probe.returncode == 0:
            return
        time.sleep(0.2)
    raise RuntimeError("the AT-SPI bus did not start")
