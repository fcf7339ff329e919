"""The freedesktop launcher: Supple's .desktop entry, with an action per built-in routine.

The same text serves two places: `packaging/` holds it with `Exec=supple` for distribution
packages, and `supple install-desktop` writes it with the absolute command of the running
interpreter. Everything is named after app.paths.APP_ID, so the launcher, the AppStream metainfo,
the icon and the single-instance socket agree. `python -m app.desktop_packaging`
rewrites packaging/.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.catalogue import load_catalogue
from app.paths import APP_ID, APP_NAME, default_paths

DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_NAME = APP_ID
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SUMMARY = "Guided stretch breaks for your lower back and glutes"
KEYWORDS = ("stretch", "stretching", "back", "glutes", "break", "exercise", "posture", "physiotherapy")

# The Desktop Entry spec lists these as needing quotes inside an Exec argument.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class RoutineAction:
    """One right-click entry of the launcher: start this routine at once."""

    routine_id: str
    name: str
    description: str


def builtin_actions() -> list[RoutineAction]:
    """The built-in routines only: the launcher is shared by everyone who installs Supple."""
    paths = default_paths()
    catalogue = load_catalogue(paths.builtin_catalogue, paths.catalogue_schema).catalogue
    return [RoutineAction(routine.id, routine.name, routine.description) for routine in catalogue.routines]


def _escape_string(value: str) -> str:
    """A value of the spec's `string` type: backslash and control characters escaped."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def _quote_argument(argument: str) -> str:
    argument = argument.replace("%", "%%")  # a lone % would start a field code
    if argument and not _RESERVED.intersection(argument):
        return argument
    inner = "".join(f"\\{char}" if char in '"`$\\' else char for char in argument)
    return f'"{inner}"'


def exec_line(command: Sequence[str]) -> str:
    """`command` as an Exec value: each argument quoted as the spec asks, then string-escaped."""
    return _escape_string(" ".join(_quote_argument(argument) for argument in command))


def _action_group(action: RoutineAction, command: Sequence[str]) -> list[str]:
    return [
        "",
        f"[Desktop Action {action.routine_id}]",
        f"Name={_escape_string(action.name)}",
        f"Exec={exec_line([*command, '--routine', action.routine_id])}",
    ]


def desktop_entry(
    command: Sequence[str], actions: Sequence[RoutineAction], working_dir: Path | None = None,
    startup_notify: bool = True,
) -> str:
    """The .desktop file that runs `command`, with one action per routine. `startup_notify` is
    off for a start that shows no window (login), or the desktop would show a busy cursor."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "GenericName=Stretch Break Guide",
        f"Comment={SUMMARY}",
        f"Icon={ICON_NAME}",
        f"Exec={exec_line(command)}",
    ]
    if working_dir is not None:  # a source checkout: `python -m app` must start beside the package
        lines.append(f"Path={_escape_string(str(working_dir))}")
    lines += [
        "Terminal=false",
        "Categories=Utility;",
        f"Keywords={';'.join(KEYWORDS)};",
        f"StartupNotify={'true' if startup_notify else 'false'}",
        f"StartupWMClass={APP_NAME}",  # Qt's X11 window class is the application name
    ]
    if actions:
        lines.append(f"Actions={''.join(f'{action.routine_id};' for action in actions)}")
    for action in actions:
        lines += _action_group(action, command)
    return "\n".join(lines) + "\n"


def icon_theme_files() -> list[Path]:
    """Supple's icons inside a hicolor theme folder: the scalable SVG first, then each PNG size.
    The same relative paths are used in assets/icons/hicolor/ and in the person's icon theme."""
    files = [Path("scalable", "apps", f"{ICON_NAME}.svg")]
    files += [Path(f"{size}x{size}", "apps", f"{ICON_NAME}.png") for size in ICON_SIZES]
    return files


def icon_theme_dir(assets: Path) -> Path:
    """Where the shipped icons are (checkout or wheel)."""
    return assets / "icons" / "hicolor"
