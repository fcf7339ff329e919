"""A small JSON Schema validator for the keywords our catalogue schema uses.

Why not the `jsonschema` package: it is excellent, but it (with rpds-py and referencing) costs
more start-up time than the whole catalogue load may take, and its messages name schema internals
rather than the person's mistake. This covers the subset data/catalogue.schema.json needs, and
tests/catalogue/test_schema.py fails if the schema ever uses a keyword not handled here. The
package is still the reference: tests/catalogue/test_schema_oracle.py checks that both agree.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Hashable, Iterator, Mapping
from typing import Any

from app.catalogue.problems import json_path
from app.excerpt import excerpt

Path = tuple[str | int, ...]
Issue = tuple[Path, str]
# An unknown key where the schema closes an object (additionalProperties: false). A strict check
# refuses it; a check that keeps unknown keys lets it through and says so (see SchemaValidator).
_UNKNOWN = "unknown key"
KEPT = "kept, not used by Supple"

ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "$defs", "default"})
SUPPORTED = ANNOTATIONS | frozenset({
    "$ref", "type", "properties", "required", "additionalProperties", "items", "minItems",
    "maxItems", "uniqueItems", "enum", "const", "minimum", "maximum", "minLength", "maxLength",
    "pattern", "allOf", "if", "then",
})

_TYPE_NAMES = {
    "object": "an object", "array": "a list", "string": "text", "integer": "a whole number",
    "number": "a number", "boolean": "true or false", "null": "null",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    for name, kind in (("object", dict), ("array", list), ("string", str), ("null", type(None))):
        if isinstance(value, kind):
            return _TYPE_NAMES[name]
    return "a whole number" if isinstance(value, int) else "a number"


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        # JSON has one kind of number: 30.0 is an integer to JSON Schema (and to an editor checking a
        # person's file against our schema), only 30.5 is not. The loader hands the model an int.
        if isinstance(value, float):
            return value.is_integer()
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    kinds: dict[str, type | tuple[type, ...]] = {
        "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
    }
    return isinstance(value, kinds[name])


@functools.cache
def _ecma_pattern(pattern: str) -> re.Pattern[str]:
    """`pattern` as JSON Schema reads it (ECMA-262), for the one difference our patterns meet.

    In ECMA-262 `$` matches only at the very end of the text; in Python it also matches before a
    final line break, so "knee-to-chest" with a newline after it would pass as an id. Each `$`
    outside a [...] class therefore becomes `\\Z`, Python's end of text.
    """
    parts: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            parts.append(r"\Z")
            continue
        parts.append(char)
    return re.compile("".join(parts))


def json_equal(left: Any, right: Any) -> bool:
    """Equality as JSON Schema defines it, for const, enum and uniqueItems.

    Python's == will not do: True == 1 and [False] == [0] there, but JSON keeps booleans and
    numbers apart. Numbers compare by value whatever their Python type, so 1 equals 1.0.
    """
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if _is_type(left, "number") and _is_type(right, "number"):
        return bool(left == right)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(json_equal, left, right))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(json_equal(item, right[key]) for key, item in left.items())
    # strings and null; a list never equals an object, nor text a number
    return type(left) is type(right) and bool(left == right)


def json_key(value: Any) -> Hashable:
    """A hashable stand-in for `value` that two values share exactly when json_equal says they are
    equal, so uniqueItems is one pass over a set instead of comparing every pair (60,000 areas took
    16 s). Numbers keep their Python value: 1 and 1.0 are equal and hash alike; booleans are tagged
    apart from them."""
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, int | float):
        return ("number", value)
    if isinstance(value, list):
        return ("array", tuple(json_key(item) for item in value))
    if isinstance(value, dict):
        return ("object", frozenset((key, json_key(item)) for key, item in value.items()))
    return (type(value).__name__, value)


def open_objects(schema: Any) -> Any:
    """`schema` with every `additionalProperties: false` taken out: what a check that keeps unknown
    keys accepts, as a schema (the oracle test gives it to the jsonschema package)."""
    if isinstance(schema, dict):
        return {key: open_objects(item) for key, item in schema.items()
                if not (key == "additionalProperties" and item is False)}
    if isinstance(schema, list):
        return [open_objects(item) for item in schema]
    return schema


class SchemaValidator:
    """`keep_unknown`: a key the schema does not know is no error but a note. The person's own files
    are read so (a field another tool or a newer Supple wrote is theirs to keep); the built-in
    catalogue is not, so a typo in it is caught."""

    def __init__(self, schema: Mapping[str, Any], *, keep_unknown: bool = False) -> None:
        self._root = schema
        self.keep_unknown = keep_unknown

    def keeping_unknown(self) -> SchemaValidator:
        return SchemaValidator(self._root, keep_unknown=True)

    def issues(self, document: Any, limit: int | None = None) -> list[tuple[str, str]]:
        """Every problem as (JSON path, message), in document order; only the first `limit` if given
        (the checks stop there, so a file of a hundred thousand mistakes costs no more than a few)."""
        found = itertools.islice(self._problems(document), limit)
        return [(json_path(path), message) for path, message in found]

    def notes(self, document: Any) -> list[tuple[str, str]]:
        """The unknown keys a check that keeps them let through, as (JSON path, message)."""
        if not self.keep_unknown:
            return []
        found = self._check(document, self._root, ())
        return [(json_path(path), message) for path, message in found if message.startswith(_UNKNOWN)]

    def _problems(self, document: Any) -> Iterator[Issue]:
        return self._problems_of(document, self._root, ())

    def _problems_of(self, value: Any, schema: Mapping[str, Any], path: Path) -> Iterator[Issue]:
        return (issue for issue in self._check(value, schema, path) if not self._is_note(issue))

    def _is_note(self, issue: Issue) -> bool:
        return self.keep_unknown and issue[1].startswith(_UNKNOWN)

    def _resolve(self, reference: str) -> Mapping[str, Any]:
        node: Any = self._root
        for part in reference.removeprefix("#/").split("/"):
            node = node[part]
        return node  # type: ignore[no-any-return]

    def _check(self, value: Any, schema: Mapping[str, Any], path: Path) -> Iterator[Issue]:
        if "$ref" in schema:
            yield from self._check(value, self._resolve(schema["$ref"]), path)
        if "type" in schema and not _is_type(value, schema["type"]):
            yield path, f"expected {_TYPE_NAMES[schema['type']]}, found {_describe(value)}"
            return
        yield from self._check_value(value, schema, path)
        if isinstance(value, dict):
            yield from self._check_object(value, schema, path)
        if isinstance(value, list):
            yield from self._check_array(value, schema, path)
        for part in schema.get("allOf", ()):
            yield from self._check(value, part, path)
        if "if" in schema and not any(self._problems_of(value, schema["if"], path)):
            yield from self._check(value, schema.get("then", {}), path)

    def _check_value(self, value: Any, schema: Mapping[str, Any], path: Path) -> Iterator[Issue]:
        if "const" in schema and not json_equal(value, schema["const"]):
            yield path, f"must be {schema['const']!r}, found {excerpt(value)}"
        if "enum" in schema and not any(json_equal(value, choice) for choice in schema["enum"]):
            choices = ", ".join(str(choice) for choice in schema["enum"])
            yield path, f"{excerpt(value)} is not one of: {choices}"
        if _is_type(value, "number"):
            if "minimum" in schema and value < schema["minimum"]:
                yield path, f"{excerpt(value)} is below the minimum {schema['minimum']}"
            if "maximum" in schema and value > schema["maximum"]:
                yield path, f"{excerpt(value)} is above the maximum {schema['maximum']}"
        if isinstance(value, str):
            yield from self._check_string(value, schema, path)

    def _check_string(self, value: str, schema: Mapping[str, Any], path: Path) -> Iterator[Issue]:
        if len(value) < schema.get("minLength", 0):
            yield path, "must not be empty" if not value else "is too short"
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            yield path, f"is longer than {schema['maxLength']} characters"
        if "pattern" in schema and not _ecma_pattern(schema["pattern"]).search(value):
            hint = schema.get("description", f"the pattern {schema['pattern']}")
            yield path, f"{excerpt(value)} is not in the expected form ({hint})"

    def _check_object(self, value: dict[str, Any], schema: Mapping[str, Any], path: Path) -> Iterator[Issue]:
        known = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                yield path, f"'{key}' is missing"
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in known:
                yield from self._check(item, known[key], (*path, key))
            elif extra is False:
                kept = f": {KEPT}" if self.keep_unknown else ""
                yield path, f"{_UNKNOWN} {excerpt(key)}{_close_match(key, known)}{kept}"
            elif isinstance(extra, Mapping):  # a schema every other key's value must meet
                yield from self._check(item, extra, (*path, key))

    def _check_array(self, value: list[Any], schema: Mapping[str, Any], path: Path) -> Iterator[Issue]:
        if len(value) < schema.get("minItems", 0):
            yield path, f"needs at least {schema['minItems']} item(s)"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield path, f"has more than {schema['maxItems']} items"
        if schema.get("uniqueItems"):
            seen: set[Hashable] = set()
            for item in value:
                key = json_key(item)
                if key in seen:
                    yield path, f"{excerpt(item)} appears more than once"
                seen.add(key)
        if "items" in schema:
            for index, item in enumerate(value):
                yield from self._check(item, schema["items"], (*path, index))


def _close_match(key: str, known: Mapping[str, Any]) -> str:
    """' (did you mean 'name'?)' for a misspelt key; nothing for a key too long to be a misspelling
    (difflib's work grows with the key's length, and a person does not misspell by pages)."""
    longest = max((len(name) for name in known), default=0)
    import difflib  # noqa: PLC0415 - only for a mistake: a start with a good catalogue does not load it

    close = difflib.get_close_matches(key, list(known), n=1) if len(key) <= 2 * longest else []
    return f" (did you mean '{close[0]}'?)" if close else ""


def unsupported_keywords(schema: Any) -> set[str]:
    """Keywords in `schema` this validator would silently ignore (for the test that guards it)."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, item in schema.items():
            if key in ("properties", "$defs"):
                for sub in item.values():
                    found |= unsupported_keywords(sub)
                continue
            if key not in SUPPORTED:
                found.add(key)
            if key in ("items", "if", "then", "additionalProperties"):
                found |= unsupported_keywords(item)
            if key == "allOf":
                for sub in item:
                    found |= unsupported_keywords(sub)
    return found
