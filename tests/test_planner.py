"""The planner: one answer to which routines exist and how long each is with these settings."""

from __future__ import annotations

import pytest

from app.planner import Planner
from app.settings import Settings
from tests.helpers import builtin_catalogue


def test_plans_follow_the_settings_and_the_demo_speed() -> None:
    planner = Planner(builtin_catalogue(), Settings(hold_seconds=30))
    normal = planner.plan("desk-break").total_seconds
    planner.settings = Settings(hold_seconds=20)
    shorter = planner.plan("desk-break").total_seconds
    assert shorter < normal
    planner.speed = 10
    assert planner.plan("desk-break").total_seconds == pytest.approx(shorter / 10)


def test_known_routines() -> None:
    planner = Planner(builtin_catalogue(), Settings())
    assert planner.known("lower-back-relief") and not planner.known("no-such-routine")
    assert "desk-break" in planner.routine_ids()
