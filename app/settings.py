"""The person's settings: versioned JSON in the config folder, merged over defaults.

Reading never fails: a value that is missing or invalid falls back to its default (and is reported),
and a file that is not JSON at all is moved aside, so nothing the person had is destroyed. Saving
changes only what the person changed: unusable values, keys this version does not know and a
newer Supple's version number are written back as they were, a file that had problems is copied
aside first, and a path that is no regular file is never written over (app.settings_disk).
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import strict_json
from app.atomicio import write_text_atomically
from app.language import SETTING_CHOICES as LANGUAGE_CHOICES
from app.language import SYSTEM as SYSTEM_LANGUAGE
from app.settings_disk import OnDisk, SettingsNotSavedError, copy_aside, move_aside, refused
from app.settings_fields import (
    Consumer,
    Group,
    choice,
    cue_option,
    days,
    flag,
    places,
    real,
    rules_of,
    text,
    timing,
    whole,
)
from app.strict_json import FileRefusedError, JsonRefusedError, read_regular_file

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
    language: str = choice(SYSTEM_LANGUAGE, LANGUAGE_CHOICES, Group.WINDOW)  # app/language.py
    # the figure: moving with the routine, or still pictures (for people whom motion unsettles)
    motion: str = choice("system", ("system", "animate", "still"), Group.WINDOW)
    start_in_tray: bool = flag(False, Group.WINDOW)
    # on a Wayland desktop: native Wayland (crisp scaling, but the mini timer cannot stay on top)
    # rather than XWayland; read once, before Qt starts (app.qt_platform)
    native_wayland: bool = flag(False, Group.WINDOW)
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
    # the break companion (app.schedule): how much work earns a reminder, how long idle is a break
    reminders_enabled: bool = flag(True, Group.REMINDERS)
    reminder_every_minutes: int = whole(50, 15, 180, Group.REMINDERS)
    idle_reset_minutes: int = whole(5, 2, 30, Group.REMINDERS)
    snooze_limit: int = whole(3, 1, 10, Group.REMINDERS)  # snoozes in a row before only a short break is offered
    working_hours_enabled: bool = flag(False, Group.REMINDERS)  # off: reminders at any hour
    working_days: str = days("01234", Group.REMINDERS)
    working_start_minute: int = whole(9 * 60, 0, 24 * 60 - 1, Group.REMINDERS)  # minutes after midnight
    working_end_minute: int = whole(18 * 60, 1, 24 * 60, Group.REMINDERS)  # 1440: to midnight
    start_at_login: bool = flag(False, Group.REMINDERS)  # what it writes: app.autostart
    last_suggested: str = text("", Group.INTERNAL)  # the routine the last reminder offered, for the turn
    # "closing the window keeps the routine going in the tray", said once
    told_about_tray: bool = flag(False, Group.INTERNAL)
    # reminders are on by default, but asked about once, at the first start that shows the window
    asked_about_reminders: bool = flag(False, Group.INTERNAL)
    # how to pin the mini timer where it cannot stay on top by itself (Wayland), said once
    told_about_on_top: bool = flag(False, Group.INTERNAL)
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

MAX_SETTINGS_BYTES = 1 << 20  # a real settings file is well under a kilobyte
_DEFAULTS = Settings()


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()
    on_disk: OnDisk = field(default_factory=OnDisk)  # what the file held, for the next save


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = raw.get("version", 1)
    while isinstance(version, int) and version in _MIGRATIONS:
        raw = _MIGRATIONS[version](raw)
        version = raw["version"] = version + 1
    return raw


def _is_version(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _version_problem(raw: Mapping[str, Any], source: str) -> str | None:
    version = raw.get("version", 1)
    if not _is_version(version):
        return f"{source}: 'version' has an unusable value {version!r}; it is kept as it is"
    if version > SETTINGS_VERSION:
        return (
            f"{source}: it was made by a newer Supple (settings version {version}; this one knows up to "
            f"{SETTINGS_VERSION}). The settings this one knows are used; the others are kept as they are"
        )
    return None


def settings_from_mapping(raw: Mapping[str, Any], source: str) -> LoadedSettings:
    values: dict[str, Any] = {}
    problems: list[str] = []
    extra: dict[str, Any] = {}
    unread: set[str] = set()
    for key, value in raw.items():
        if key == "version":
            continue
        rule = RULES.get(key)
        if rule is None:
            extra[key] = value
        elif rule.accepts(value):
            values[key] = value
        else:
            unread.add(key)
            problems.append(f"{source}: '{key}' has an unusable value {value!r}; using the default")
    version_problem = _version_problem(raw, source)
    if version_problem is not None:
        problems.insert(0, version_problem)
        if not _is_version(raw.get("version", 1)):
            unread.add("version")
    on_disk = OnDisk(held=dict(raw), unread=frozenset(unread))
    return LoadedSettings(Settings(**values, extra=extra), tuple(problems), on_disk)


def load_settings(path: Path) -> LoadedSettings:
    """Read settings; never raises. Problems come back as messages for the person."""
    try:
        data = read_regular_file(path, MAX_SETTINGS_BYTES)  # a FIFO or a folder is refused, never waited on
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except FileRefusedError as error:
        return _left_alone(path, error.reason)
    except OSError as error:
        return _left_alone(path, f"it cannot be read ({error.strerror or error})")
    try:
        raw = strict_json.loads(data)
    except JsonRefusedError as error:
        return _set_aside(path, str(error))
    if not isinstance(raw, dict):
        return _set_aside(path, "the file does not hold a JSON object")
    loaded = settings_from_mapping(_migrate(raw), str(path))
    return _copied(path, data, loaded) if loaded.problems else loaded


def _left_alone(path: Path, reason: str) -> LoadedSettings:
    """Defaults, and a file that is never written over this run: what it holds is unknown."""
    message = f"{path}: {reason}. Supple uses the default settings and does not write to it."
    return LoadedSettings(Settings(), (message,), refused(reason))


def _set_aside(path: Path, problem: str) -> LoadedSettings:
    """Defaults, with the unusable file kept under another name so nothing is lost."""
    try:
        kept = move_aside(path)
    except OSError as error:
        return _left_alone(path, f"it is not valid settings ({problem}) and could not be moved aside "
                                 f"({error.strerror or error})")
    return LoadedSettings(
        Settings(), (f"{path}: not valid settings ({problem}). It was kept as {kept.name}; using defaults.",)
    )


def _copied(path: Path, data: bytes, loaded: LoadedSettings) -> LoadedSettings:
    """A file with problems is copied aside before anything rewrites it; if it cannot be, it is not
    rewritten. Said in the first problem, which the person always sees."""
    first, *rest = loaded.problems
    try:
        copy = copy_aside(path, data)
    except OSError as error:
        reason = f"no copy of the file as it was could be made ({error.strerror or error})"
        first = f"{first}. Supple does not write to the file: {reason}."
        return dataclasses.replace(loaded, problems=(first, *rest), on_disk=refused(reason))
    first = (
        f"{first}. Nothing in the file is lost: what Supple could not use stays in it as it was, "
        f"and a copy of the whole file is kept as {copy.name}."
    )
    return dataclasses.replace(loaded, problems=(first, *rest))


def _merged(settings: Settings, on_disk: OnDisk) -> tuple[dict[str, Any], frozenset[str]]:
    """What to write: the settings over what the file held. A value that could not be read goes back
    as it was unless the person has chosen one since; the version is never lowered. Also: the keys
    still written back unread."""
    held = on_disk.held
    unread = {"version"} & on_disk.unread
    version = held["version"] if unread else max(held.get("version", 1), SETTINGS_VERSION)
    data: dict[str, Any] = {"version": version}
    for name in RULES:
        value = getattr(settings, name)
        if name in on_disk.unread and value == getattr(_DEFAULTS, name):
            data[name] = held[name]
            unread.add(name)
        else:
            data[name] = value
    for key, value in {**held, **settings.extra}.items():
        data.setdefault(key, value)  # keys of a newer Supple (or of the person), carried through
    return data, frozenset(unread)


def settings_to_mapping(settings: Settings) -> dict[str, Any]:
    return _merged(settings, OnDisk())[0]


def save_settings(path: Path, settings: Settings, on_disk: OnDisk | None = None) -> OnDisk:
    """Write settings atomically over what the file held (`on_disk`, from load_settings, or from the
    last save); returns what it holds now, for the next save. Raises OSError (SettingsNotSavedError
    for a file that must be left alone); callers show it to the person."""
    on_disk = on_disk or OnDisk()
    if on_disk.refused is not None:
        raise SettingsNotSavedError(on_disk.refused)
    data, unread = _merged(settings, on_disk)
    write_text_atomically(path, json.dumps(data, indent=2) + "\n")
    return on_disk.after_save(data, unread)
