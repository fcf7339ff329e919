"""The session: plan a routine, then play it on an injected clock. No Qt here."""

from app.session.clock import Clock, FakeClock, monotonic_clock
from app.session.engine import Session
from app.session.events import (
    AwaitingChoice,
    CueEvent,
    Event,
    Finished,
    HoldEnded,
    HoldOutcome,
    HoldRecord,
    PainReport,
    PainReported,
    Paused,
    PauseReason,
    PhaseStarted,
    Resumed,
    SessionResult,
    SessionStarted,
    State,
)
from app.session.phases import BreathPace, Cue, PhaseKind, PlannedPhase, Timing
from app.session.plan import Plan, PlanStep, build_plan
from app.session.result import stretching_seconds
from app.session.view import SessionView

__all__ = [
    "AwaitingChoice", "BreathPace", "Clock", "Cue", "CueEvent", "Event", "FakeClock", "Finished", "HoldEnded",
    "HoldOutcome", "HoldRecord", "PainReport", "PainReported", "PauseReason", "Paused", "PhaseKind",
    "PhaseStarted", "Plan", "PlanStep", "PlannedPhase", "Resumed", "Session", "SessionResult",
    "SessionStarted", "SessionView", "State", "Timing", "build_plan", "monotonic_clock", "stretching_seconds",
]
