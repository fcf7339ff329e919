"""Our schema validator and the `jsonschema` package agree on what is valid.

`jsonschema` is only the reference here; the app never imports it (app/catalogue/schema.py says
why). One test takes the built-in catalogue, bends it in a place or two and asks both validators
whether the result is valid; many mutations keep it valid (deleting an optional key, repeating a
step, writing 30 as 30.0), so both answers get exercised. The other tries each keyword we support
on values that Python's == confuses and JSON does not (0, 0.0, false).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from hypothesis import event, given, settings
from hypothesis import strategies as st
from jsonschema.validators import validator_for

from app.catalogue.loader import read_json
from app.catalogue.problems import json_path
from app.catalogue.schema import SchemaValidator, open_objects
from app.paths import default_paths

JsonPath = tuple[str | int, ...]

SCHEMA: dict[str, Any] = read_json(default_paths().catalogue_schema)
CATALOGUE: dict[str, Any] = read_json(default_paths().builtin_catalogue)
OURS = SchemaValidator(SCHEMA)
# the draft the schema's own $schema names, as an editor checking a person's file would use
DRAFT = validator_for(SCHEMA)
REFERENCE = DRAFT(SCHEMA)
# a person's file: unknown keys are kept, which is the schema with its objects opened
KEEPING = OURS.keeping_unknown()
OPEN_REFERENCE = DRAFT(open_objects(SCHEMA))


def _walk(node: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, Any]]:
    """Every node with its path, the root first."""
    yield path, node
    if isinstance(node, dict):
        for key, item in node.items():
            yield from _walk(item, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*path, index))


def _near_limits(value: Any) -> list[Any]:
    """A number and its neighbours in both Python types, where off-by-one and 1-vs-1.0 slips hide."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return [value]
    return [value - 1, value, value + 1, float(value), value + 0.5, value - 0.5]


def _interesting_values() -> list[Any]:
    """Scalars the schema and catalogue mention (enum choices, limits, ids), as likely replacements."""
    scalars = [node for _, node in _walk([SCHEMA, CATALOGUE]) if not isinstance(node, dict | list)]
    found = {repr(value): value for scalar in scalars for value in _near_limits(scalar)}
    found.update({repr(value): value for value in (True, False, None, 0, 1, "", "a\nb")})
    return sorted(found.values(), key=repr)


def _keys() -> list[str]:
    """Every key the schema or catalogue uses, so additions often hit a known property."""
    keys = {key for _, node in _walk([SCHEMA, CATALOGUE]) if isinstance(node, dict) for key in node}
    return sorted(keys)


KEYS = st.sampled_from(_keys()) | st.text(max_size=6)
CATALOGUE_NODES = [node for _, node in _walk(CATALOGUE)]
SUBTREES = [node for node in CATALOGUE_NODES if isinstance(node, dict | list)]

json_values = st.recursive(
    st.sampled_from(_interesting_values())
    | st.sampled_from(SUBTREES).map(copy.deepcopy)
    | st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)  # JSON has no NaN or infinity
    # jsonschema matches patterns with Python's re, where "$" also matches before a final newline;
    # ours keeps to JSON Schema's (ECMA-262) reading, pinned in test_schema.py, so such text is left out
    | st.text(max_size=8).filter(lambda text: not text.endswith("\n")),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(KEYS, children, max_size=3),
    max_leaves=6,
)


def _swapped(value: Any) -> list[Any]:
    """The same content as another JSON type: the slips where Python and JSON disagree."""
    if isinstance(value, bool):
        return [int(value), float(value), str(value).lower()]
    if isinstance(value, int | float):
        other = int(value) if isinstance(value, float) and value.is_integer() else float(value)
        return [other, value != 0, str(value)]
    if isinstance(value, str):
        return [[value], {value: value}, len(value)]
    if isinstance(value, list):
        return [{str(index): item for index, item in enumerate(value)}, len(value)]
    if isinstance(value, dict):
        return [list(value.values()), list(value)]
    return [False, 0, "null", []]


def _put(document: Any, path: JsonPath, value: Any) -> Any:
    """`document` with the node at `path` replaced (the root too); changes it in place."""
    if not path:
        return value
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return document


