"""A private Wayland desktop for end-to-end tests: Weston's headless backend, with XWayland.

Weston is started in a runtime folder of the test's own, bounded in time, and stopped with its
children (XWayland, its shell) by their process ids afterwards, so a test never meets anyone's
real desktop. Its X window manager's log is kept: Weston's window manager keeps only the window
states it knows (full screen, maximised) and rewrites _NET_WM_STATE as soon as it maps a window,
so the log is where the state a window asked for can still be read. Needs Debian's weston,
xwayland and x11-utils; .ci/run installs them. `missing()` says what is absent, for a skip message.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from tests.qt.sound_server import _children

START_SECONDS = 20.0
SOCKET = "supple-test"
SYSTEM_PYTHON = Path("/usr/bin/python3")
TRAY_HOST = Path(__file__).with_name("tray_host.py")
T = TypeVar("T")


def missing() -> list[str]:
    tools = {"weston": "weston", "Xwayland": "xwayland", "xwininfo": "x11-utils", "xprop": "x11-utils"}
    return sorted({package for tool, package in tools.items() if shutil.which(tool) is None})


def missing_for_tray() -> list[str]:
    """What the tray host needs: a session bus, and the system Python's GLib bindings."""
    absent = [] if shutil.which("dbus-launch") else ["dbus-x11"]
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import gi"], capture_output=True, check=False) \
        if SYSTEM_PYTHON.exists() else None
    if probe is None or probe.returncode != 0:
        absent.append("python3-gi")
    return absent


@dataclass(frozen=True)
class WaylandDesktop:
    env: dict[str, str]  # what an app needs to reach it: WAYLAND_DISPLAY, DISPLAY, XDG_RUNTIME_DIR, ...
    log: Path  # Weston's log, with its X window manager's events

    def x_windows(self) -> dict[str, int]:
        """The named X11 windows XWayland holds, by name (the last of each name wins)."""
        tree = subprocess.run(["xwininfo", "-root", "-tree"], env=self.env, capture_output=True, text=True,
                              timeout=START_SECONDS, check=True).stdout
        return {name: int(window, 16) for window, name in re.findall(r'^\s*(0x[0-9a-f]+) "([^"]*)"', tree, re.M)}

    def asked_states(self, window: int) -> list[list[str]]:
        """Every _NET_WM_STATE the X window `window` set on itself, as the window manager saw it."""
        states = []
        lines = self.log.read_text(errors="replace").splitlines()
        heading = re.compile(rf"XCB_PROPERTY_NOTIFY: window {window}, _NET_WM_STATE: [^:]*: ?(.*)$")
        for at, line in enumerate(lines):
            found = heading.search(line)
            if found is None:
                continue
            atoms = [found.group(1).strip()] if found.group(1).strip() else []
            for more in lines[at + 1:]:  # each further atom on a line of its own, indented
                if not more.startswith("    "):
                    break
                atoms.append(more.strip())
            states.append(atoms)
        return states


def wait_for(what: str, probe: Callable[[], T | None], seconds: float = START_SECONDS) -> T:
    """The first answer of `probe` that is not None, asked every tenth of a second (a real
    compositor and a real app, so real time); fails naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        answer = probe()
        if answer is not None:
            return answer
        time.sleep(0.1)
    raise AssertionError(f"gave up waiting for {what} after {seconds:.0f} s")


def _x_display(log: Path) -> str | None:
    # the number Weston found free; the log names each one it tried and the one it took last
    if not log.exists():
        return None
    numbers = re.findall(r"xserver listening on display (:\d+)", log.read_text(errors="replace"))
    return numbers[-1] if numbers else None


def _stop(weston: subprocess.Popen[bytes]) -> None:
    """Asked first, so Weston removes its X lock file and sockets; then whatever is left, killed."""
    children = _children(weston.pid)
    family = [*(grandchild for child in children for grandchild in _children(child)), *children]
    weston.terminate()
    with suppress(subprocess.TimeoutExpired):
        weston.wait(timeout=5)
    for pid in [*family, weston.pid]:
        with suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    weston.wait(timeout=START_SECONDS)


@contextmanager
def wayland_desktop(runtime: Path) -> Iterator[WaylandDesktop]:
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    log = runtime / "weston.log"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "LC_ALL": "C.UTF-8"}
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY", "XDG_SESSION_TYPE", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(name, None)
    weston = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", "--xwayland", f"--socket={SOCKET}", "--width=1280",
         "--height=800", "--no-config", f"--log={log}", "--logger-scopes=log,xwm-wm-x11"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=runtime,
    )
    try:
        display = wait_for("Weston's XWayland display", lambda: _x_display(log))
        wait_for("Weston's Wayland socket", lambda: True if (runtime / SOCKET).exists() else None)
        yield WaylandDesktop({**env, "WAYLAND_DISPLAY": SOCKET, "DISPLAY": display, "XDG_SESSION_TYPE": "wayland"},
                             log)
    finally:
        _stop(weston)


@contextmanager
def tray_host(desktop: WaylandDesktop, root: Path) -> Iterator[tuple[WaylandDesktop, Path]]:
    """A session bus with a tray host on it (tests/qt/tray_host.py): yields the desktop's
    environment with that bus, and the file where the host writes the menus it reads."""
    root.mkdir(parents=True, exist_ok=True)
    launched = subprocess.run(["dbus-launch", "--sh-syntax"], env=desktop.env, capture_output=True, text=True,
                              timeout=START_SECONDS, check=True)
    values = dict(line.rstrip(";").split("=", 1) for line in launched.stdout.splitlines() if "=" in line)
    bus_pid = int(values["DBUS_SESSION_BUS_PID"])
    env = {**desktop.env, "DBUS_SESSION_BUS_ADDRESS": values["DBUS_SESSION_BUS_ADDRESS"].strip("'")}
    menus = root / "tray-menus.json"
    with (root / "tray-host.log").open("wb") as log:
        host = subprocess.Popen([str(SYSTEM_PYTHON), str(TRAY_HOST), str(menus)], env=env,
                                stdout=subprocess.DEVNULL, stderr=log)
    try:
        wait_for("the tray host", lambda: True if menus.exists() else None)
        yield WaylandDesktop(env, desktop.log), menus
    finally:
        host.kill()
        host.wait(timeout=START_SECONDS)
        with suppress(ProcessLookupError, PermissionError):
            os.kill(bus_pid, signal.SIGKILL)
