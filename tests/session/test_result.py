"""What a session keeps for its report: only the stretching closes as a hold, held time is kept
within the phase, and the steps done or skipped are worked out from the holds."""

from __future__ import annotations

from app.catalogue import Catalogue
from app.session import HoldOutcome, PhaseKind, Plan, State, build_plan
from app.session.countdown import ActiveTime
from app.session.result import Tally
from tests.session.conftest import TIMING


def plan_of(catalogue: Catalogue) -> Plan:
    # lower-back-relief: knee to chest both sides (0-3), a preview and cat-cow (4-6), then child's pose (7-9)
    return build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING)


def test_only_the_stretching_closes_as_a_hold(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    tally = Tally(plan)
    assert plan.phases[0].kind is PhaseKind.PREPARE
    assert tally.close(plan.phases[0], 3.0, HoldOutcome.SKIPPED) is None
    record = tally.close(plan.phases[1], 12.0, HoldOutcome.LEFT)
    assert record is not None and (record.held_seconds, record.planned_seconds) == (12.0, 30.0)
    assert tally.holds == [record]


def test_held_time_is_kept_within_the_phase(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    tally = Tally(plan)
    over = tally.close(plan.phases[1], 30.000001, HoldOutcome.COMPLETED)
    under = tally.close(plan.phases[3], -1e-9, HoldOutcome.SKIPPED)
    assert over is not None and over.held_seconds == 30.0
    assert under is not None and under.held_seconds == 0.0


def test_steps_done_skipped_and_never_reached(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    tally = Tally(plan)
    active = ActiveTime()
    active.start(0.0)
    for index in (1, 3):
        tally.close(plan.phases[index], 30.0, HoldOutcome.COMPLETED)
    tally.close(plan.phases[6], 10.0, HoldOutcome.PAIN)
    tally.report_pain(plan.phases[6], 80.0)
    stopped = tally.result(State.STOPPED, active, 100.0, last_step=1)
    assert (stopped.done_steps, stopped.skipped_steps) == ((0,), ())  # cat-cow was not gone past
    assert [report.stretch_id for report in stopped.pain_reports] == ["cat-cow"]
    tally.skipped_steps.add(1)
    completed = tally.result(State.COMPLETE, active, 100.0, last_step=1)
    assert (completed.done_steps, completed.skipped_steps) == ((0,), (1, 2))
