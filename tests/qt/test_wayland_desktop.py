"""The real app on a Wayland desktop (Weston, headless, with XWayland), as a person starts it.

By default Supple runs through XWayland, so its mini timer is an X11 window that asks to be kept
above the others (_NET_WM_STATE_ABOVE); with the "native Wayland" setting it is a Wayland window
and no X11 window at all, and the tray menu offers to bring it forward. Weston has no tray of its
own: a small host on a session bus of the test's own (tests/qt/tray_host.py) reads the menu as a
panel would.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.qt.wayland_desktop import WaylandDesktop, missing, missing_for_tray, tray_host, wait_for, wayland_desktop

CHECKOUT = Path(__file__).resolve().parents[2]
MINI_TITLE = "Supple mini timer"
START_SECONDS = 60.0  # Python and Qt starting on a busy machine
BRING_FORWARD = "_Bring the mini timer forward"  # as the tray's menu goes over D-Bus: "_" marks the key

absent = missing()
pytestmark = pytest.mark.skipif(bool(absent), reason=f"needs {', '.join(absent)} (.ci/run installs them)")


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[WaylandDesktop]:
    with wayland_desktop(tmp_path / "run") as running:
        yield running


@contextmanager
def supple_in(desktop: WaylandDesktop, root: Path, env: dict[str, str] | None = None,
              **settings: object) -> Iterator[Path]:
    """`supple --routine desk-break --mini` on `desktop`, with `settings` (and `env` over the
    desktop's); yields its error output's file."""
    config = root / "config"
    config.mkdir(parents=True)
    # no chimes or voice: this test is about windows, and needs no sound server
    (config / "settings.json").write_text(json.dumps({"version": 1, "sound_enabled": False, "voice_enabled": False,
                                                      **settings}))
    env = {**desktop.env, "SUPPLE_CONFIG_DIR": str(config), "SUPPLE_DATA_DIR": str(root / "data"),
           "SUPPLE_RUNTIME_DIR": str(root / "socket"), "WAYLAND_DEBUG": "client", **(env or {})}
    errors = root / "app.log"
    with errors.open("wb") as log:
        app = subprocess.Popen([sys.executable, "-m", "app", "--routine", "desk-break", "--mini"], cwd=CHECKOUT,
                               env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            yield errors
        finally:
            app.kill()
            app.wait(timeout=10)


def _wayland_titles(errors: Path) -> list[str]:
    # WAYLAND_DEBUG=client: libwayland prints each request the app sends to the compositor
    return re.findall(r'xdg_toplevel@\d+\.set_title\("([^"]*)"\)', errors.read_text(errors="replace"))


def test_by_default_the_mini_timer_is_an_x11_window_that_asks_to_stay_on_top(
    desktop: WaylandDesktop, tmp_path: Path,
) -> None:
    with supple_in(desktop, tmp_path / "app") as errors:
        window = wait_for("the mini timer's X11 window", lambda: desktop.x_windows().get(MINI_TITLE), START_SECONDS)
        asked = wait_for("its _NET_WM_STATE", lambda: desktop.asked_states(window) or None)
        assert "_NET_WM_STATE_ABOVE" in asked[0], asked
        name = subprocess.run(["xprop", "-id", str(window), "WM_NAME"], env=desktop.env, capture_output=True,
                              text=True, timeout=10, check=True).stdout
        assert MINI_TITLE in name
        assert _wayland_titles(errors) == []  # not a Wayland client itself: XWayland is


def _runs_as_a_wayland_window(desktop: WaylandDesktop, errors: Path) -> None:
    wait_for("the mini timer's Wayland window", lambda: True if MINI_TITLE in _wayland_titles(errors) else None,
             START_SECONDS)
    assert not [name for name in desktop.x_windows() if name.startswith("Supple")]


def test_with_native_wayland_it_is_a_wayland_window_and_no_x11_one(desktop: WaylandDesktop, tmp_path: Path) -> None:
    with supple_in(desktop, tmp_path / "app", native_wayland=True) as errors:
        _runs_as_a_wayland_window(desktop, errors)


def test_a_platform_the_person_chose_is_the_one_used(desktop: WaylandDesktop, tmp_path: Path) -> None:
    with supple_in(desktop, tmp_path / "app", {"QT_QPA_PLATFORM": "wayland"}) as errors:  # the setting says XWayland
        _runs_as_a_wayland_window(desktop, errors)


def _entry(menus: Path, label: str) -> dict[str, Any] | None:
    """The tray menu's item called `label`, with the bus name and menu path it is clicked at."""
    for menu in json.loads(menus.read_text(encoding="utf-8"))["menus"]:
        for entry in menu["items"]:
            if entry["label"] == label:
                return {**entry, "bus": menu["bus"], "path": menu["path"]}
    return None


def _click(env: dict[str, str], entry: dict[str, Any]) -> None:
    """What a panel sends when the person clicks the item in the tray's menu."""
    subprocess.run(["gdbus", "call", "--session", "--dest", entry["bus"], "--object-path", entry["path"],
                    "--method", "com.canonical.dbusmenu.Event", str(entry["id"]), "clicked", "<0>", "0"],
                   env=env, capture_output=True, timeout=10, check=True)


@pytest.mark.skipif(bool(missing_for_tray()), reason=f"needs {', '.join(missing_for_tray())} (.ci/run installs them)")
@pytest.mark.parametrize(("native", "offered"), [(True, True), (False, False)])
def test_the_tray_brings_the_mini_timer_forward_only_where_it_cannot_stay_on_top(
    desktop: WaylandDesktop, tmp_path: Path, native: bool, offered: bool,
) -> None:
    with tray_host(desktop, tmp_path / "tray") as (on_bus, menus), \
            supple_in(on_bus, tmp_path / "app", native_wayland=native):
        entry = wait_for("the tray menu's bring-forward item", lambda: _entry(menus, BRING_FORWARD), START_SECONDS)
        assert entry["visible"] is offered
        if offered:
            assert entry["enabled"] is True  # the routine is running: there is a mini timer to bring forward


@pytest.mark.skipif(bool(missing_for_tray()), reason=f"needs {', '.join(missing_for_tray())} (.ci/run installs them)")
def test_bring_forward_from_the_tray_maps_the_mini_timer_anew(desktop: WaylandDesktop, tmp_path: Path) -> None:
    with tray_host(desktop, tmp_path / "tray") as (on_bus, menus), \
            supple_in(on_bus, tmp_path / "app", native_wayland=True) as errors:
        entry = wait_for("the tray menu's bring-forward item", lambda: _entry(menus, BRING_FORWARD), START_SECONDS)
        wait_for("the mini timer's Wayland window", lambda: True if MINI_TITLE in _wayland_titles(errors) else None)
        _click(on_bus.env, entry)
        # a window the compositor maps anew goes in front of the others
        mapped_again = lambda: True if _wayland_titles(errors).count(MINI_TITLE) >= 2 else None  # noqa: E731
        wait_for("the mini timer mapped again", mapped_again)
