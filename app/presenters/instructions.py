"""Which of a stretch's instructions the pose panel shows in each phase. Qt-free.

A person reads the panel from the floor, between movements, so each phase shows only what matters
then: the setup while getting into position, what to feel, how to breathe and what to watch while
holding, and how to come out after a pain report. The whole text fits a 1280x800 screen unscrolled.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue import Stretch
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.session import PhaseKind

Instructions = Words("Instructions")


@dataclass(frozen=True)
class Section:
    title: str  # "" for a list that needs no heading
    lines: tuple[str, ...]
    numbered: bool = False  # steps to take in order


# After "Sharp pain": the same for every stretch, since the point is to stop loading the painful part.
# The English source; `instructions` gives it in the person's language.
EASING_OUT = Section(QT_TRANSLATE_NOOP("Instructions", "Easing out"), (
    QT_TRANSLATE_NOOP("Instructions", "Stop pushing into the stretch and let the pull go."),
    QT_TRANSLATE_NOOP("Instructions", "Come out slowly, undoing the way you went in, one part at a time."),
    QT_TRANSLATE_NOOP("Instructions", "Rest in a position that feels comfortable, and breathe easily."),
    QT_TRANSLATE_NOOP("Instructions", "If the pain stays while you rest, stop the routine and ask a health "
                                      "professional."),
), numbered=True)


def _easing_out() -> Section:
    lines = tuple(Instructions.tr(line) for line in EASING_OUT.lines)
    return Section(Instructions.tr(EASING_OUT.title), lines, numbered=True)

_MOVING_INTO_PLACE = (PhaseKind.PREPARE, PhaseKind.SWITCH_SIDES, PhaseKind.TRANSITION)
_HOLDING = (PhaseKind.HOLD, PhaseKind.FLOW)


def instructions(stretch: Stretch, kind: PhaseKind | None, *, choosing: bool = False) -> tuple[Section, ...]:
    """What to show for `stretch` in a phase of `kind` (None: outside a session, all of it).
    `choosing`: the person is asked whether to skip or go on after easing out."""
    setup = Section("", stretch.setup, numbered=True)
    feel = Section(Instructions.tr("You should feel"), (stretch.feel,))
    form = Section(Instructions.tr("Form", "how to hold the body well"), stretch.cues)
    breathing = Section(Instructions.tr("Breathing"), (stretch.breathing,))
    careful = Section(Instructions.tr("Careful"), stretch.cautions)
    if choosing or kind is PhaseKind.RELEASE:
        return (_easing_out(),)
    if kind in _MOVING_INTO_PLACE:
        return Section(Instructions.tr("Getting into position"), stretch.setup, numbered=True), form
    if kind in _HOLDING:
        return feel, breathing, careful
    if kind is PhaseKind.WARM_UP:
        return Section(Instructions.tr("How to do it"), stretch.setup, numbered=True), feel, careful
    return setup, feel, form, breathing, careful
