"""The vocabulary of a session: phases, cues and timing choices."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.catalogue import Side


class PhaseKind(str, Enum):
    WARM_UP = "warm-up"  # light activity before stretching
    PREPARE = "prepare"  # get into position; can be ended early with skip
    HOLD = "hold"  # a static hold, one side or both
    SWITCH_SIDES = "switch-sides"  # between the sides of a one-sided stretch
    FLOW = "flow"  # breath-paced cycles (cat-cow)
    TRANSITION = "transition"  # shows what is next
    RELEASE = "release"  # after a pain report: ease out slowly (never planned)


class Cue(str, Enum):
    WARM_UP = "warm-up"
    PREPARE = "prepare"
    HOLD_START = "hold-start"
    HALFWAY = "halfway"
    LAST_SECONDS = "last-seconds"
    SWITCH_SIDES = "switch-sides"
    INHALE = "inhale"
    EXHALE = "exhale"
    RELEASE = "release"
    CHOICE = "choice"  # after the release that follows pain: skip the stretch, or go on gently
    NEXT_UP = "next-up"
    ROUTINE_COMPLETE = "routine-complete"


# The cue each phase announces as it begins. A flow announces its first inhale instead.
OPENING_CUE: dict[PhaseKind, Cue | None] = {
    PhaseKind.WARM_UP: Cue.WARM_UP,
    PhaseKind.PREPARE: Cue.PREPARE,
    PhaseKind.HOLD: Cue.HOLD_START,
    PhaseKind.SWITCH_SIDES: Cue.SWITCH_SIDES,
    PhaseKind.FLOW: None,
    PhaseKind.TRANSITION: Cue.NEXT_UP,
    PhaseKind.RELEASE: Cue.RELEASE,
}

LAST_SECONDS = 5  # the "last seconds" cue comes this many (unscaled) seconds before a hold ends


@dataclass(frozen=True)
class BreathPace:
    inhale: float
    exhale: float

    @property
    def cycle(self) -> float:
        return self.inhale + self.exhale

    def at(self, elapsed: float) -> tuple[Cue, float, float]:
        """(INHALE or EXHALE, seconds left in that breath, its length) after `elapsed` seconds."""
        into_cycle = elapsed % self.cycle
        if into_cycle < self.inhale:
            return Cue.INHALE, self.inhale - into_cycle, self.inhale
        return Cue.EXHALE, self.cycle - into_cycle, self.exhale


@dataclass(frozen=True)
class Timing:
    """The person's timing choices (from settings) and the demo speed factor."""

    prepare_seconds: float = 8
    switch_seconds: float = 5
    transition_seconds: float = 6
    release_seconds: float = 10
    hold_seconds: int | None = None  # the person's default hold; None: each stretch's own
    warm_up: bool = True
    warm_up_seconds: int | None = None  # None: the warm-up stretch's default
    breath_scale: float = 1.0
    speed: float = 1.0  # >1 runs faster; every duration is divided by it

    def __post_init__(self) -> None:
        if self.speed <= 0:
            raise ValueError("speed must be positive")

    def scaled(self, seconds: float) -> float:
        return seconds / self.speed


_EPSILON = 1e-9  # float slack when comparing a cue's offset with elapsed time


@dataclass(frozen=True)
class TimedCue:
    offset: float  # seconds of active time after the phase starts
    cue: Cue

    def due(self, start: float, now: float) -> bool:
        """Whether the cue is due at `now` in a phase that started (or would have) at `start`."""
        return start + self.offset <= now + _EPSILON


@dataclass(frozen=True)
class PlannedPhase:
    kind: PhaseKind
    step: int  # index into Plan.steps
    stretch_id: str
    side: Side | None
    repetition: int  # 1-based
    seconds: float  # already scaled by the speed factor
    cues: tuple[TimedCue, ...] = ()
    breath: BreathPace | None = None  # flows only
    next_stretch_id: str | None = None  # what comes after this phase's step, for "next up"
    rounds: int = 1  # how many repetitions its step has
    # the side and round of the step's next hold or flow that differs from this phase's (the other
    # leg, or another round), or None when the next thing is another stretch or the end
    next_in_step: tuple[Side | None, int] | None = None
    gentle: bool = False  # done again gently after a pain report: shorter, only to a light stretch
