"""The small validator understands every keyword the schema uses, and says what is wrong."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.catalogue.schema import SchemaValidator, unsupported_keywords
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