class Mutant:
    """A changed catalogue, shown in a failure by its changes rather than by all 12 kB of it."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.changes: list[str] = []

    def __repr__(self) -> str:
        return "Mutant(" + "; ".join(self.changes) + ")"


def _kind(node: Any) -> str:
    for name, kind in (("boolean", bool), ("number", int | float), ("string", str), ("array", list), ("object", dict)):
        if isinstance(node, kind):
            return name
    return "null"


def _same_kind(node: Any) -> list[Any]:
    """Catalogue values of the node's own JSON type: replacements that often keep the file valid."""
    return [other for other in CATALOGUE_NODES if _kind(other) == _kind(node)]


def _pick(draw: st.DrawFn, nodes: list[tuple[JsonPath, Any]]) -> tuple[JsonPath, Any]:
    """A node, choosing its JSON type first: text is most of the catalogue, but the numbers and
    booleans are where Python's and JSON's ideas of equality and type part."""
    kinds = sorted({_kind(node) for _, node in nodes})
    kind = draw(st.sampled_from(kinds))
    return draw(st.sampled_from([(path, node) for path, node in nodes if _kind(node) == kind]))


@st.composite
def _mutate_once(draw: st.DrawFn, mutant: Mutant) -> None:
    nodes = list(_walk(mutant.document))
    objects = [(path, node) for path, node in nodes if isinstance(node, dict) and node]
    lists = [(path, node) for path, node in nodes if isinstance(node, list) and node]
    kind = draw(st.sampled_from(["replace", "similar", "swap", "delete", "add", "duplicate"]))
    if kind == "delete" and objects:
        path, node = draw(st.sampled_from(objects))
        key = draw(st.sampled_from(sorted(node)))
        mutant.changes.append(f"delete {json_path((*path, key))}")
        del node[key]
    elif kind == "add" and objects:
        path, node = draw(st.sampled_from(objects))
        key, value = draw(KEYS), draw(json_values)
        mutant.changes.append(f"set {json_path((*path, key))} = {value!r}")
        node[key] = value
    elif kind == "duplicate" and lists:
        path, node = draw(st.sampled_from(lists))
        item = copy.deepcopy(draw(st.sampled_from(node)))
        # sometimes a copy equal only in JSON's eyes (1 and 1.0) or only in Python's (1 and true)
        copied = draw(st.sampled_from([item, *_swapped(item)]))
        where = draw(st.integers(0, len(node)))
        mutant.changes.append(f"insert {copied!r} into {json_path(path)} at {where}")
        node.insert(where, copied)
    else:
        if kind == "swap":  # a list or object of another type is plainly wrong; scalars are subtle
            nodes = [(path, node) for path, node in nodes if not isinstance(node, dict | list)] or nodes
        path, node = _pick(draw, nodes)
        choices = {"swap": _swapped(node), "similar": _same_kind(node)}.get(kind)
        value = copy.deepcopy(draw(st.sampled_from(choices))) if choices else draw(json_values)
        mutant.changes.append(f"set {json_path(path)} = {value!r}")
        mutant.document = _put(mutant.document, path, value)


@st.composite
def mutants(draw: st.DrawFn) -> Mutant:
    mutant = Mutant(copy.deepcopy(CATALOGUE))
    for _ in range(draw(st.integers(1, 2))):
        draw(_mutate_once(mutant))
    return mutant


def test_both_validators_accept_the_shipped_catalogue() -> None:
    assert OURS.issues(CATALOGUE) == []
    assert REFERENCE.is_valid(CATALOGUE)


@settings(max_examples=300, deadline=None)
@given(mutants())
def test_our_validator_agrees_with_jsonschema(mutant: Mutant) -> None:
    ours = OURS.issues(mutant.document)
    reference = [f"{error.json_path}: {error.message}" for error in REFERENCE.iter_errors(mutant.document)]
    event("valid" if not reference else "invalid")
    assert (not ours) == (not reference), f"ours: {ours}\njsonschema: {reference}"


