"""What each cue sounds like and says, built from the engine's cue events and the catalogue. Qt-free.

No line is written per stretch: names and side parts come from the catalogue and go into whole
sentences (app.i18n), so a person's own stretches are announced like the built-in ones, in any
language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from app import i18n
from app.audio.sounds import Sound
from app.catalogue import Catalogue, Stretch
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.session import Cue, CueEvent, PhaseKind
from app.session.commands import Command, key_for
from app.wording import in_sentence, name_and_side, side_in_sentence

Announce = Words("Announce")


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
# The English source; sample_line() says it in the person's language.
SAMPLE_LINE = QT_TRANSLATE_NOOP("Announce", "Switch to the right leg. Hold, and breathe slowly.")

# Keys as a person says them, not as a shortcut is written.
SPOKEN_KEYS: dict[str, str] = {
    "Space": QT_TRANSLATE_NOOP("Announce", "the space bar"),
    "Right": QT_TRANSLATE_NOOP("Announce", "the right arrow"),
    "Left": QT_TRANSLATE_NOOP("Announce", "the left arrow"),
}

_WORK = frozenset({PhaseKind.HOLD, PhaseKind.FLOW})


def sample_line() -> str:
    return Announce.tr(SAMPLE_LINE)


def _spoken_key(key: str) -> str:
    return Announce.tr(SPOKEN_KEYS[key]) if key in SPOKEN_KEYS else key


# After a pain report the stretch is done again gently (app.session.pain): the words say how.
def _get_into_position(stretch: Stretch, event: CueEvent) -> str:
    where = name_and_side(stretch.name, stretch.side_label(event.phase.side))
    if event.phase.gentle:
        return i18n.fill(Announce.tr("%1. Get into position slowly, only as far as a light stretch."), where)
    return i18n.fill(Announce.tr("%1. Get into position.", "a stretch and its side, then what to do"), where)


def _switch(stretch: Stretch, event: CueEvent) -> str:
    side = side_in_sentence(stretch.side_label(event.phase.side))
    if side and event.phase.gentle:
        return i18n.fill(Announce.tr("Switch to the %1, slowly, only as far as a light stretch."), side)
    if side:
        return i18n.fill(Announce.tr("Switch to the %1.", "a side: 'Switch to the right leg.'"), side)
    if event.phase.gentle:
        return Announce.tr("Switch sides, slowly, only as far as a light stretch.")
    return Announce.tr("Switch sides.")


def _hold(event: CueEvent) -> str:
    if event.phase.gentle:
        return Announce.tr("Hold gently, only to a light stretch, and ease out if it hurts. Breathe slowly.")
    return Announce.tr("Hold. Breathe slowly.")


def _next_up(stretch: Stretch, after: PhaseKind | None) -> str:
    name = in_sentence(stretch.name)
    if after in _WORK:
        return i18n.fill(Announce.tr("Release slowly. Next: %1."), name)
    return i18n.fill(Announce.tr("Next: %1.", "the next stretch"), name)


def _breath(event: CueEvent, opening: bool) -> str:
    word = Announce.tr("Inhale.") if event.cue is Cue.INHALE else Announce.tr("Exhale.")
    if not opening:
        return word
    if event.phase.gentle:
        return i18n.fill(Announce.tr("Flow with your breath, moving only a little. %1", "%1: 'Inhale.'"), word)
    return i18n.fill(Announce.tr("Flow with your breath. %1", "%1: 'Inhale.' or 'Exhale.'"), word)


def _choice() -> str:
    go_on, skip = (_spoken_key(key) for key in (key_for(Command.GO_ON), key_for(Command.SKIP)))
    sentence = Announce.tr("To go on gently, with a shorter and lighter hold, press %1. "
                           "To skip this stretch, press %2.", "%1 and %2: keys, 'the space bar'")
    return i18n.fill(sentence, go_on, skip)


def _warm_up(stretch: Stretch, event: CueEvent) -> str:
    if event.phase.gentle:
        return i18n.fill(Announce.tr("%1. Take it easy.", "a warm-up's name, then how"), stretch.name)
    return i18n.fill(Announce.tr("%1. Start gently.", "a warm-up's name, then how"), stretch.name)


def spoken_line(event: CueEvent, catalogue: Catalogue, after: PhaseKind | None = None, opening: bool = False) -> str:
    """The words for a cue, in the person's language. `after`: the kind of the phase before this
    one; `opening`: the cue opens its phase (only a flow's first breath reads differently then)."""
    stretch = catalogue.stretch(event.phase.stretch_id)
    lines: dict[Cue, Callable[[], str]] = {
        Cue.WARM_UP: lambda: _warm_up(stretch, event),
        Cue.PREPARE: lambda: _get_into_position(stretch, event),
        Cue.HOLD_START: lambda: _hold(event),
        Cue.HALFWAY: lambda: Announce.tr("Halfway."),
        Cue.LAST_SECONDS: lambda: Announce.tr("Last few seconds."),
        Cue.SWITCH_SIDES: lambda: _switch(stretch, event),
        Cue.INHALE: lambda: _breath(event, opening),
        Cue.EXHALE: lambda: _breath(event, opening),
        Cue.RELEASE: lambda: Announce.tr("Release slowly. Ease out and rest."),
        Cue.CHOICE: _choice,
        Cue.NEXT_UP: lambda: _next_up(stretch, after),
        Cue.ROUTINE_COMPLETE: lambda: Announce.tr("Routine complete. Well done."),
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
