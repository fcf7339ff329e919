"""Words beside the timer: what comes next, through sides, rounds and stretches."""

from __future__ import annotations

from app.presenters.presentation import coming_up
from app.session import PhaseKind, Timing, build_plan
from tests.helpers import builtin_catalogue


def nexts(routine: str) -> list[tuple[str, str, str]]:
    catalogue = builtin_catalogue()
    plan = build_plan(catalogue.routine(routine), catalogue, Timing(warm_up=False))
    return [
        (phase.kind.value, phase.side.value if phase.side else "", coming_up(phase, catalogue))
        for phase in plan.phases
        if phase.kind is not PhaseKind.TRANSITION
    ]


def test_a_one_sided_stretch_names_the_other_side_then_the_next_stretch() -> None:
    seen = nexts("lower-back-relief")
    assert seen[:4] == [
        ("prepare", "left", "Next: right leg"),
        ("hold", "left", "Next: right leg"),
        ("switch-sides", "right", "Next: Cat-cow"),
        ("hold", "right", "Next: Cat-cow"),
    ]
    assert seen[-1] == ("hold", "", "Last stretch")


def test_repeated_rounds_are_announced_before_the_end() -> None:
    seen = nexts("desk-break")
    texts = [text for _, _, text in seen]
    assert "Next: round 2 of 2" in texts
    assert texts.index("Next: round 2 of 2") < texts.index("Last stretch")
    assert texts[-1] == "Last stretch"
