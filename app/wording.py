"""Words shown or spoken for the engine's states, shared by the command line, windows and voice."""

from __future__ import annotations

import math

from app.session.phases import Cue, PhaseKind

PHASE_LABELS: dict[PhaseKind, str] = {
    PhaseKind.WARM_UP: "Warm up",
    PhaseKind.PREPARE: "Get into position",
    PhaseKind.HOLD: "Hold",
    PhaseKind.SWITCH_SIDES: "Switch sides",
    PhaseKind.FLOW: "Flow with your breath",
    PhaseKind.TRANSITION: "Next up",
    PhaseKind.RELEASE: "Release slowly",
}

BREATH_LABELS: dict[Cue, str] = {Cue.INHALE: "Inhale", Cue.EXHALE: "Exhale"}

AREA_LABELS: dict[str, str] = {"back": "Back", "glutes": "Glutes", "back-and-glutes": "Back and glutes"}
PLACE_LABELS: dict[str, str] = {"floor": "On the floor", "desk": "At the desk"}


def in_sentence(name: str) -> str:
    """A stretch's name inside a sentence: 'Child's pose' becomes 'child's pose'. An acronym
    ('SI joint') keeps its case."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]


def name_and_side(name: str, side: str) -> str:
    """'Knee to chest, left leg': a stretch's name with its side label ('Left leg', or '' for a
    stretch done on both sides at once), as every display, the voice and the command line put it."""
    return f"{name}, {side.lower()}" if side else name


STRETCHING_LABEL = "Time stretching"  # the seconds held in stretches (app.session.stretching_seconds)


def whole_seconds(seconds: float) -> int:
    """Seconds rounded up, so a countdown never shows 0 while time is left."""
    return int(-(-seconds // 1)) if seconds > 0 else 0


def counted(count: int, unit: str, units: str | None = None) -> str:
    """'1 second', '2 seconds': a count with its unit in the right number (`units` when the
    plural is not the unit and an s)."""
    return f"{count} {unit if count == 1 else units or unit + 's'}"


def clock_text(seconds: float) -> str:
    """'4:05' for 245 seconds; rounds up so a countdown never shows 0:00 while time is left.
    A time that is not a finite number shows as '-:--': int() would raise, and one bad value
    would take the whole window or listing down with it."""
    if not math.isfinite(seconds):
        return "-:--"
    whole = whole_seconds(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def duration_text(seconds: float) -> str:
    """'2:05', or '1:02:05' from an hour on: a time that may be long, such as a total."""
    whole = whole_seconds(seconds)
    if whole < 3600:
        return clock_text(whole)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def timer_digits(seconds: float) -> str:
    """The big number of a countdown: '25' under a minute, '4:55' from a minute on."""
    whole = whole_seconds(seconds)
    return str(whole) if whole < 60 else clock_text(whole)


def spoken_duration(seconds: float) -> str:
    """'4 minutes 55 seconds', '1 second': a countdown read out by a screen reader."""
    minutes, rest = divmod(whole_seconds(seconds), 60)
    parts = [counted(minutes, "minute")] if minutes else []
    if rest or not minutes:
        parts.append(counted(rest, "second"))
    return " ".join(parts)


def stretching_text(seconds: float) -> str:
    """'Time stretching: 2:05', as the completion page and the progress page both say it."""
    return f"{STRETCHING_LABEL}: {duration_text(seconds)}"


def minutes_text(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "? min"
    minutes = max(1, round(seconds / 60))
    return f"{minutes} min"
