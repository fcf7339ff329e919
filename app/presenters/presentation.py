"""What the displays show for a session view: the timer face and the words beside it. Qt-free."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from html import escape

from app.catalogue import Catalogue
from app.session import Cue, PhaseKind, Plan, PlannedPhase, SessionResult, SessionView, State, stretching_seconds
from app.wording import (
    BREATH_LABELS,
    PHASE_LABELS,
    clock_text,
    in_sentence,
    name_and_side,
    spoken_duration,
    stretching_text,
    timer_digits,
    whole_seconds,
)


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
    phase: str  # "Hold", "Inhale", ...
    side: str  # "Left leg", or ""
    tone: Tone
    show_seconds: bool = True
    length: float = 0.0  # the seconds of the whole phase (or breath), for a screen reader's value

    @property
    def whole_seconds(self) -> int:
        return whole_seconds(self.seconds)

    @property
    def digits(self) -> str:
        """What the ring shows of the time left: '25', or '4:55' from a minute on (a warm-up)."""
        return timer_digits(self.seconds)

    @property
    def accessible_text(self) -> str:
        parts = [self.phase]
        if self.show_seconds:
            parts.append(f"{spoken_duration(self.seconds)} left")
        if self.side:
            parts.append(self.side.lower())
        return ", ".join(parts)


IDLE_FACE = TimerFace(0.0, 0.0, "Ready", "", Tone.IDLE, show_seconds=False)


def timer_face(view: SessionView | None, catalogue: Catalogue) -> TimerFace:
    if view is None or view.state is State.READY:
        return IDLE_FACE
    if view.state.finished:
        return TimerFace(1.0, 0.0, "Done" if view.state is State.COMPLETE else "Stopped", "", Tone.DONE, False)
    assert view.phase is not None
    if view.state is State.AWAITING_CHOICE:
        return TimerFace(1.0, 0.0, "Skip or go on?", "", Tone.RELEASE, show_seconds=False)
    side = catalogue.stretch(view.phase.stretch_id).side_label(view.phase.side)
    if view.breath is not None:
        breath, left, length = view.breath
        tone = Tone.INHALE if breath is Cue.INHALE else Tone.EXHALE
        return TimerFace(1.0 - left / length, left, BREATH_LABELS[breath], side, tone, length=length)
    # paused: one short word, readable from the floor and inside the mini timer's small ring
    label = "Paused" if view.state is State.PAUSED else PHASE_LABELS[view.phase.kind]
    return TimerFace(view.progress, view.remaining, label, side, _TONES[view.phase.kind], length=view.phase.seconds)


class TimerFaces:
    """`timer_face` of a source of views, worked out again only for a new view: during a tick the
    controller hands every reader the same view, so the poller and the ring's refresh share one face."""

    def __init__(self, view: Callable[[], SessionView | None], catalogue: Callable[[], Catalogue]) -> None:
        self._view, self._catalogue = view, catalogue
        self._last: tuple[SessionView | None, TimerFace] | None = None

    def __call__(self) -> TimerFace:
        view = self._view()
        if self._last is None or self._last[0] is not view or view is None:
            self._last = (view, timer_face(view, self._catalogue()))
        return self._last[1]


def coming_up(phase: PlannedPhase, catalogue: Catalogue) -> str:
    """What follows a phase, for a 'next' line: the other side, another round, the next stretch.
    Nothing while easing out after pain: what follows depends on the person's choice."""
    if phase.kind is PhaseKind.RELEASE:
        return ""
    if phase.next_in_step is not None:
        side, round_number = phase.next_in_step
        if round_number != phase.repetition:
            return f"Next: round {round_number} of {phase.rounds}"
        label = catalogue.stretch(phase.stretch_id).side_label(side)
        if label:
            return f"Next: {label.lower()}"
    if phase.next_stretch_id:
        return f"Next: {in_sentence(catalogue.stretch(phase.next_stretch_id).name)}"
    return "Last stretch"


def progress_text(view: SessionView, plan_stretch_count: int, step_number: int | None) -> str:
    """'Stretch 2 of 3 · 3:10 left', or 'Warm-up · 4:50 left'."""
    where = "Warm-up" if step_number is None else f"Stretch {step_number} of {plan_stretch_count}"
    return f"{where} · {clock_text(view.routine_remaining)} left"


def headline(view: SessionView, catalogue: Catalogue) -> str:
    """What the pose panel's title says in phases that are not the stretch itself."""
    if view.phase is None:
        return ""
    name = catalogue.stretch(view.phase.stretch_id).name
    if view.state is State.AWAITING_CHOICE:
        return "Skip this stretch, or go on gently?"
    if view.phase.kind is PhaseKind.TRANSITION:
        return f"Next up: {in_sentence(name)}"
    if view.phase.kind is PhaseKind.RELEASE:
        return f"Ease out of {in_sentence(name)} slowly"
    return name


def completion_html(result: SessionResult, plan: Plan, catalogue: Catalogue) -> tuple[str, str]:
    """The completion view's title and summary."""
    title = "Routine complete. Well done!" if result.state is State.COMPLETE else "Routine stopped"
    names = [step.stretch.name for step in plan.steps]
    lines = [f"<p>{escape(stretching_text(stretching_seconds(result.holds, plan)))}</p>"]
    if result.done_steps:
        done = "".join(f"<li>{escape(names[i])}</li>" for i in result.done_steps)
        lines.append(f"<p><b>Done</b></p><ul>{done}</ul>")
    if result.skipped_steps:
        skipped = "".join(f"<li>{escape(names[i])}</li>" for i in result.skipped_steps)
        lines.append(f"<p><b>Skipped</b></p><ul>{skipped}</ul>")
    if result.pain_reports:
        reports = []
        for report in result.pain_reports:
            stretch = catalogue.stretch(report.stretch_id)
            reports.append(f"<li>{escape(name_and_side(stretch.name, stretch.side_label(report.side)))}</li>")
        lines.append(
            f"<p><b>Sharp pain reported</b></p><ul>{''.join(reports)}</ul>"
            "<p>If pain like this comes back, leave that stretch out and ask a health professional.</p>"
        )
    return title, "".join(lines)
