"""The editor's routine draft: holds within bounds, free ids, copies of built-ins."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.catalogue import Catalogue, Step
from app.catalogue.draft import RoutineDraft, copy_of, free_id, hold_refusal, new_step, suggested_hold
from app.context import load_context


def catalogue() -> Catalogue:
    return load_context().catalogue.catalogue


def test_a_hold_outside_the_stretchs_bounds_is_refused_with_them() -> None:
    knee = catalogue().stretch("knee-to-chest")
    assert knee.hold is not None
    assert hold_refusal(knee, knee.hold.max) is None
    message = hold_refusal(knee, knee.hold.max + 1)
    assert message is not None
    assert f"{knee.hold.min} to {knee.hold.max} seconds" in message


def test_a_new_step_suggests_twenty_to_thirty_seconds() -> None:
    for stretch in catalogue().stretches.values():
        seconds = suggested_hold(stretch)
        if stretch.hold is None:
            assert seconds is None
        else:
            assert seconds is not None and hold_refusal(stretch, seconds) is None
            if stretch.hold.min <= 30 and stretch.hold.max >= 20:
                assert 20 <= seconds <= 30
    assert new_step(catalogue().stretch("childs-pose")).stretch_id == "childs-pose"


@given(st.text(max_size=80), st.lists(st.text(alphabet="abc-", max_size=6), max_size=5))
def test_a_free_id_is_valid_and_unused(name: str, taken: list[str]) -> None:
    chosen = free_id(name, taken)
    assert chosen not in taken
    assert chosen and len(chosen) <= 60
    assert all(part and part.isalnum() for part in chosen.split("-"))


@pytest.mark.parametrize(("name", "expected"), [
    ("Hüfte öffnen", "hufte-offnen"), ("Große Pause", "grosse-pause"), ("Étirement du soir", "etirement-du-soir"),
    ("Estiramiento de espalda y glúteos", "estiramiento-de-espalda-y-gluteos"), ("Ærø", "aero"),
    ("腰のストレッチ", "my-routine"),  # no letter with a plain ASCII form
])
def test_an_id_spells_accented_letters_plainly(name: str, expected: str) -> None:
    assert free_id(name, ()) == expected


def test_a_copy_has_a_new_id_and_leaves_the_original_alone() -> None:
    original = catalogue().routine("lower-back-relief")
    draft = copy_of(original, [r.id for r in catalogue().routines])
    assert draft.id == "lower-back-relief-my-copy"
    draft.steps.append(Step("cat-cow"))
    assert len(catalogue().routine("lower-back-relief").steps) == len(original.steps)
    assert RoutineDraft.of(draft.routine()).steps == draft.steps
