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
from app.settings_fields import Consumer, Group, choice, cue_option, flag, places, real, rules_of, text, timing, whole

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1

# The guide asks for 20-30 s holds; the person picks their default inside that range.
HOLD_RANGE = (20, 30)


def _is_places(value: dict[object, object]) -> bool:
    """Screen-layout keys, each with an [x, y] position (which may be negative left of the primary)."""
    return all(
        isinstance(key, str) and isinstance(point, list) and len(point) == 2
        and all(isinstance(c, int) and not isinstance(c, bool) for c in point)
        for key, point in value.items()
    )


@dataclass(frozen=True)
class Settings:
    """Every setting, declared once: its type, default, range and group (see app.settings_fields)."""

    hold_seconds: int = whole(30, *HOLD_RANGE, Group.TIMING, feeds=timing())
    prepare_seconds: int = whole(8, 2, 30, Group.TIMING, feeds=timing())
    switch_seconds: int = whole(5, 2, 20, Group.TIMING, feeds=timing())
    transition_seconds: int = whole(6, 2, 20, Group.TIMING, feeds=timing())
    release_seconds: int = whole(10, 5, 30, Group.TIMING, feeds=timing())
    warm_up_enabled: bool = flag(True, Group.TIMING, feeds=timing("warm_up"))
    warm_up_seconds: int = whole(300, 60, 600, Group.TIMING, feeds=timing())
    breath_scale: float = real(1.0, 0.5, 2.0, Group.TIMING, feeds=timing())  # stretches or shortens the cat-cow breath
    theme: str = choice("system", ("system", "light", "dark"), Group.WINDOW)
    start_in_tray: bool = flag(False, Group.WINDOW)
    window_geometry: str = text("", Group.WINDOW)  # base64 from QWidget.saveGeometry(); Qt-free here
    # eyes-free guidance (app.audio): chimes and spoken cues
    sound_enabled: bool = flag(True, Group.SOUND, feeds=cue_option("sound"))
    sound_volume: int = whole(70, 0, 100, Group.SOUND)  # percent
    voice_enabled: bool = flag(True, Group.VOICE, feeds=cue_option("voice"))
    voice_name: str = text("", Group.VOICE)  # "" is the speech engine's default voice
    voice_rate: float = real(0.0, -1.0, 1.0, Group.VOICE)  # -1 (slowest) .. 1 (fastest), QTextToSpeech's scale
    voice_volume: int = whole(80, 0, 100, Group.VOICE)  # percent
    cue_halfway: bool = flag(True, Group.CUES, feeds=cue_option("halfway"))
    cue_last_seconds: bool = flag(True, Group.CUES, feeds=cue_option("last_seconds"))
    # the inhale/exhale tones and words during a flow
    cue_breath: bool = flag(True, Group.CUES, feeds=cue_option("breath"))
    # the mini timer: its top-left corner per screen layout (key: the screens' geometries), opacity
    # (places() is a field with a default factory, so no two Settings share one dict)
    mini_positions: dict[str, list[int]] = places(Group.MINI_TIMER, _is_places)  # noqa: RUF009
    mini_opacity: int = whole(100, 20, 100, Group.MINI_TIMER)  # percent
    # "closing the window keeps the routine going in the tray", said once
    told_about_tray: bool = flag(False, Group.INTERNAL)
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys from newer versions; not a setting

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


RULES = rules_of(Settings)  # every setting by name, in the order above


def fields_in(group: Group) -> tuple[str, ...]:
    return tuple(name for name, rule in RULES.items() if rule.group is group)


def fed_into(consumer: Consumer, settings: Settings) -> dict[str, Any]:
    """The settings that feed `consumer`, keyed by the consumer's own field names."""
    return {
        rule.feeds.field or name: getattr(settings, name)
        for name, rule in RULES.items()
        if rule.feeds is not None and rule.feeds.into is consumer
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
        rule = RULES.get(key)
        if rule is None:
            extra[key] = value
        elif rule.accepts(value):
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
    for name in RULES:
        data[name] = getattr(settings, name)
    return data


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically. Raises OSError; callers show it to the person."""
    write_text_atomically(path, json.dumps(settings_to_mapping(settings), indent=2) + "\n")
