"""What a screen reader is told as a routine moves on: one short sentence per change. Qt-free.

These are status messages, not the voice's cues: the voice already speaks each cue to a person
lying on the floor; a screen-reader user at the desk hears these politely, once per phase, so the
routine's progress is never silent for them even with Supple's own voice turned off.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.catalogue import Catalogue
from app.session import PhaseKind, PlannedPhase
from app.wording import PHASE_LABELS, clock_text, in_sentence, name_and_side, spoken_duration


def phase_status(phase: PlannedPhase, catalogue: Catalogue) -> str:
    """'Hold for 30 seconds, left leg.' for the phase that has just begun."""
    stretch = catalogue.stretch(phase.stretch_id)
    side = stretch.side_label(phase.side).lower()
    on_side = f", {side}" if side else ""
    label = PHASE_LABELS[phase.kind]
    if phase.kind is PhaseKind.WARM_UP:
        return f"{label}: {in_sentence(stretch.name)}, {clock_text(phase.seconds)}."
    if phase.kind is PhaseKind.PREPARE:
        return f"{label}: {in_sentence(name_and_side(stretch.name, side))}."
    if phase.kind is PhaseKind.SWITCH_SIDES:
        return f"{label}: {side}." if side else f"{label}."
    if phase.kind is PhaseKind.TRANSITION:  # a transition is planned under the stretch it leads to
        return f"{label}: {in_sentence(stretch.name)}."
    if phase.kind in (PhaseKind.HOLD, PhaseKind.FLOW):
        return f"{label} for {spoken_duration(phase.seconds)}{on_side}."
    return f"{label}."


def choice_status(choices: Sequence[tuple[str, str]]) -> str:
    """'Choose: Skip it, key Right; or Go on gently, key Space.' for (words, key) pairs."""
    offered = "; or ".join(f"{words}, key {key}" if key else words for words, key in choices)
    return f"The stretch is stopped. Choose: {offered}."


PAUSED = "Paused. Press Space to go on."
ASLEEP = "Paused while the computer was asleep. Press Space to go on."
RESUMED = "Going on."
