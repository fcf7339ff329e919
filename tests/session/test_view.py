"""What a display reads: the phase with its time left, the routine's time left, the breath, and how
far the phase has got."""

from __future__ import annotations

import pytest

from app.catalogue import Catalogue
from app.session import Cue, Plan, State, build_plan
from app.session.view import session_view
from tests.session.conftest import TIMING


def plan_of(catalogue: Catalogue) -> Plan:
    # lower-back-relief: knee to chest both sides (0-3), a preview and cat-cow (4-6), then child's pose (7-9)
    return build_plan(catalogue.routine("lower-back-relief"), catalogue, TIMING)


def test_a_running_phase_shows_its_time_and_the_routines(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    view = session_view(plan, State.RUNNING, plan.phases[1], 20.0, after=1)
    assert view.phase is plan.phases[1]
    assert view.routine_remaining == pytest.approx(20.0 + plan.seconds_after(1))
    assert view.progress == pytest.approx(1 / 3)
    assert view.breath is None


def test_a_flow_shows_the_breath_it_is_in(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    flow = plan.phases[6]
    assert flow.breath is not None
    view = session_view(plan, State.RUNNING, flow, flow.seconds - 0.5, after=6)  # half a second in
    assert view.breath == (Cue.INHALE, flow.breath.inhale - 0.5, flow.breath.inhale)


def test_a_finished_session_shows_no_phase_and_no_time(catalogue: Catalogue) -> None:
    plan = plan_of(catalogue)
    view = session_view(plan, State.COMPLETE, plan.phases[-1], 0.0, after=len(plan.phases) - 1)
    assert (view.phase, view.routine_remaining, view.breath, view.progress) == (None, 0.0, None, 0.0)
