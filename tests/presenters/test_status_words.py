"""The sentences a screen reader hears as a routine moves on."""

from __future__ import annotations

import pytest

from app.catalogue import Catalogue
from app.presenters.status_words import choice_status, phase_status
from app.session import PhaseKind, build_plan
from tests.helpers import builtin_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return builtin_catalogue()


def test_each_phase_of_a_routine_has_its_own_short_sentence(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("lower-back-relief"), catalogue)
    said = [phase_status(phase, catalogue) for phase in plan.phases]
    assert said[:5] == [
        "Get into position: knee to chest, left leg.",
        "Hold for 30 seconds, left leg.",
        "Switch sides: right leg.",
        "Hold for 30 seconds, right leg.",
        "Next up: cat-cow.",
    ]
    flow = next(i for i, phase in enumerate(plan.phases) if phase.kind is PhaseKind.FLOW)
    assert said[flow].startswith("Flow with your breath for ")
    for sentence in said:
        assert sentence.endswith(".") and sentence[0].isupper()


def test_the_warm_up_says_its_length_in_minutes_and_seconds(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("full-back-and-glutes"), catalogue)
    warm_up = next(phase for phase in plan.phases if phase.kind is PhaseKind.WARM_UP)
    sentence = phase_status(warm_up, catalogue)
    assert sentence.startswith("Warm up: ") and ":" in sentence.split(", ")[-1]


def test_the_choice_names_each_option_with_its_key() -> None:
    assert choice_status([("Go on gently", "Space"), ("Skip it", "Right")]) == (
        "The stretch is stopped. Choose: Go on gently, key Space; or Skip it, key Right."
    )
