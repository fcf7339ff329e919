"""What the displays show for a session view: the timer face and the words beside it. Qt-free."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from app import i18n
from app.catalogue import Catalogue
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.markup import escape
from app.session import Cue, PhaseKind, Plan, PlannedPhase, SessionResult, SessionView, State, stretching_seconds
from app.wording import (
    breath_label,
    clock_text,
    in_sentence,
    name_and_side,
    phase_label,
    side_in_sentence,
    spoken_duration,
    stretching_text,
    timer_digits,
    whole_seconds,
)

Presentation = Words("Presentation")


class Tone(str, Enum):
    """A timer colour role; the Qt side maps each to a palette-aware, colour-blind-safe colour."""

    IDLE = "idle"
    WARM_UP = "warm-up"
    PREPARE = "prepare"
    HOLD = "hold"
    SWITCH = "switch"
    INHALE = "inhale"
    EXHALE = "exhale"
    RELEASE = "release"
    NEXT = "next"
    DONE = "done"


_TONES = {
    PhaseKind.WARM_UP: Tone.WARM_UP,
    PhaseKind.PREPARE: Tone.PREPARE,
    PhaseKind.HOLD: Tone.HOLD,
    PhaseKind.SWITCH_SIDES: Tone.SWITCH,
    PhaseKind.TRANSITION: Tone.NEXT,
    PhaseKind.RELEASE: Tone.RELEASE,
}


@dataclass(frozen=True)
class TimerFace:
    progress: float  # how much of the ring is filled, 0..1
    seconds: float  # seconds left, shown rounded up
    phase: str  # "Hold", "Inhale", ... in the person's language
    side: str  # "Left leg", or ""
    tone: Tone
    show_seconds: bool = True
    length: float = 0.0  # the seconds of the whole phase (or breath), for a screen reader's value
    # While the session counts, the arc grows by 1/length a second from `at` on the session's
    # clock, so a ring can move it between two polls without asking the engine (see hold_timer).
    moving: bool = False
    at: float = 0.0

    @property
    def whole_seconds(self) -> int:
        return whole_seconds(self.seconds)

    @property
    def digits(self) -> str:
        """What the ring shows of the time left: '25', or '4:55' from a minute on (a warm-up)."""
        return timer_digits(self.seconds)

    @property
    def accessible_text(self) -> str:
        """'Hold, 19 seconds left, left leg', as the ring shows it."""
        side = side_in_sentence(self.side)
        if not self.show_seconds:
            if not side:
                return self.phase
            return i18n.fill(Presentation.tr("%1, %2", "a phase, then a side: 'Hold, left leg'"), self.phase, side)
        left = spoken_duration(self.seconds)
        if not side:
            return i18n.fill(Presentation.tr("%1, %2 left", "a phase, then the time left"), self.phase, left)
        return i18n.fill(Presentation.tr("%1, %2 left, %3", "a phase, the time left, a side: "
                                         "'Hold, 19 seconds left, left leg'"), self.phase, left, side)


READY = QT_TRANSLATE_NOOP("Presentation", "Ready")
IDLE_FACE = TimerFace(0.0, 0.0, READY, "", Tone.IDLE, show_seconds=False)


def idle_face() -> TimerFace:
    """The face before a routine starts, in the person's language."""
    return replace(IDLE_FACE, phase=Presentation.tr(READY))


def timer_face(view: SessionView | None, catalogue: Catalogue) -> TimerFace:
    if view is None or view.state is State.READY:
        return idle_face()
    progress, seconds = face_time(view)
    if view.state.finished:
        said = Presentation.tr("Done") if view.state is State.COMPLETE else Presentation.tr("Stopped")
        return TimerFace(progress, seconds, said, "", Tone.DONE, False)
    assert view.phase is not None
    if view.state is State.AWAITING_CHOICE:
        return TimerFace(progress, seconds, Presentation.tr("Skip or go on?"), "", Tone.RELEASE, show_seconds=False)
    side = catalogue.stretch(view.phase.stretch_id).side_label(view.phase.side)
    if view.breath is not None:
        breath, _, length = view.breath
        tone = Tone.INHALE if breath is Cue.INHALE else Tone.EXHALE
        return TimerFace(progress, seconds, breath_label(breath), side, tone, length=length,
                         moving=view.state.counting, at=view.at)
    # paused: one short word, readable from the floor and inside the mini timer's small ring
    label = Presentation.tr("Paused") if view.state is State.PAUSED else phase_label(view.phase.kind)
    return TimerFace(progress, seconds, label, side, _TONES[view.phase.kind], length=view.phase.seconds,
                     moving=view.state.counting, at=view.at)


def face_time(view: SessionView) -> tuple[float, float]:
    """The face's progress and seconds left at `view`: what changes in it while `words_key` stays."""
    if view.state is State.READY:
        return 0.0, 0.0
    if view.state.finished or view.state is State.AWAITING_CHOICE:
        return 1.0, 0.0
    if view.breath is not None:
        _, left, length = view.breath
        return 1.0 - left / length, left
    return view.progress, view.remaining


