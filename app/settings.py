"""The person's settings: versioned JSON in the config folder, merged over defaults.

Reading never fails: a value that is missing or invalid falls back to its default (and is reported),
and a file that is not JSON at all is moved aside, so nothing the person had is destroyed. Keys this
version does not know (written by a newer Supple) are carried through unchanged.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.atomicio import write_text_atomically

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1

# The guide asks for 20-30 s holds; the person picks their default inside that range.
HOLD_RANGE = (20, 30)


@dataclass(frozen=True)
class Settings:
    hold_seconds: int = 30
    prepare_seconds: int = 8
    switch_seconds: int = 5
    transition_seconds: int = 6
    release_seconds: int = 10
    warm_up_enabled: bool = True
    warm_up_seconds: int = 300
    breath_scale: float = 1.0  # stretches or shortens the cat-cow breath to the person's pace
    theme: str = "system"
    start_in_tray: bool = False
    window_geometry: str = ""  # base64 from QWidget.saveGeometry(); Qt-free here
    # eyes-free guidance (app.audio): chimes and spoken cues
    sound_enabled: bool = True
    sound_volume: int = 70  # percent
    voice_enabled: bool = True
    voice_name: str = ""  # "" is the speech engine's default voice
    voice_rate: float = 0.0  # -1 (slowest) .. 1 (fastest), QTextToSpeech's scale
    voice_volume: int = 80  # percent
    cue_halfway: bool = True
    cue_last_seconds: bool = True
    cue_breath: bool = True  # the inhale/exhale tones and words during a flow
    # the mini timer: its top-left corner per screen layout (key: the screens' geometries), opacity
    mini_positions: dict[str, list[int]] = field(default_factory=dict)
    mini_opacity: int = 100  # percent
    told_about_tray: bool = False  # "closing the window keeps the routine going in the tray", once
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys from newer versions

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_Check = Callable[[Any], bool]


def _int_in(low: int, high: int) -> _Check:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _float_in(low: float, high: float) -> _Check:
    return lambda v: isinstance(v, int | float) and not isinstance(v, bool) and low <= v <= high


def _is_point(key: object, point: object) -> bool:
    """A screen-layout key and an [x, y] position (which may be negative left of the primary)."""
    return isinstance(key, str) and isinstance(point, list) and len(point) == 2 and all(
        isinstance(c, int) and not isinstance(c, bool) for c in point
    )


_CHECKS: dict[str, _Check] = {
    "hold_seconds": _int_in(*HOLD_RANGE),
    "prepare_seconds": _int_in(2, 30),
    "switch_seconds": _int_in(2, 20),
    "transition_seconds": _int_in(2, 20),
    "release_seconds": _int_in(5, 30),
    "warm_up_enabled": lambda v: isinstance(v, bool),
    "warm_up_seconds": _int_in(60, 600),
    "breath_scale": _float_in(0.5, 2.0),
    "theme": lambda v: v in ("system", "light", "dark"),
    "start_in_tray": lambda v: isinstance(v, bool),
    "window_geometry": lambda v: isinstance(v, str),
    "sound_enabled": lambda v: isinstance(v, bool),
    "sound_volume": _int_in(0, 100),
    "voice_enabled": lambda v: isinstance(v, bool),
    "voice_name": lambda v: isinstance(v, str),
    "voice_rate": _float_in(-1.0, 1.0),
    "voice_volume": _int_in(0, 100),
    "cue_halfway": lambda v: isinstance(v, bool),
    "cue_last_seconds": lambda v: isinstance(v, bool),
    "cue_breath": lambda v: isinstance(v, bool),
    "mini_positions": lambda v: isinstance(v, dict) and all(_is_point(k, p) for k, p in v.items()),
    "mini_opacity": _int_in(20, 100),
    "told_about_tray": lambda v: isinstance(v, bool),
}

# Each migration turns a version-n mapping into version n+1. None are needed yet; the first
# format change adds `1: _migrate_1_to_2` here and bumps SETTINGS_VERSION.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = raw.get("version", 1)
    while isinstance(version, int) and version in _MIGRATIONS:
        raw = _MIGRATIONS[version](raw)
        version = raw["version"] = version + 1
    return raw


def settings_from_mapping(raw: Mapping[str, Any], source: str) -> LoadedSettings:
    values: dict[str, Any] = {}
    problems: list[str] = []
    extra: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "version":
            continue
        check = _CHECKS.get(key)
        if check is None:
            extra[key] = value
        elif check(value):
            values[key] = value
        else:
            problems.append(f"{source}: '{key}' has an unusable value {value!r}; using the default")
    return LoadedSettings(Settings(**values, extra=extra), tuple(problems))


def _move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    path.replace(target)
    return target


def load_settings(path: Path) -> LoadedSettings:
    """Read settings; never raises. Problems come back as messages for the person."""
    try:
        data = path.read_bytes()  # decoded by json.loads below, so bad bytes count as a corrupt file
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as error:
        return LoadedSettings(Settings(), (f"{path}: cannot be read ({error.strerror}); using defaults",))
    try:
        raw = json.loads(data)
        if not isinstance(raw, dict):
            raise ValueError("the file does not hold a JSON object")
    except RecursionError:  # brackets nested thousands deep: not settings anyone wrote
        return _set_aside(path, "nested too deeply")
    except ValueError as error:
        return _set_aside(path, str(error))
    return settings_from_mapping(_migrate(raw), str(path))


def _set_aside(path: Path, problem: str) -> LoadedSettings:
    """Defaults, with the unusable file kept under another name so nothing is lost."""
    try:
        kept = _move_aside(path)
    except OSError:
        return LoadedSettings(Settings(), (f"{path}: not valid settings ({problem}); using defaults",))
    return LoadedSettings(
        Settings(), (f"{path}: not valid settings ({problem}). It was kept as {kept.name}; using defaults.",)
    )


def settings_to_mapping(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {"version": SETTINGS_VERSION}
    data.update(settings.extra)
    for item in dataclasses.fields(settings):
        if item.name != "extra":
            data[item.name] = getattr(settings, item.name)
    return data


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically. Raises OSError; callers show it to the person."""
    write_text_atomically(path, json.dumps(settings_to_mapping(settings), indent=2) + "\n")
