"""What the session page shows: which stretch of how many, how far the routine is, the picture."""

from __future__ import annotations

from app.planner import Planner
from app.presenters.following import PROGRESS_STEPS, Following
from app.session import FakeClock, PhaseKind, Session
from app.settings import Settings
from tests.helpers import builtin_catalogue


def test_the_moment_numbers_stretches_and_never_moves_backwards() -> None:
    catalogue = builtin_catalogue()
    plan = Planner(catalogue, Settings()).plan("lower-back-relief")
    following, clock = Following(plan, catalogue), FakeClock()
    session = Session(plan, clock)
    session.start()
    first = following.moment(session.view())
    assert first is not None
    assert first.progress.startswith("Stretch 1 of 3") and first.done == 0
    assert first.picture == "Knee to chest, left leg"
    done = [first.done]
    while not session.state.finished:
        clock.advance(1)
        session.poll()
        moment = following.moment(session.view())
        if moment is not None:
            done.append(moment.done)
    assert done == sorted(done) and done[-1] <= PROGRESS_STEPS


def test_the_next_line_is_empty_while_moving_on() -> None:
    catalogue = builtin_catalogue()
    plan = Planner(catalogue, Settings()).plan("lower-back-relief")
    following = Following(plan, catalogue)
    transition = next(phase for phase in plan.phases if phase.kind is PhaseKind.TRANSITION)
    assert following.next_line(transition) == ""
    assert following.next_line(plan.phases[0]) == "Next: right leg"
