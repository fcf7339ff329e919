"""A quoted value stays short however big the value is."""

from __future__ import annotations

from app.excerpt import excerpt


def test_a_short_value_is_quoted_whole() -> None:
    assert excerpt("desk-break") == "'desk-break'"
    assert excerpt(30.5) == "30.5"
    assert excerpt(["left", "right"]) == "['left', 'right']"
    assert excerpt({"a": 1}) == "{'a': 1}"


def test_a_long_text_shows_its_start_and_its_length() -> None:
    assert excerpt("a" * 10_000_000) == "'" + "a" * 40 + "…' (10,000,000 characters)"


def test_a_long_list_shows_its_start_and_its_size() -> None:
    shown = excerpt(list(range(60_000)))
    assert shown.startswith("[0, 1, 2, 3")
    assert shown.endswith("… (60,000 items)")
    assert len(shown) < 120


def test_a_deep_structure_and_a_huge_number_stay_short() -> None:
    deep: list[object] = []
    for _ in range(60):
        deep = [deep]
    assert len(excerpt(deep)) < 120
    assert excerpt(10**5000) == "a number of about 5,000 digits"
