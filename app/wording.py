"""Words shown or spoken for the engine's states, shared by the command line, windows and voice.

The tables hold the English source, marked for lupdate; `phase_label`, `breath_label`,
`area_label` and `place_label` give them in the person's language (app.i18n)."""

from __future__ import annotations

import math

from app import i18n
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.session.phases import Cue, PhaseKind

Wording = Words("Wording")

PHASE_LABELS: dict[PhaseKind, str] = {
    PhaseKind.WARM_UP: QT_TRANSLATE_NOOP("Wording", "Warm up"),
    PhaseKind.PREPARE: QT_TRANSLATE_NOOP("Wording", "Get into position"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Wording", "Hold"),
    PhaseKind.SWITCH_SIDES: QT_TRANSLATE_NOOP("Wording", "Switch sides"),
    PhaseKind.FLOW: QT_TRANSLATE_NOOP("Wording", "Flow with your breath"),
    PhaseKind.TRANSITION: QT_TRANSLATE_NOOP("Wording", "Next up"),
    PhaseKind.RELEASE: QT_TRANSLATE_NOOP("Wording", "Release slowly"),
}

BREATH_LABELS: dict[Cue, str] = {
    Cue.INHALE: QT_TRANSLATE_NOOP("Wording", "Inhale"),
    Cue.EXHALE: QT_TRANSLATE_NOOP("Wording", "Exhale"),
}

AREA_LABELS: dict[str, str] = {
    "back": QT_TRANSLATE_NOOP("Wording", "Back"),
    "glutes": QT_TRANSLATE_NOOP("Wording", "Glutes"),
    "back-and-glutes": QT_TRANSLATE_NOOP("Wording", "Back and glutes"),
}
PLACE_LABELS: dict[str, str] = {
    "floor": QT_TRANSLATE_NOOP("Wording", "On the floor"),
    "desk": QT_TRANSLATE_NOOP("Wording", "At the desk"),
}


def phase_label(kind: PhaseKind) -> str:
    return Wording.tr(PHASE_LABELS[kind])


def breath_label(cue: Cue) -> str:
    return Wording.tr(BREATH_LABELS[cue])


def area_label(area: str) -> str:
    return Wording.tr(AREA_LABELS[area])


def place_label(place: str) -> str:
    return Wording.tr(PLACE_LABELS[place])


# German writes every noun with a capital letter, so a name keeps its case inside a sentence.
KEEPS_CAPITALS = frozenset({"de"})


def _small_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():  # an acronym: 'SI joint'
        return text
    return text[:1].lower() + text[1:]


def in_sentence(name: str) -> str:
    """A stretch's name inside a sentence: 'Child's pose' becomes 'child's pose'. An acronym
    ('SI joint') keeps its case, and so does every name in German ('Knie zur Brust')."""
    return name if i18n.language() in KEEPS_CAPITALS else _small_first(name)


def side_in_sentence(side: str) -> str:
    """A side inside a sentence: 'Left leg' becomes 'left leg', and in German 'Linkes Bein' becomes
    'linkes Bein' (a side opens with its adjective in every language Supple speaks)."""
    return _small_first(side)


def place_in_sentence(place: str) -> str:
    """Where a routine is done, inside a sentence: 'On the floor' becomes 'on the floor', and in
    German 'Am Boden' becomes 'am Boden' (a place opens with its preposition in every language
    Supple speaks)."""
    return _small_first(place)


def name_and_side(name: str, side: str) -> str:
    """'Knee to chest, left leg': a stretch's name with its side label ('Left leg', or '' for a
    stretch done on both sides at once), as every display, the voice and the command line put it."""
    if not side:
        return name
    return i18n.fill(Wording.tr("%1, %2", "a stretch's name, then its side: 'Knee to chest, left leg'"),
                     name, side_in_sentence(side))


# the seconds held in stretches (app.session.stretching_seconds)
STRETCHING_LABEL = QT_TRANSLATE_NOOP("Wording", "Time stretching")


def whole_seconds(seconds: float) -> int:
    """Seconds rounded up, so a countdown never shows 0 while time is left."""
    return int(-(-seconds // 1)) if seconds > 0 else 0


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
    in_seconds = Wording.tr("%n second(s)", "", rest)
    if not minutes:
        return in_seconds
    in_minutes = Wording.tr("%n minute(s)", "", minutes)
    if not rest:
        return in_minutes
    return i18n.fill(Wording.tr("%1 %2", "minutes, then seconds: '4 minutes 55 seconds'"), in_minutes, in_seconds)


def stretching_text(seconds: float) -> str:
    """'Time stretching: 2:05', as the completion page and the progress page both say it."""
    return i18n.fill(Wording.tr("Time stretching: %1"), duration_text(seconds))


def minutes_text(seconds: float) -> str:
    """'5 min': a routine's length, rounded to whole minutes, at least one."""
    if not math.isfinite(seconds):
        return Wording.tr("? min")
    minutes = max(1, round(seconds / 60))
    return Wording.tr("%n min", "", minutes)
