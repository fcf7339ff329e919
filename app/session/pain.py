"""What a pain report changes in the plan's course: the slow release that takes the interrupted
phase's place, where going on picks the stretch up again, and where skipping it goes. No Qt here.

Both are worked out from the plan alone; the engine decides when they happen (app.session.commands).
"""

from __future__ import annotations

from dataclasses import replace

from app.session.phases import Cue, PhaseKind, PlannedPhase, TimedCue
from app.session.plan import Plan


def release_phase(interrupted: PlannedPhase, plan: Plan) -> PlannedPhase:
    """The release after pain: the same stretch and side, the planned release time, no breath pace
    (the person eases out at their own pace, not the flow's)."""
    return replace(
        interrupted,
        kind=PhaseKind.RELEASE,
        seconds=plan.timing.scaled(plan.timing.release_seconds),
        cues=(TimedCue(0.0, Cue.RELEASE),),
        breath=None,
    )


def going_on_from(plan: Plan, interrupted: int) -> int:
    """The phase going on starts at: the interrupted one, or the getting into position (prepare or
    switch sides) just before it in the same step, since the person has just come out of it."""
    previous = plan.phases[interrupted - 1] if interrupted > 0 else None
    if previous and previous.step == plan.phases[interrupted].step and previous.kind in (
        PhaseKind.PREPARE, PhaseKind.SWITCH_SIDES,
    ):
        return interrupted - 1
    return interrupted


def past_stretch(plan: Plan, step: int) -> int:
    """The phase skipping `step` goes to: the next step's first active one (past its "next up"
    preview), or one past the plan's last phase when `step` is the last."""
    following = step + 1
    return plan.steps[following].first_phase if following < len(plan.steps) else len(plan.phases)
