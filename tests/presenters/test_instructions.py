"""What the pose panel tells the person in each phase: how to get in, what to feel, how to ease out."""

from __future__ import annotations

import pytest

from app.presenters.instructions import EASING_OUT, instructions
from app.session import PhaseKind
from tests.helpers import builtin_catalogue


def titles(kind: PhaseKind | None, choosing: bool = False) -> list[str]:
    stretch = builtin_catalogue().stretch("knee-to-chest")
    return [section.title for section in instructions(stretch, kind, choosing=choosing)]


@pytest.mark.parametrize("kind", [PhaseKind.PREPARE, PhaseKind.SWITCH_SIDES, PhaseKind.TRANSITION])
def test_getting_into_position_shows_the_setup_and_the_form(kind: PhaseKind) -> None:
    assert titles(kind) == ["Getting into position", "Form"]
    setup = instructions(builtin_catalogue().stretch("knee-to-chest"), kind)[0]
    assert setup.numbered and setup.lines == builtin_catalogue().stretch("knee-to-chest").setup


@pytest.mark.parametrize("kind", [PhaseKind.HOLD, PhaseKind.FLOW])
def test_a_hold_shows_what_to_feel_how_to_breathe_and_what_to_watch(kind: PhaseKind) -> None:
    assert titles(kind) == ["You should feel", "Breathing", "Careful"]


def test_a_warm_up_shows_how_to_do_it_and_how_it_should_feel() -> None:
    march = builtin_catalogue().stretch("march-in-place")
    shown = [section.title for section in instructions(march, PhaseKind.WARM_UP)]
    assert shown == ["How to do it", "You should feel", "Careful"]


@pytest.mark.parametrize("choosing", [False, True])
def test_easing_out_after_pain_shows_how_to_come_out_not_how_to_go_in(choosing: bool) -> None:
    stretch = builtin_catalogue().stretch("knee-to-chest")
    shown = instructions(stretch, PhaseKind.RELEASE, choosing=choosing)
    assert shown[0] == EASING_OUT
    every_line = [line for section in shown for line in section.lines]
    assert not set(stretch.setup) & set(every_line)
    assert any("slowly" in line for line in shown[0].lines)


def test_outside_a_session_everything_is_shown() -> None:
    assert titles(None) == ["", "You should feel", "Form", "Breathing", "Careful"]
