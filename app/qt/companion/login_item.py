"""Start at login on every system: Windows' HKCU Run key through QSettings' native (registry)
format here, and the freedesktop entry or macOS LaunchAgent through app/autostart.py.

The Windows part is written against the documented Run key and tested with an INI file standing
in for the registry; it is not run on Windows here.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSettings

from app import autostart
from app.desktop_install import Launch, current_launch
from app.paths import APP_NAME

RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"


def run_key() -> QSettings:
    return QSettings(RUN_KEY, QSettings.Format.NativeFormat)


def run_command(launch: Launch) -> str:
    """The Run value: one command line, quoted as Windows parses it. A checkout's launch cannot
    say where to start, so Windows logins need an installed `supple` (current_launch finds it)."""
    return subprocess.list2cmdline([*launch.command, autostart.BACKGROUND])


def set_run_value(enabled: bool, settings: QSettings, launch: Launch | None = None) -> None:
    if enabled:
        settings.setValue(APP_NAME, run_command(launch or current_launch()))
    else:
        settings.remove(APP_NAME)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        raise OSError(f"could not write {APP_NAME} to the Run key ({settings.status().name})")


def start_at_login(enabled: bool) -> None:
    """Writes or removes Supple's login item; raises OSError when that fails."""
    if sys.platform == "win32":
        set_run_value(enabled, run_key())
    else:
        autostart.start_at_login(enabled)


def starts_at_login() -> bool:
    if sys.platform == "win32":
        return run_key().contains(APP_NAME)
    return autostart.starts_at_login()
