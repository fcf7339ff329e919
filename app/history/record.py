"""Turn a finished session (SessionResult + Plan) into the rows the history keeps.

The engine measures time on a monotonic clock, which says nothing about the calendar, so the wall
time the session ended is passed in and its start is worked out from the session's own length.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.history.rows import HoldRow, PainRow, SessionRow, SessionRows
from app.session import HoldRecord, PainReport, Plan, SessionResult, State, stretching_seconds


def _stretch_name(plan: Plan, step: int, stretch_id: str) -> str:
    if 0 <= step < len(plan.steps) and plan.steps[step].stretch.id == stretch_id:
        return plan.steps[step].stretch.name
    return stretch_id  # a step the plan does not know: keep the id rather than guess


def _is_warm_up(plan: Plan, step: int) -> bool:
    return 0 <= step < len(plan.steps) and plan.steps[step].is_warm_up


def hold_row(hold: HoldRecord, plan: Plan) -> HoldRow:
    return HoldRow(
        hold.step, hold.stretch_id, _stretch_name(plan, hold.step, hold.stretch_id),
        hold.side.value if hold.side else None, hold.repetition, _is_warm_up(plan, hold.step),
        hold.planned_seconds, hold.held_seconds, hold.outcome.value,
    )


def pain_row(pain: PainReport, plan: Plan) -> PainRow:
    name = _stretch_name(plan, pain.step, pain.stretch_id)
    return PainRow(pain.step, pain.stretch_id, name, pain.side.value if pain.side else None, pain.phase, pain.at)


def rows_for(result: SessionResult, plan: Plan, ended_at: datetime) -> SessionRows:
    """The rows for one session; `ended_at` is the aware wall time it finished."""
    holds = tuple(hold_row(hold, plan) for hold in result.holds)
    stretched = stretching_seconds(result.holds, plan)
    started_at = ended_at - timedelta(seconds=result.ended_at - result.started_at)
    outcome = "complete" if result.state is State.COMPLETE else "stopped"
    session = SessionRow(
        result.routine_id, plan.routine.name, started_at, ended_at, outcome, result.active_seconds, stretched
    )
    return SessionRows(session, holds, tuple(pain_row(pain, plan) for pain in result.pain_reports))
