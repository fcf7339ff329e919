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


def clock_text(seconds: float) -> str:
    """'4:05' for 245 seconds; rounds up so a countdown never shows 0:00 while time is left.
    A time that is not a finite number shows as '-:--': int() would raise, and one bad value
    would take the whole window or listing down with it."""
    if not math.isfinite(seconds):
        return "-:--"
    whole = int(-(-seconds // 1)) if seconds > 0 else 0
    return f"{whole // 60}:{whole % 60:02d}"


def minutes_text(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "? min"
    minutes = max(1, round(seconds / 60))
    return f"{minutes} min"