@settings(max_examples=300, deadline=None)
@given(mutants())
def test_keeping_unknown_keys_agrees_with_jsonschema_on_the_opened_schema(mutant: Mutant) -> None:
    ours = KEEPING.issues(mutant.document)
    reference = [f"{error.json_path}: {error.message}" for error in OPEN_REFERENCE.iter_errors(mutant.document)]
    strict = OURS.issues(mutant.document)
    event("unknown key kept" if strict and not ours else "valid" if not reference else "invalid")
    assert (not ours) == (not reference), f"ours: {ours}\njsonschema: {reference}"
    # only the unknown keys are let through, each now a note at the same place
    assert ours == [issue for issue in strict if not issue[1].startswith("unknown key")]
    assert [where for where, _ in KEEPING.notes(mutant.document)] == [
        where for where, message in strict if message.startswith("unknown key")
    ]


# The catalogue's schema compares few values, so the mutations above seldom meet a const or enum
# with a boolean or a number. Schemas of one to three keywords over a pool of look-alike values
# (0, 0.0, false, "0", [0], ...) make those meetings the common case.
LOOK_ALIKES = [0, 1, 0.0, 1.0, 2.5, True, False, None, "", "1"]
look_alike_values = st.recursive(
    st.sampled_from(LOOK_ALIKES),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from("ab"), children, max_size=2),
    max_leaves=4,
)
TYPES = ["object", "array", "string", "integer", "number", "boolean", "null"]
inner_schemas = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(TYPES),
        "const": look_alike_values,
        "enum": st.lists(look_alike_values, min_size=1, max_size=3),
    },
)
KEYWORDS = {
    "type": st.sampled_from(TYPES),
    "const": look_alike_values,
    "enum": st.lists(look_alike_values, min_size=1, max_size=4),
    "minimum": st.sampled_from([0, 1, 0.5, -1]),
    "maximum": st.sampled_from([0, 1, 0.5, -1]),
    "minLength": st.integers(0, 2),
    "maxLength": st.integers(0, 2),
    "minItems": st.integers(0, 2),
    "maxItems": st.integers(0, 2),
    "uniqueItems": st.just(True),
    "items": inner_schemas,
    "required": st.lists(st.sampled_from(["a", "b"]), unique=True, max_size=2),
    "properties": st.dictionaries(st.sampled_from(["a", "b"]), inner_schemas, max_size=2),
    "additionalProperties": st.just(False) | inner_schemas,
}


def _twin(draw: st.DrawFn, value: Any) -> Any:
    """A copy equal to `value` in Python's eyes, and perhaps not in JSON's: 1 may become 1.0 or true."""
    if isinstance(value, list):
        return [_twin(draw, item) for item in value]
    if isinstance(value, dict):
        return {key: _twin(draw, item) for key, item in value.items()}
    if isinstance(value, bool | int | float) and value in (0, 1):
        return draw(st.sampled_from([int(value), float(value), bool(value)]))
    return value


@st.composite
def schemas_and_values(draw: st.DrawFn) -> tuple[dict[str, Any], Any]:
    names = draw(st.lists(st.sampled_from(sorted(KEYWORDS)), min_size=1, max_size=3, unique=True))
    schema = {name: draw(KEYWORDS[name]) for name in names}
    if draw(st.booleans()):
        return schema, draw(look_alike_values)
    # a twin of what the schema compares against, or a pair of twins for uniqueItems
    pair = [draw(look_alike_values)] * 2
    seeds = [*([schema["const"]] if "const" in schema else []), *schema.get("enum", []), pair]
    return schema, _twin(draw, draw(st.sampled_from(seeds)))


@settings(max_examples=300, deadline=None)
@given(schemas_and_values())
def test_each_keyword_agrees_with_jsonschema_on_look_alike_values(schema_and_value: tuple[dict[str, Any], Any]) -> None:
    schema, value = schema_and_value
    valid = DRAFT(schema).is_valid(value)
    ours = SchemaValidator(schema).issues(value)
    event("valid" if valid else "invalid")
    assert (not ours) == valid, f"ours: {ours}"
    keeping = SchemaValidator(schema, keep_unknown=True).issues(value)
    assert (not keeping) == DRAFT(open_objects(schema)).is_valid(value), f"keeping unknown keys: {keeping}"
