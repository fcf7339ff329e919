"""Sessions for history tests: real ones played on a fake clock, and quick synthetic rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from app.catalogue import Catalogue
from app.history import HoldRow, PainRow, SessionRow, SessionRows
from app.session import FakeClock, PhaseKind, Plan, Session, SessionResult, Timing, build_plan

ENDED = datetime(2025, 3, 14, 18, 30).astimezone()
TIMING = Timing(prepare_seconds=8, switch_seconds=5, transition_seconds=6, release_seconds=10)


def plan_for(catalogue: Catalogue, routine: str, timing: Timing = TIMING) -> Plan:
    return build_plan(catalogue.routine(routine), catalogue, timing)


def advance(session: Session, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    """Let time pass the way the Qt adapter's polling would."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        session.poll()


def run_until(session: Session, clock: FakeClock, done: Callable[[Session], bool], step: float = 0.5) -> None:
    for _ in range(100_000):
        if done(session):
            return
        clock.advance(step)
        session.poll()
    raise AssertionError("the session never got there")


def finish(session: Session, clock: FakeClock) -> SessionResult:
    run_until(session, clock, lambda s: s.state.finished)
    assert session.result is not None
    return session.result


def completed(plan: Plan) -> SessionResult:
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    return finish(session, clock)


def stopped_after(plan: Plan, seconds: float) -> SessionResult:
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    advance(session, clock, seconds)
    session.stop()
    assert session.result is not None
    return session.result


def pain_in_second_stretch(plan: Plan) -> SessionResult:
    """Sharp pain 10 s into the first hold of the second stretch (a hold), which is then skipped."""
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    second = plan.stretch_steps[1]
    run_until(session, clock, lambda s: s.phase.step == plan.steps.index(second) and s.phase.kind is PhaseKind.HOLD)
    advance(session, clock, 10)
    session.pain()
    advance(session, clock, plan.timing.release_seconds + 1)
    session.skip()  # the person chooses to skip that stretch
    return finish(session, clock)


def _name(identifier: str) -> str:
    return identifier.replace("-", " ").capitalize()


def synthetic(day: date, routine: str = "desk-break", *, minutes: float = 5.0, hour: int = 12,
              stretches: tuple[str, ...] = ("seated-glute-stretch",), pains: int = 0) -> SessionRows:
    """A made-up session on `day` whose holds add up to `minutes` of stretching."""
    started = datetime.combine(day, time(hour)).astimezone()
    seconds = minutes * 60
    holds = tuple(
        HoldRow(step, stretch, _name(stretch), None, 1, False, 30.0,
                seconds / len(stretches), "completed")
        for step, stretch in enumerate(stretches)
    )
    pain_rows = tuple(PainRow(0, stretches[0], _name(stretches[0]), "left", "hold", 12.5) for _ in range(pains))
    ended = started + timedelta(seconds=seconds + 60)
    session = SessionRow(routine, _name(routine), started, ended, "complete",
                         seconds + 60, seconds)
    return SessionRows(session, holds, pain_rows)
