"""What a pain report changes in the plan's course: the slow release that takes the interrupted
phase's place, where going on picks the stretch up again and how much gentler it is then, and where
skipping it goes. No Qt here.

All are worked out from the plan alone; the engine decides when they happen (app.session.commands).

Going on gently is what a physio would offer after sharp pain: the same stretch, only to a light
stretch, for less time. The guide holds a static stretch for 20 to 30 seconds and asks to move
only until a slight pull is felt; a second try straight after pain is a check that the stretch can
be done without it, not the full lengthening hold. So the gentle hold is half the planned one, but
never under 15 seconds (enough for a few slow breaths in a light stretch), and never longer than
planned: 30 s becomes 15, 20 s stays at 15. A flow keeps its breathing pace and does half its
breaths, at least three. Getting into position keeps its time: coming back slowly takes it.
"""

from __future__ import annotations

from dataclasses import replace
from math import ceil

from app.session.phases import Cue, PhaseKind, PlannedPhase, TimedCue
from app.session.plan import Plan, flow_cues, hold_cues

GENTLE_SHARE = 0.5  # of the planned hold, or of the flow's breaths
GENTLE_LEAST_SECONDS = 15  # a gentle hold is never shorter, unless the planned one is
GENTLE_LEAST_BREATHS = 3
_WORK = (PhaseKind.HOLD, PhaseKind.FLOW)


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


def gentle_until(plan: Plan, interrupted: int) -> int:
    """The last phase going on gently covers: the interrupted one's step's next hold or flow (the
    one interrupted, or the one its getting into position led to)."""
    step = plan.phases[interrupted].step
    for index in range(interrupted, len(plan.phases)):
        phase = plan.phases[index]
        if phase.step != step:
            break
        if phase.kind in _WORK:
            return index
    return interrupted


def gentle_hold_seconds(planned: float) -> float:
    """The gentle form of a `planned`-second hold (unscaled seconds): see the module's note."""
    return min(planned, max(GENTLE_LEAST_SECONDS, planned * GENTLE_SHARE))


def gentle_phase(planned: PlannedPhase, plan: Plan) -> PlannedPhase:
    """`planned` done gently: a hold shorter, a flow with fewer breaths, any other phase as it is
    (its words say to go gently)."""
    timing = plan.timing
    if planned.kind is PhaseKind.HOLD:
        unscaled = gentle_hold_seconds(planned.seconds * timing.speed)
        seconds = timing.scaled(unscaled)
        return replace(planned, seconds=seconds, cues=hold_cues(seconds, unscaled, timing), gentle=True)
    if planned.kind is PhaseKind.FLOW and planned.breath is not None:
        breaths = round(planned.seconds / planned.breath.cycle)
        fewer = min(breaths, max(GENTLE_LEAST_BREATHS, ceil(breaths * GENTLE_SHARE)))
        seconds = fewer * planned.breath.cycle
        return replace(planned, seconds=seconds, cues=flow_cues(planned.breath, fewer), gentle=True)
    return replace(planned, gentle=True)


def past_stretch(plan: Plan, step: int) -> int:
    """The phase skipping `step` goes to: the next step's first active one (past its "next up"
    preview), or one past the plan's last phase when `step` is the last."""
    following = step + 1
    return plan.steps[following].first_phase if following < len(plan.steps) else len(plan.phases)
