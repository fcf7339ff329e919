"""Start Supple when the person logs in: `supple --background`, in the tray only.

Linux and the BSDs: a freedesktop autostart entry, $XDG_CONFIG_HOME/autostart/<APP_ID>.desktop,
built like the menu's launcher (app/desktop_entry.py) and run with the interpreter that wrote it.
macOS: a LaunchAgent, ~/Library/LaunchAgents/<APP_ID>.plist, which launchd runs at login.
Windows keeps it in the registry's HKCU Run key, written through QSettings, so that part lives in
app/qt/companion/login_item.py. Writes are atomic; a failure raises OSError for the caller to show.
No Qt here.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping
from pathlib import Path

from app.atomicio import write_bytes_atomically, write_text_atomically
from app.desktop_entry import desktop_entry
from app.desktop_install import Launch, current_launch
from app.paths import APP_ID

BACKGROUND = "--background"


def _absolute(value: str) -> Path | None:
    return Path(value) if value and Path(value).is_absolute() else None


def _home(environ: Mapping[str, str]) -> Path:
    home = _absolute(environ.get("HOME", ""))
    if home is None:
        raise OSError("HOME does not name an absolute folder, so there is no place for a login item")
    return home


def autostart_entry_path(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_CONFIG_HOME/autostart/..., or ~/.config/autostart/... when it is unset or relative."""
    config = _absolute(environ.get("XDG_CONFIG_HOME", "")) or _home(environ) / ".config"
    return config / "autostart" / f"{APP_ID}.desktop"


def launch_agent_path(environ: Mapping[str, str] = os.environ) -> Path:
    return _home(environ) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def autostart_entry(launch: Launch) -> str:
    return desktop_entry([*launch.command, BACKGROUND], [], launch.working_dir, startup_notify=False)


def launch_agent(launch: Launch) -> bytes:
    agent: dict[str, object] = {
        "Label": APP_ID,
        "ProgramArguments": [*launch.command, BACKGROUND],
        "RunAtLoad": True,
        "ProcessType": "Interactive",  # it talks to the person: launchd should not slow it down
    }
    if launch.working_dir is not None:
        agent["WorkingDirectory"] = str(launch.working_dir)
    return plistlib.dumps(agent)


def login_item_path(system: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path:
    if system == "win32":
        raise ValueError("on Windows the login item is a registry value: see app/qt/companion/login_item.py")
    return launch_agent_path(environ) if system == "darwin" else autostart_entry_path(environ)


def start_at_login(enabled: bool, system: str = sys.platform, environ: Mapping[str, str] = os.environ,
                   launch: Launch | None = None) -> Path:
    """Writes the login item (on) or removes it (off); returns where it is."""
    path = login_item_path(system, environ)
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    launch = launch or current_launch()
    if system == "darwin":
        write_bytes_atomically(path, launch_agent(launch))
    else:
        write_text_atomically(path, autostart_entry(launch))
    return path


def starts_at_login(system: str = sys.platform, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether the login item is there (the person may have removed it in their desktop's settings)."""
    return login_item_path(system, environ).is_file()
