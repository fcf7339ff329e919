"""A routine as JSON, and the steps of an edit keeping what their old selves held."""

from __future__ import annotations

from app.catalogue import Step
from app.catalogue.as_json import merged_steps


def test_an_unchanged_step_is_kept_exactly_as_written() -> None:
    old = [{"stretch": "cat-cow", "repetitions": 1, "hold_seconds": 30.0}]
    assert merged_steps(old, [Step("cat-cow", hold_seconds=30)]) == old


def test_a_changed_step_keeps_its_unknown_fields_and_duplicates_pair_in_order() -> None:
    old = [{"stretch": "cat-cow", "a": 1}, {"stretch": "cat-cow", "b": 2}, {"stretch": "childs-pose", "c": 3}]
    steps = [Step("cat-cow", repetitions=2), Step("cat-cow", repetitions=3)]
    assert merged_steps(old, steps) == [
        {"stretch": "cat-cow", "repetitions": 2, "a": 1}, {"stretch": "cat-cow", "repetitions": 3, "b": 2},
    ]


def test_a_new_step_has_only_the_editors_fields() -> None:
    assert merged_steps(["not a step"], [Step("cat-cow")]) == [{"stretch": "cat-cow"}]
