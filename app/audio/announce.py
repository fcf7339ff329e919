"""What each cue sounds like and says, built from the engine's cue events and the catalogue. Qt-free.

No line is written per stretch: names and side parts come from the catalogue, phase words from
app.wording, so a person's own stretches are announced like the built-in ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from app.audio.sounds import Sound
from app.catalogue import Catalogue, Stretch
from app.session import Cue, CueEvent, PhaseKind
from app.session.commands import Command, key_for
from app.wording import BREATH_LABELS, PHASE_LABELS, in_sentence, name_and_side


class Weight(str, Enum):
    """How much a cue matters when it meets a line still being spoken."""

    MAJOR = "major"  # a phase change: cuts whatever is being said
    MINOR = "minor"  # halfway, last seconds, a breath: dropped rather than talked over


class Option(str, Enum):
    """The cues a person may switch off; every other cue always plays."""

    HALFWAY = "halfway"
    LAST_SECONDS = "last-seconds"
    BREATH = "breath"


@dataclass(frozen=True)
class Announcement:
    sound: Sound
    text: str
    weight: Weight
    option: Option | None = None  # the setting that can silence it


SOUNDS: dict[Cue, Sound] = {
    Cue.WARM_UP: Sound.POSITION,
    Cue.PREPARE: Sound.POSITION,
    Cue.HOLD_START: Sound.HOLD,
    Cue.HALFWAY: Sound.HALFWAY,
    Cue.LAST_SECONDS: Sound.LAST_SECONDS,
    Cue.SWITCH_SIDES: Sound.SWITCH,
    Cue.INHALE: Sound.INHALE,
    Cue.EXHALE: Sound.EXHALE,
    Cue.RELEASE: Sound.RELEASE,
    Cue.CHOICE: Sound.POSITION,  # what comes next is up to the person: get ready to choose
    Cue.NEXT_UP: Sound.RELEASE,
    Cue.ROUTINE_COMPLETE: Sound.COMPLETE,
}

OPTIONS: dict[Cue, Option] = {
    Cue.HALFWAY: Option.HALFWAY,
    Cue.LAST_SECONDS: Option.LAST_SECONDS,
    Cue.INHALE: Option.BREATH,
    Cue.EXHALE: Option.BREATH,
}

# What the Test button says: a typical line, so the person hears the voice, rate and volume at work.
SAMPLE_LINE = "Switch to the right leg. Hold, and breathe slowly."

# Keys as a person says them, not as a shortcut is written.
SPOKEN_KEYS: dict[str, str] = {"Space": "the space bar", "Right": "the right arrow", "Left": "the left arrow"}

_WORK = frozenset({PhaseKind.HOLD, PhaseKind.FLOW})


# After a pain report the stretch is done again gently (app.session.pain): the words say how.
GENTLY = "slowly, only as far as a light stretch"


def _get_into_position(stretch: Stretch, event: CueEvent) -> str:
    where = name_and_side(stretch.name, stretch.side_label(event.phase.side))
    how = f" {GENTLY}" if event.phase.gentle else ""
    return f"{where}. {PHASE_LABELS[PhaseKind.PREPARE]}{how}."


def _switch(stretch: Stretch, event: CueEvent) -> str:
    side = stretch.side_label(event.phase.side)
    said = f"Switch to the {side.lower()}" if side else PHASE_LABELS[PhaseKind.SWITCH_SIDES]
    return f"{said}, {GENTLY}." if event.phase.gentle else f"{said}."


def _hold(event: CueEvent) -> str:
    if event.phase.gentle:
        return "Hold gently, only to a light stretch, and ease out if it hurts. Breathe slowly."
    return f"{PHASE_LABELS[PhaseKind.HOLD]}. Breathe slowly."


def _next_up(stretch: Stretch, after: PhaseKind | None) -> str:
    upcoming = f"Next: {in_sentence(stretch.name)}."
    return f"{PHASE_LABELS[PhaseKind.RELEASE]}. {upcoming}" if after in _WORK else upcoming


def _breath(event: CueEvent, opening: bool) -> str:
    word = f"{BREATH_LABELS[event.cue]}."
    if not opening:
        return word
    how = ", moving only a little" if event.phase.gentle else ""
    return f"{PHASE_LABELS[PhaseKind.FLOW]}{how}. {word}"


def _choice() -> str:
    go_on, skip = (SPOKEN_KEYS.get(key, key) for key in (key_for(Command.GO_ON), key_for(Command.SKIP)))
    return (f"To go on gently, with a shorter and lighter hold, press {go_on}. "
            f"To skip this stretch, press {skip}.")


def spoken_line(event: CueEvent, catalogue: Catalogue, after: PhaseKind | None = None, opening: bool = False) -> str:
    """The words for a cue. `after`: the kind of the phase before this one; `opening`: the cue
    opens its phase (only a flow's first breath reads differently then)."""
    stretch = catalogue.stretch(event.phase.stretch_id)
    lines: dict[Cue, Callable[[], str]] = {
        Cue.WARM_UP: lambda: f"{stretch.name}. {'Take it easy' if event.phase.gentle else 'Start gently'}.",
        Cue.PREPARE: lambda: _get_into_position(stretch, event),
        Cue.HOLD_START: lambda: _hold(event),
        Cue.HALFWAY: lambda: "Halfway.",
        Cue.LAST_SECONDS: lambda: "Last few seconds.",
        Cue.SWITCH_SIDES: lambda: _switch(stretch, event),
        Cue.INHALE: lambda: _breath(event, opening),
        Cue.EXHALE: lambda: _breath(event, opening),
        Cue.RELEASE: lambda: f"{PHASE_LABELS[PhaseKind.RELEASE]}. Ease out and rest.",
        Cue.CHOICE: _choice,
        Cue.NEXT_UP: lambda: _next_up(stretch, after),
        Cue.ROUTINE_COMPLETE: lambda: "Routine complete. Well done.",
    }
    return lines[event.cue]()


def announcement(
    event: CueEvent, catalogue: Catalogue, after: PhaseKind | None = None, opening: bool = False
) -> Announcement:
    """The chime, words and weight of a cue. A flow's opening breath is a phase change, so MAJOR."""
    option = OPTIONS.get(event.cue)
    minor = option is not None and not (opening and option is Option.BREATH)
    weight = Weight.MINOR if minor else Weight.MAJOR
    text = spoken_line(event, catalogue, after, opening)
    return Announcement(SOUNDS[event.cue], text, weight, option if minor else None)