def words_key(view: SessionView | None) -> tuple[object, ...]:
    """What the words about `view` depend on: the state, the phase, the breath and the whole
    seconds left, not the arc. Views with equal keys (for one catalogue) have faces that differ in
    their progress alone, and the same glance and status line, so a display of words may skip the
    rest while the key stays the same (29 polls a second in 30)."""
    if view is None:
        return ()
    cue, seconds = (view.breath[0], view.breath[1]) if view.breath is not None else (None, view.remaining)
    return view.state, view.phase, cue, whole_seconds(seconds) if math.isfinite(seconds) else seconds


class TimerFaces:
    """`timer_face` of a source of views, worked out again only for a new view: during a tick the
    controller hands every reader the same view, so the poller and the ring's refresh share one
    face; and while the words stay (`words_key`), a new view's face takes them from the last one
    and works out only its time (`face_time`)."""

    def __init__(self, view: Callable[[], SessionView | None], catalogue: Callable[[], Catalogue]) -> None:
        self._view, self._catalogue = view, catalogue
        self._last: tuple[SessionView | None, TimerFace] | None = None
        self._words: tuple[tuple[object, ...], Catalogue] | None = None  # the last face's key and catalogue

    def __call__(self) -> TimerFace:
        view = self._view()
        last = self._last
        if last is not None and last[0] is view and view is not None:
            return last[1]
        catalogue = self._catalogue()
        key = words_key(view)
        if view is not None and last is not None and self._words == (key, catalogue):
            progress, seconds = face_time(view)
            said = last[1]
            face = TimerFace(progress, seconds, said.phase, said.side, said.tone, said.show_seconds, said.length,
                             said.moving, view.at)
        else:
            face = timer_face(view, catalogue)
            self._words = (key, catalogue)
        self._last = (view, face)
        return face


def coming_up(phase: PlannedPhase, catalogue: Catalogue) -> str:
    """What follows a phase, for a 'next' line: the other side, another round, the next stretch.
    Nothing while easing out after pain: what follows depends on the person's choice."""
    if phase.kind is PhaseKind.RELEASE:
        return ""
    if phase.next_in_step is not None:
        side, round_number = phase.next_in_step
        if round_number != phase.repetition:
            return i18n.fill(Presentation.tr("Next: round %1 of %2"), str(round_number), str(phase.rounds))
        label = catalogue.stretch(phase.stretch_id).side_label(side)
        if label:
            return i18n.fill(Presentation.tr("Next: %1", "the other side: 'Next: right leg'"), side_in_sentence(label))
    if phase.next_stretch_id:
        name = in_sentence(catalogue.stretch(phase.next_stretch_id).name)
        return i18n.fill(Presentation.tr("Next: %1", "the next stretch: 'Next: cat-cow'"), name)
    return Presentation.tr("Last stretch")


def progress_text(view: SessionView, plan_stretch_count: int, step_number: int | None) -> str:
    """'Stretch 2 of 3 · 3:10 left', or 'Warm-up · 4:50 left'."""
    left = clock_text(view.routine_remaining)
    if step_number is None:
        return i18n.fill(Presentation.tr("Warm-up · %1 left"), left)
    return i18n.fill(Presentation.tr("Stretch %1 of %2 · %3 left"), str(step_number), str(plan_stretch_count), left)


def headline(view: SessionView, catalogue: Catalogue) -> str:
    """What the pose panel's title says in phases that are not the stretch itself."""
    if view.phase is None:
        return ""
    name = catalogue.stretch(view.phase.stretch_id).name
    if view.state is State.AWAITING_CHOICE:
        return Presentation.tr("Skip this stretch, or go on gently?")
    if view.phase.kind is PhaseKind.TRANSITION:
        return i18n.fill(Presentation.tr("Next up: %1"), in_sentence(name))
    if view.phase.kind is PhaseKind.RELEASE:
        return i18n.fill(Presentation.tr("Ease out of %1 slowly"), in_sentence(name))
    return name


def completion_html(result: SessionResult, plan: Plan, catalogue: Catalogue) -> tuple[str, str]:
    """The completion view's title and summary."""
    if result.state is State.COMPLETE:
        title = Presentation.tr("Routine complete. Well done!")
    else:
        title = Presentation.tr("Routine stopped")
    names = [step.stretch.name for step in plan.steps]
    lines = [f"<p>{escape(stretching_text(stretching_seconds(result.holds, plan)))}</p>"]
    if result.done_steps:
        done = "".join(f"<li>{escape(names[i])}</li>" for i in result.done_steps)
        heading = escape(Presentation.tr("Done", "the stretches done, as a heading"))
        lines.append(f"<p><b>{heading}</b></p><ul>{done}</ul>")
    if result.skipped_steps:
        skipped = "".join(f"<li>{escape(names[i])}</li>" for i in result.skipped_steps)
        heading = escape(Presentation.tr("Skipped"))
        lines.append(f"<p><b>{heading}</b></p><ul>{skipped}</ul>")
    if result.pain_reports:
        reports = []
        for report in result.pain_reports:
            stretch = catalogue.stretch(report.stretch_id)
            reports.append(f"<li>{escape(name_and_side(stretch.name, stretch.side_label(report.side)))}</li>")
        heading = escape(Presentation.tr("Sharp pain reported"))
        advice = escape(Presentation.tr("If pain like this comes back, leave that stretch out and ask a "
                                        "health professional."))
        lines.append(f"<p><b>{heading}</b></p><ul>{''.join(reports)}</ul><p>{advice}</p>")
    return title, "".join(lines)
