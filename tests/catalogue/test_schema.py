"""The small validator understands every keyword the schema uses, and says what is wrong."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.catalogue import schema as schema_module
from app.catalogue.schema import SchemaValidator, json_equal, unsupported_keywords
from app.paths import default_paths


def _schema() -> dict[str, Any]:
    return json.loads(default_paths().catalogue_schema.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_schema_uses_only_keywords_the_validator_checks() -> None:
    assert unsupported_keywords(_schema()) == set()


def test_an_unsupported_keyword_would_be_noticed() -> None:
    assert unsupported_keywords({"type": "object", "properties": {"a": {"oneOf": []}}}) == {"oneOf"}


@pytest.mark.parametrize(
    ("schema", "value", "message"),
    [
        ({"type": "integer"}, True, "expected a whole number, found true or false"),
        ({"type": "integer"}, 2.5, "expected a whole number, found a number"),
        ({"const": 1}, 2, "must be 1, found 2"),
        ({"enum": ["a", "b"]}, "c", "'c' is not one of: a, b"),
        ({"minimum": 3}, 2, "2 is below the minimum 3"),
        ({"maximum": 3}, 4, "4 is above the maximum 3"),
        ({"minLength": 1}, "", "must not be empty"),
        ({"maxLength": 2}, "abc", "is longer than 2 characters"),
        ({"pattern": "^a$", "description": "just a"}, "b", "'b' is not in the expected form (just a)"),
        ({"minItems": 1}, [], "needs at least 1 item(s)"),
        ({"maxItems": 1}, [1, 2], "has more than 1 items"),
        ({"uniqueItems": True}, [1, 1], "1 appears more than once"),
        ({"required": ["x"]}, {}, "'x' is missing"),
        (
            {"properties": {"name": {}}, "additionalProperties": False},
            {"nam": 1},
            "unknown key 'nam' (did you mean 'name'?)",
        ),
        ({"if": {"properties": {"k": {"const": 1}}}, "then": {"required": ["h"]}}, {"k": 1}, "'h' is missing"),
        ({"allOf": [{"required": ["a"]}]}, {}, "'a' is missing"),
    ],
)
def test_each_keyword_reports_its_problem(schema: dict[str, Any], value: Any, message: str) -> None:
    assert SchemaValidator(schema).issues(value) == [("$", message)]


def test_paths_point_into_nested_lists_and_objects() -> None:
    schema = {"$defs": {"n": {"type": "integer"}}, "properties": {"a": {"items": {"$ref": "#/$defs/n"}}}}
    assert SchemaValidator(schema).issues({"a": [1, "x"]}) == [("$.a[1]", "expected a whole number, found text")]


def test_if_without_a_match_requires_nothing() -> None:
    schema = {"if": {"properties": {"k": {"const": 1}}}, "then": {"required": ["h"]}}
    assert SchemaValidator(schema).issues({"k": 2}) == []


# JSON keeps booleans and numbers apart, where Python has True == 1; 1 and 1.0 are one number.
@pytest.mark.parametrize(
    ("schema", "value", "message"),
    [
        ({"const": 1}, True, "must be 1, found True"),
        ({"const": 0}, False, "must be 0, found False"),
        ({"const": True}, 1, "must be True, found 1"),
        ({"const": [1]}, [True], "must be [1], found [True]"),
        ({"const": {"a": 0}}, {"a": False}, "must be {'a': 0}, found {'a': False}"),
        ({"enum": [0, 1]}, False, "False is not one of: 0, 1"),
        ({"enum": [0, 1]}, True, "True is not one of: 0, 1"),
        ({"enum": [True]}, 1.0, "1.0 is not one of: True"),
        ({"uniqueItems": True}, [1, 1.0], "1.0 appears more than once"),
        ({"uniqueItems": True}, [[True], [True]], "[True] appears more than once"),
        ({"uniqueItems": True}, [{"a": 1}, {"a": 1.0}], "{'a': 1.0} appears more than once"),
    ],
)
def test_booleans_are_not_numbers_when_compared(schema: dict[str, Any], value: Any, message: str) -> None:
    assert SchemaValidator(schema).issues(value) == [("$", message)]


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"const": 1}, 1.0),
        ({"const": [1, {"a": 2}]}, [1.0, {"a": 2.0}]),
        ({"enum": [0, 1]}, 1.0),
        ({"enum": [False, None]}, None),
        ({"uniqueItems": True}, [1, True]),
        ({"uniqueItems": True}, [0, False, None, "", [], {}]),
        ({"uniqueItems": True}, [[1], [True]]),
        ({"uniqueItems": True}, [{"a": 1}, {"a": True}, {"b": 1}]),
    ],
)
def test_values_equal_in_json_and_only_those_match(schema: dict[str, Any], value: Any) -> None:
    assert SchemaValidator(schema).issues(value) == []


def test_a_format_of_true_is_not_format_1() -> None:
    assert SchemaValidator(_schema()).issues({"format": True}) == [("$.format", "must be 1, found True")]


@pytest.mark.parametrize(
    ("left", "right", "equal"),
    [
        (1, 1.0, True),
        (True, 1, False),
        (False, 0.0, False),
        (True, True, True),
        (None, False, False),
        ("1", 1, False),
        ([1, [2]], [1.0, [2.0]], True),
        ([1, 2], [2, 1], False),
        ([1], [1, 1], False),
        ({"a": [0]}, {"a": [False]}, False),
        ({"a": 1, "b": 2}, {"b": 2.0, "a": 1}, True),
        ({"a": 1}, {"a": 1, "b": 1}, False),
        ([], {}, False),
    ],
)
def test_json_equality(left: Any, right: Any, equal: bool) -> None:
    assert json_equal(left, right) is equal
    assert json_equal(right, left) is equal


@pytest.mark.parametrize("value", [30, 30.0, -0.0, 1e20])
def test_a_whole_number_is_an_integer_however_it_is_written(value: float) -> None:
    # JSON has one number type: 30.0 is an integer to JSON Schema, so to an editor using our schema
    assert SchemaValidator({"type": "integer"}).issues(value) == []


@pytest.mark.parametrize(
    ("schema", "value", "message"),
    [
        ({"type": "integer"}, 30.5, "expected a whole number, found a number"),
        ({"type": "number"}, True, "expected a number, found true or false"),
        ({"type": "number", "minimum": 1}, False, "expected a number, found true or false"),
        ({"type": "integer", "maximum": 0}, True, "expected a whole number, found true or false"),
        ({"type": "boolean"}, 1, "expected true or false, found a whole number"),
    ],
)
def test_booleans_are_not_numbers_to_type_checks(schema: dict[str, Any], value: Any, message: str) -> None:
    assert SchemaValidator(schema).issues(value) == [("$", message)]


@pytest.mark.parametrize("value", [True, False, "0", [0], None])
def test_limits_apply_to_numbers_only(value: Any) -> None:
    # minimum/maximum say nothing about other types (True is not 1 here either)
    assert SchemaValidator({"minimum": 5, "maximum": -5}).issues(value) == []


@pytest.mark.parametrize(
    ("pattern", "value", "matches"),
    [
        ("^a$", "a", True),
        ("^a$", "a\n", False),  # Python's $ alone would match before the newline; JSON Schema's does not
        ("^a$", "\na", False),
        ("^a\\$$", "a$", True),  # an escaped $ is a dollar sign
        ("^[$]+$", "$$", True),  # and so is one in a class
        ("^[$]+$", "$\n", False),
        ("a", "ba\n", True),  # unanchored, a newline after does not matter
    ],
)
def test_patterns_end_where_the_text_ends(pattern: str, value: str, matches: bool) -> None:
    assert (SchemaValidator({"pattern": pattern}).issues(value) == []) is matches


def test_an_id_with_a_newline_after_it_is_refused() -> None:
    document = {"format": 1, "safety": [{"id": "warm-up-first\n", "text": "Warm up."}]}
    [(where, message)] = SchemaValidator(_schema()).issues(document)
    assert where == "$.safety[0].id"
    assert "is not in the expected form" in message


def test_additional_properties_may_be_a_schema_for_the_other_keys() -> None:
    schema = {"properties": {"a": {}}, "additionalProperties": {"type": "integer"}}
    assert SchemaValidator(schema).issues({"a": "x", "b": 2, "c": "y"}) == [
        ("$.c", "expected a whole number, found text")
    ]


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"pattern": "^a$"}, "b" * 10_000_000),
        ({"enum": ["a"]}, "b" * 10_000_000),
        ({"const": 1}, list(range(60_000))),
        ({"properties": {"name": {}}, "additionalProperties": False}, {"n" * 10_000_000: 1}),
        ({"uniqueItems": True}, ["c" * 10_000_000] * 2),
    ],
)
def test_a_long_value_is_quoted_by_its_start_and_its_size(schema: dict[str, Any], value: Any) -> None:
    [(_, message)] = SchemaValidator(schema).issues(value)
    assert len(message) < 200
    assert "(10,000,000 characters)" in message or "(60,000 items)" in message


@pytest.mark.parametrize(
    ("items", "repeated"),
    [
        ([1, 1.0], True),
        ([True, 1], False),
        ([0, False], False),
        ([[0], [False]], False),
        ([{"a": 1, "b": [2]}, {"b": [2.0], "a": 1}], True),
        ([{"a": 1}, {"a": True}], False),
        (["a", "a"], True),
        ([None, None], True),
        ([None, "None"], False),
        ([[1, 2], [2, 1]], False),
    ],
)
def test_unique_items_compares_as_json_does(items: list[Any], repeated: bool) -> None:
    issues = SchemaValidator({"uniqueItems": True}).issues(items)
    assert bool(issues) is repeated


def test_distinct_items_are_checked_without_comparing_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    # the old check compared each item with every earlier one (16 s for 60,000); now none are compared
    calls: list[object] = []
    monkeypatch.setattr(schema_module, "json_equal", lambda *pair: calls.append(pair) or False)
    assert SchemaValidator({"uniqueItems": True}).issues([f"area-{n}" for n in range(2_000)]) == []
    assert calls == []


def test_issues_can_stop_after_a_few() -> None:
    validator = SchemaValidator({"items": {"type": "integer"}})
    assert len(validator.issues(["x"] * 100_000, limit=3)) == 3
