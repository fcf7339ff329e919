"""A routine's full timeline: every phase in order with its seconds and cues.

The engine plays a Plan; `supple plan` prints one; the progress display reads it. An uninterrupted
session takes exactly `Plan.total_seconds`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from app.catalogue import Catalogue, Kind, Routine, Side, Stretch
from app.session.phases import (
    LAST_SECONDS,
    OPENING_CUE,
    BreathPace,
    Cue,
    PhaseKind,
    PlannedPhase,
    TimedCue,
    Timing,
)


@dataclass(frozen=True)
class PlanStep:
    stretch: Stretch
    is_warm_up: bool
    first_phase: int  # index of its first active phase (not the "next up" preview)
    end_phase: int  # one past its last phase


@dataclass(frozen=True)
class Plan:
    routine: Routine
    timing: Timing
    steps: tuple[PlanStep, ...]
    phases: tuple[PlannedPhase, ...]

    @property
    def total_seconds(self) -> float:
        return sum(phase.seconds for phase in self.phases)

    def seconds_after(self, index: int) -> float:
        """Planned seconds of every phase after `index` (asked at every poll: summed once)."""
        start = max(0, index + 1)
        return self._seconds_from[start] if start < len(self.phases) else 0.0

    @cached_property
    def _seconds_from(self) -> tuple[float, ...]:
        """The planned seconds from each phase to the end, each summed in the order the phases play."""
        return tuple(sum(phase.seconds for phase in self.phases[start:]) for start in range(len(self.phases)))

    @property
    def stretch_steps(self) -> tuple[PlanStep, ...]:
        return tuple(step for step in self.steps if not step.is_warm_up)


def _hold_seconds(stretch: Stretch, override: int | None, timing: Timing) -> int:
    assert stretch.hold is not None
    if override is not None:
        return override
    if timing.hold_seconds is not None:
        return stretch.hold.clamp(timing.hold_seconds)
    return stretch.hold.default


def hold_cues(seconds: float, unscaled: float, timing: Timing) -> tuple[TimedCue, ...]:
    cues = [TimedCue(0.0, Cue.HOLD_START), TimedCue(seconds / 2, Cue.HALFWAY)]
    if unscaled >= 2 * LAST_SECONDS:
        cues.append(TimedCue(seconds - timing.scaled(LAST_SECONDS), Cue.LAST_SECONDS))
    return tuple(cues)


def flow_cues(pace: BreathPace, cycles: int) -> tuple[TimedCue, ...]:
    cues: list[TimedCue] = []
    for cycle in range(cycles):
        start = cycle * pace.cycle
        cues += [TimedCue(start, Cue.INHALE), TimedCue(start + pace.inhale, Cue.EXHALE)]
    return tuple(cues)


class _PlanBuilder:
    def __init__(self, catalogue: Catalogue, timing: Timing) -> None:
        self.catalogue = catalogue
        self.timing = timing
        self.phases: list[PlannedPhase] = []
        self.steps: list[PlanStep] = []

    def phase(  # noqa: PLR0917 - a private builder; the names at each call say enough
        self,
        kind: PhaseKind,
        stretch: Stretch,
        seconds: float,
        side: Side | None,
        repetition: int,
        cues: tuple[TimedCue, ...] | None = None,
        breath: BreathPace | None = None,
    ) -> None:
        """Add a phase of `seconds` (unscaled); by default it announces its opening cue."""
        if cues is None:
            opening = OPENING_CUE[kind]
            cues = (TimedCue(0.0, opening),) if opening else ()
        scaled = self.timing.scaled(seconds)
        step = len(self.steps)
        self.phases.append(PlannedPhase(kind, step, stretch.id, side, repetition, scaled, cues, breath))

    def warm_up(self, stretch: Stretch) -> None:
        assert stretch.activity is not None
        seconds = self.timing.warm_up_seconds or stretch.activity.default
        self.phase(PhaseKind.WARM_UP, stretch, stretch.activity.clamp(seconds), None, 1)

    def work(self, stretch: Stretch, side: Side | None, repetition: int, hold: int | None) -> None:
        """The phase that does the stretch: a hold, a flow or an activity."""
        if stretch.kind is Kind.FLOW:
            assert stretch.flow is not None
            scale = self.timing.breath_scale / self.timing.speed
            pace = BreathPace(stretch.flow.inhale_seconds * scale, stretch.flow.exhale_seconds * scale)
            cues = flow_cues(pace, stretch.flow.cycles)
            unscaled = pace.cycle * stretch.flow.cycles * self.timing.speed
            self.phase(PhaseKind.FLOW, stretch, unscaled, side, repetition, cues, pace)
        elif stretch.kind is Kind.HOLD:
            unscaled = _hold_seconds(stretch, hold, self.timing)
            cues = hold_cues(self.timing.scaled(unscaled), unscaled, self.timing)
            self.phase(PhaseKind.HOLD, stretch, unscaled, side, repetition, cues)
        else:
            assert stretch.activity is not None
            self.phase(PhaseKind.WARM_UP, stretch, stretch.activity.default, side, repetition)

    def step(self, stretch: Stretch, sides: tuple[Side | None, ...], repetitions: int, hold: int | None) -> None:
        for repetition in range(1, repetitions + 1):
            for number, side in enumerate(sides):
                kind = PhaseKind.PREPARE if number == 0 else PhaseKind.SWITCH_SIDES
                seconds = self.timing.prepare_seconds if number == 0 else self.timing.switch_seconds
                self.phase(kind, stretch, seconds, side, repetition)
                self.work(stretch, side, repetition, hold)

    def transition(self, upcoming: Stretch) -> None:
        self.phase(PhaseKind.TRANSITION, upcoming, self.timing.transition_seconds, None, 1)

    def close_step(self, stretch: Stretch, is_warm_up: bool, first_phase: int) -> None:
        self.steps.append(PlanStep(stretch, is_warm_up, first_phase, len(self.phases)))


def _sides(stretch: Stretch, chosen: tuple[Side, ...] | None) -> tuple[Side | None, ...]:
    if not stretch.one_sided:
        return (None,)
    return chosen or (Side.LEFT, Side.RIGHT)


def build_plan(routine: Routine, catalogue: Catalogue, timing: Timing | None = None) -> Plan:
    """Every phase of `routine` in order. A step's "next up" preview belongs to that step."""
    timing = timing or Timing()
    builder = _PlanBuilder(catalogue, timing)
    if routine.warm_up and timing.warm_up:
        stretch = catalogue.stretch(routine.warm_up)
        builder.warm_up(stretch)
        builder.close_step(stretch, is_warm_up=True, first_phase=0)
    for step in routine.steps:
        stretch = catalogue.stretch(step.stretch_id)
        if builder.phases:
            builder.transition(stretch)
        first = len(builder.phases)
        builder.step(stretch, _sides(stretch, step.sides), step.repetitions, step.hold_seconds)
        builder.close_step(stretch, is_warm_up=False, first_phase=first)
    phases = _with_next_up(builder.phases, builder.steps)
    return Plan(routine, timing, tuple(builder.steps), phases)


def _with_next_up(phases: list[PlannedPhase], steps: list[PlanStep]) -> tuple[PlannedPhase, ...]:
    """Tell every phase what follows it, for 'next' displays: the other side or another round of
    its own step, and the stretch of the step after."""
    result = []
    for index, phase in enumerate(phases):
        following = steps[phase.step + 1].stretch.id if phase.step + 1 < len(steps) else None
        step = steps[phase.step]
        rounds = max((p.repetition for p in phases[step.first_phase : step.end_phase]), default=1)
        result.append(replace(
            phase, next_stretch_id=following, rounds=rounds, next_in_step=_next_in_step(phases, index, step.end_phase),
        ))
    return tuple(result)


def _next_in_step(phases: list[PlannedPhase], index: int, end: int) -> tuple[Side | None, int] | None:
    here = phases[index]
    for later in phases[index + 1 : end]:
        if later.kind in (PhaseKind.HOLD, PhaseKind.FLOW) and (later.side, later.repetition) != (
            here.side, here.repetition,
        ):
            return later.side, later.repetition
    return None
