"""What a screen reader is told as a routine moves on: one short sentence per change. Qt-free.

These are status messages, not the voice's cues: the voice already speaks each cue to a person
lying on the floor; a screen-reader user at the desk hears these politely, once per phase, so the
routine's progress is never silent for them even with Supple's own voice turned off.
"""

from __future__ import annotations

from collections.abc import Sequence

from app import i18n
from app.catalogue import Catalogue
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.session import PhaseKind, PlannedPhase
from app.wording import clock_text, in_sentence, name_and_side, side_in_sentence, spoken_duration

StatusWords = Words("StatusWords")


def _hold(phase: PlannedPhase, length: str, side: str) -> str:
    if phase.kind is PhaseKind.FLOW:
        if side:
            return i18n.fill(StatusWords.tr("Flow with your breath for %1, %2."), length, side)
        return i18n.fill(StatusWords.tr("Flow with your breath for %1."), length)
    if side:
        return i18n.fill(StatusWords.tr("Hold for %1, %2.", "a length, then a side: 'Hold for 30 seconds, left leg.'"),
                         length, side)
    return i18n.fill(StatusWords.tr("Hold for %1."), length)


def phase_status(phase: PlannedPhase, catalogue: Catalogue) -> str:
    """'Hold for 30 seconds, left leg.' for the phase that has just begun."""
    stretch = catalogue.stretch(phase.stretch_id)
    side = side_in_sentence(stretch.side_label(phase.side))
    name = in_sentence(stretch.name)
    if phase.kind is PhaseKind.WARM_UP:
        return i18n.fill(StatusWords.tr("Warm up: %1, %2.", "a stretch, then its length: 'Warm up: marching, 4:00.'"),
                         name, clock_text(phase.seconds))
    if phase.kind is PhaseKind.PREPARE:
        return i18n.fill(StatusWords.tr("Get into position: %1."), in_sentence(name_and_side(stretch.name, side)))
    if phase.kind is PhaseKind.SWITCH_SIDES:
        return i18n.fill(StatusWords.tr("Switch sides: %1."), side) if side else StatusWords.tr("Switch sides.")
    if phase.kind is PhaseKind.TRANSITION:  # a transition is planned under the stretch it leads to
        return i18n.fill(StatusWords.tr("Next up: %1."), name)
    if phase.kind in (PhaseKind.HOLD, PhaseKind.FLOW):
        return _hold(phase, spoken_duration(phase.seconds), side)
    return StatusWords.tr("Release slowly.")


def choice_status(choices: Sequence[tuple[str, str]]) -> str:
    """'Choose: Skip it, key Right; or Go on gently, key Space.' for (words, key) pairs."""
    said = [i18n.fill(StatusWords.tr("%1, key %2", "a choice, then its key"), words, key) if key else words
            for words, key in choices]
    offered = said[0] if said else ""
    for more in said[1:]:
        offered = i18n.fill(StatusWords.tr("%1; or %2", "one choice or another"), offered, more)
    return i18n.fill(StatusWords.tr("The stretch is stopped. Choose: %1."), offered)


# The English sources; paused(), asleep() and resumed() say them in the person's language.
PAUSED = QT_TRANSLATE_NOOP("StatusWords", "Paused. Press Space to go on.")
ASLEEP = QT_TRANSLATE_NOOP("StatusWords", "Paused while the computer was asleep. Press Space to go on.")
RESUMED = QT_TRANSLATE_NOOP("StatusWords", "Going on.")


def paused() -> str:
    return StatusWords.tr(PAUSED)


def asleep() -> str:
    return StatusWords.tr(ASLEEP)


def resumed() -> str:
    return StatusWords.tr(RESUMED)
