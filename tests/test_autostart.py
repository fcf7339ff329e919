"""Start at login: the freedesktop autostart entry and the macOS LaunchAgent, written and removed."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from app.autostart import autostart_entry_path, start_at_login, starts_at_login
from app.desktop_install import Launch

LAUNCH = Launch(["/opt/supple venv/bin/python", "-m", "app"], Path("/opt/supple"))


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_on_writes_an_autostart_entry_that_starts_supple_in_the_background(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path / "home")}
    path = start_at_login(True, "linux", env, LAUNCH)
    assert path == tmp_path / "config" / "autostart" / "io.github.supple_app.Supple.desktop"
    written = entry(path)
    assert written["Exec"] == '"/opt/supple venv/bin/python" -m app --background'
    assert written["Path"] == "/opt/supple"
    assert written["StartupNotify"] == "false"  # no window comes, so no busy cursor
    assert "Actions" not in written
    assert starts_at_login("linux", env)


def test_off_removes_it_and_off_again_is_fine(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    path = start_at_login(True, "linux", env, LAUNCH)
    start_at_login(False, "linux", env, LAUNCH)
    assert not path.exists() and not starts_at_login("linux", env)
    start_at_login(False, "linux", env, LAUNCH)


def test_without_xdg_config_home_the_entry_goes_to_dot_config(tmp_path: Path) -> None:
    for config in ({}, {"XDG_CONFIG_HOME": "relative/ignored"}):
        env = {"HOME": str(tmp_path), **config}
        assert autostart_entry_path(env) == tmp_path / ".config" / "autostart" / "io.github.supple_app.Supple.desktop"


def test_no_absolute_home_is_an_error_said_plainly() -> None:
    with pytest.raises(OSError, match="HOME"):
        start_at_login(True, "linux", {"HOME": "relative"}, LAUNCH)


def test_desktop_file_validate_accepts_the_autostart_entry(tmp_path: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    path = start_at_login(True, "linux", {"XDG_CONFIG_HOME": str(tmp_path)}, LAUNCH)
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_on_macos_a_launch_agent_runs_supple_in_the_background_at_login(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path)}
    path = start_at_login(True, "darwin", env, LAUNCH)
    assert path == tmp_path / "Library" / "LaunchAgents" / "io.github.supple_app.Supple.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "io.github.supple_app.Supple"
    assert agent["ProgramArguments"] == ["/opt/supple venv/bin/python", "-m", "app", "--background"]
    assert agent["RunAtLoad"] is True and agent["WorkingDirectory"] == "/opt/supple"
    assert starts_at_login("darwin", env)
    start_at_login(False, "darwin", env)
    assert not path.exists()


def test_windows_is_left_to_the_registry_side() -> None:
    with pytest.raises(ValueError, match="login_item"):
        start_at_login(True, "win32", {}, LAUNCH)
