"""`supple install-desktop`: put Supple in the person's application menu on Linux.

Writes the launcher, the AppStream metainfo and the icons under $XDG_DATA_HOME (by default
~/.local/share), where desktops look for a user's own applications, and `--uninstall` removes
exactly those files. The launcher runs the interpreter that ran this command, so an install from a
checkout's .venv keeps working wherever the menu starts it from. No Qt here.
"""

from __future__ import annotations

import os
import sys
import sysconfig
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.catalogue import CatalogueError
from app.desktop_entry import DESKTOP_FILE, builtin_actions, desktop_entry, icon_theme_dir, icon_theme_files
from app.metainfo import METAINFO_FILE, metainfo_xml
from app.paths import default_paths

_PACKAGE = Path(__file__).resolve().parent


class InstallError(Exception):
    """Something a person can fix: the message says what and where."""


@dataclass(frozen=True)
class Launch:
    """How the menu starts Supple: a command and, from a source checkout, the folder to start in."""

    command: list[str]
    working_dir: Path | None = None


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or relative (the XDG Base
    Directory spec says to ignore a relative value)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    home = environ.get("HOME", "")
    if not home or not Path(home).is_absolute():
        raise InstallError("neither XDG_DATA_HOME nor HOME names an absolute folder; set XDG_DATA_HOME")
    return Path(home, ".local", "share")


def current_launch() -> Launch:
    """A frozen bundle's own program; else the `supple` script beside this interpreter if there is
    one, else `python -m app`."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is Supple, with no `-m`
        return Launch([str(Path(sys.executable).absolute())])
    script = Path(sysconfig.get_path("scripts"), "supple.exe" if os.name == "nt" else "supple")
    if script.is_file():
        return Launch([str(script)])
    command = [str(Path(sys.executable).absolute()), "-m", "app"]
    checkout = _PACKAGE.parent
    # not installed: `-m app` only finds the package when started in the checkout
    return Launch(command, checkout if (checkout / "pyproject.toml").is_file() else None)


def installed_files(home: Path) -> list[Path]:
    """Every file install writes, so uninstall removes those and nothing else."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / DESKTOP_FILE,
        home / "metainfo" / METAINFO_FILE,
        *(icons / relative for relative in icon_theme_files()),
    ]


def _contents(launch: Launch) -> list[bytes]:
    """What goes into each of installed_files(), in the same order."""
    actions = builtin_actions()
    theme = icon_theme_dir(default_paths().assets)
    return [
        desktop_entry(launch.command, actions, launch.working_dir).encode("utf-8"),
        metainfo_xml(actions).encode("utf-8"),
        *((theme / relative).read_bytes() for relative in icon_theme_files()),
    ]


def install(home: Path, launch: Launch) -> list[Path]:
    try:
        contents = _contents(launch)
    except OSError as error:
        raise InstallError(f"Supple's own icon files cannot be read: {error}") from error
    except CatalogueError as error:  # the routine actions come from the built-in catalogue
        raise InstallError(f"the built-in catalogue cannot be used:\n{error}") from error
    files = installed_files(home)
    for path, content in zip(files, contents, strict=True):
        try:
            _write(path, content)
        except OSError as error:
            raise InstallError(f"cannot write {path}: {error.strerror or error}") from error
    return files


def _write(path: Path, content: bytes) -> None:
    """Through a temporary file and a rename, so a menu never reads half a launcher."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            os.fchmod(stream.fileno(), 0o644)  # mkstemp makes it private; menus and caches read it
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def uninstall(home: Path) -> list[Path]:
    """Remove the installed files that are there; return those removed."""
    removed: list[Path] = []
    for path in installed_files(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise InstallError(f"cannot remove {path}: {error.strerror or error}") from error
        removed.append(path)
    return removed


def run(*, remove: bool, platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> int:
    """The command: say what was done, or why not, and return the exit status."""
    if not platform.startswith("linux"):
        print("supple: install-desktop is for Linux desktops only; on Windows and macOS, "
              "install Supple with pip and start it with `supple`.", file=sys.stderr)
        return 2
    try:
        home = data_home(environ)
        done = uninstall(home) if remove else install(home, current_launch())
    except InstallError as error:
        print(f"supple: {error}", file=sys.stderr)
        return 1
    _report(done, remove=remove, home=home)
    return 0


def _report(done: list[Path], *, remove: bool, home: Path) -> None:
    if remove and not done:
        print(f"Nothing to remove: Supple is not installed in {home}.")
        return
    print("Removed:" if remove else "Installed:")
    for path in done:
        print(f"  {path}")
    if not remove:
        print("Supple is in your application menu; right-click it to start a routine directly.")
