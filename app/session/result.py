"""What a session keeps for its report as it runs, and the report when it ends. No Qt here.

The engine hands each closed hold and each pain report here the moment it announces them, so the
result's holds are exactly those announcements, in order. Working out which steps were done or
skipped is bookkeeping, not state: it stays out of the state machine.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.session.countdown import ActiveTime
from app.session.events import HoldOutcome, HoldRecord, PainReport, SessionResult, State
from app.session.phases import PhaseKind, PlannedPhase
from app.session.plan import Plan

# The phases that are the stretching itself: each one closes as a HoldRecord, and a step is done
# when every one of its own was completed.
WORK_PHASES = frozenset({PhaseKind.HOLD, PhaseKind.FLOW, PhaseKind.WARM_UP})


def stretching_seconds(holds: Iterable[HoldRecord], plan: Plan) -> float:
    """Time stretching: the seconds actually held in stretches (holds and flows), the warm-up left
    out. The one definition: the completion page shows it and the history keeps it for progress."""
    return sum(hold.held_seconds for hold in holds if not _warm_up(plan, hold.step))


def _warm_up(plan: Plan, step: int) -> bool:
    return 0 <= step < len(plan.steps) and plan.steps[step].is_warm_up


class Tally:
    """The holds, pain reports and skipped steps of one session, in the order they happened."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.holds: list[HoldRecord] = []
        self.pain: list[PainReport] = []
        self.skipped_steps: set[int] = set()  # skipped after a pain report, past the whole stretch

    def close(self, phase: PlannedPhase, held: float, outcome: HoldOutcome) -> HoldRecord | None:
        """Keep how `phase` ended after `held` seconds; None when it is not stretching (a prepare, a
        preview): nothing to keep."""
        if phase.kind not in WORK_PHASES:
            return None
        held = min(phase.seconds, max(0.0, held))  # deadline arithmetic may be off by a rounding
        record = HoldRecord(phase.step, phase.stretch_id, phase.side, phase.repetition, phase.seconds, held, outcome)
        self.holds.append(record)
        return record

    def report_pain(self, phase: PlannedPhase, active_seconds: float) -> PainReport:
        """Keep a pain report during `phase`, `active_seconds` into the session."""
        report = PainReport(phase.step, phase.stretch_id, phase.side, phase.kind.value, active_seconds)
        self.pain.append(report)
        return report

    def result(self, state: State, active: ActiveTime, at: float, last_step: int) -> SessionResult:
        """What the session, finished in `state` at `at` in step `last_step`, reports: its holds, and
        which steps were done or skipped. A step it went past undone counts as skipped (a stopped
        session's later steps, never reached, do not)."""
        reached = len(self.plan.steps) if state is State.COMPLETE else last_step
        completed = {(h.step, h.side, h.repetition) for h in self.holds if h.outcome is HoldOutcome.COMPLETED}
        done, skipped = [], []
        for number, step in enumerate(self.plan.steps):
            work = [p for p in self.plan.phases[step.first_phase : step.end_phase] if p.kind in WORK_PHASES]
            if all((p.step, p.side, p.repetition) in completed for p in work):
                done.append(number)
            elif number < reached or number in self.skipped_steps:
                skipped.append(number)
        return SessionResult(
            self.plan.routine.id, state, active.started, at, active.paused,
            tuple(self.holds), tuple(self.pain), tuple(done), tuple(skipped),
        )
