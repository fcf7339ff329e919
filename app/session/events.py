"""What the engine tells its listeners, and what a finished session reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from app.catalogue import Side
from app.session.phases import Cue, PlannedPhase
from app.session.plan import Plan


class State(str, Enum):
    READY = "ready"  # not started
    RUNNING = "running"
    EASING_OUT = "easing-out"  # after a pain report: releasing the stretch slowly, then a choice
    PAUSED = "paused"
    AWAITING_CHOICE = "awaiting-choice"  # after a pain report: skip the stretch or go on
    COMPLETE = "complete"
    STOPPED = "stopped"

    @property
    def finished(self) -> bool:
        return self in (State.COMPLETE, State.STOPPED)

    @property
    def active(self) -> bool:
        return self in (State.RUNNING, State.EASING_OUT, State.PAUSED, State.AWAITING_CHOICE)

    @property
    def counting(self) -> bool:
        """A countdown is running: the session must be polled."""
        return self in (State.RUNNING, State.EASING_OUT)


class PauseReason(str, Enum):
    PERSON = "person"
    SLEEP = "sleep"  # the clock jumped: the computer was asleep


class HoldOutcome(str, Enum):
    COMPLETED = "completed"
    SKIPPED = "skipped"
    PAIN = "pain"
    LEFT = "left"  # left early by back, restart or stop


@dataclass(frozen=True)
class HoldRecord:
    step: int
    stretch_id: str
    side: Side | None
    repetition: int
    planned_seconds: float
    held_seconds: float
    outcome: HoldOutcome


@dataclass(frozen=True)
class PainReport:
    step: int
    stretch_id: str
    side: Side | None
    phase: str  # the phase it interrupted
    at: float  # seconds of active time into the session


@dataclass(frozen=True)
class SessionResult:
    routine_id: str
    state: State  # COMPLETE or STOPPED
    started_at: float
    ended_at: float
    paused_seconds: float
    holds: tuple[HoldRecord, ...]
    pain_reports: tuple[PainReport, ...]
    done_steps: tuple[int, ...]  # steps whose every hold (or flow) was completed
    skipped_steps: tuple[int, ...]

    @property
    def active_seconds(self) -> float:
        return self.ended_at - self.started_at - self.paused_seconds


@dataclass(frozen=True)
class SessionStarted:
    """The first event of a session; it carries the plan so a listener needs nothing else."""

    plan: Plan
    at: float

    @property
    def routine_id(self) -> str:
        return self.plan.routine.id


@dataclass(frozen=True)
class PhaseStarted:
    phase: PlannedPhase
    index: int  # into Plan.phases; during the release after pain, the phase it interrupted
    at: float


@dataclass(frozen=True)
class CueEvent:
    cue: Cue
    phase: PlannedPhase
    at: float


@dataclass(frozen=True)
class Paused:
    reason: PauseReason
    at: float


@dataclass(frozen=True)
class Resumed:
    at: float


@dataclass(frozen=True)
class AwaitingChoice:
    """The release after pain is over; the person chooses: skip this stretch or go on."""

    phase: PlannedPhase
    at: float


@dataclass(frozen=True)
class HoldEnded:
    """A hold, flow or warm-up is over, however it ended; `record` is final and will be in the result.

    Sent as each one closes so a listener can keep it at once: a crash later loses nothing of it.
    """

    record: HoldRecord
    at: float
    active_seconds: float  # active time into the session when it ended


@dataclass(frozen=True)
class PainReported:
    report: PainReport
    at: float


@dataclass(frozen=True)
class Finished:
    result: SessionResult


Event = (
    SessionStarted | PhaseStarted | CueEvent | Paused | Resumed | AwaitingChoice | HoldEnded | PainReported | Finished
)
Listener = Callable[[Event], None]


class Listeners:
    """Everyone told of a session's events, in the order they subscribed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every event; returns a function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, event: Event) -> None:
        # a copy: a listener may unsubscribe (or subscribe another) while it is being told
        for listener in list(self._listeners):
            listener(event)
