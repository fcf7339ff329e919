"""A routine as the JSON a catalogue file holds: the inverse of the loader's reading, for the
fields the editor owns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.catalogue.loader import step_from_json
from app.catalogue.model import Routine, Step

# What the editor sets on a routine; anything else a file holds there (warm_up, a field a newer
# Supple adds) belongs to whoever wrote it and is kept as it was.
ROUTINE_KEYS = ("id", "name", "area", "place", "description", "steps")
STEP_KEYS = ("stretch", "hold_seconds", "repetitions", "sides")


def step_json(step: Step) -> dict[str, Any]:
    """Only what differs from the defaults, as a person would write it by hand."""
    raw: dict[str, Any] = {"stretch": step.stretch_id}
    if step.hold_seconds is not None:
        raw["hold_seconds"] = step.hold_seconds
    if step.repetitions != 1:
        raw["repetitions"] = step.repetitions
    if step.sides is not None:
        raw["sides"] = [side.value for side in step.sides]
    return raw


def routine_json(routine: Routine) -> dict[str, Any]:
    return {
        "id": routine.id,
        "name": routine.name,
        "area": routine.area,
        "place": routine.place,
        "description": routine.description,
        "steps": [step_json(step) for step in routine.steps],
    }


def merged_steps(old: Sequence[Any], steps: Sequence[Step]) -> list[dict[str, Any]]:
    """The new steps as JSON, each keeping what its old self held that the editor does not own.

    A step has no id, so each new step is paired with an old one not yet taken: an unchanged one
    first (kept exactly as written, 30.0 and all), else one of the same stretch (a changed hold),
    so moving, adding and removing steps carry every other step's fields along."""
    left = [raw for raw in old if isinstance(raw, Mapping)]
    merged: list[dict[str, Any]] = []
    for step in steps:
        same = next((raw for raw in left if step_from_json(raw) == step), None)
        if same is not None:
            left.remove(same)
            merged.append(dict(same))
            continue
        kin = next((raw for raw in left if raw.get("stretch") == step.stretch_id), None)
        extra = {} if kin is None else {key: item for key, item in kin.items() if key not in STEP_KEYS}
        if kin is not None:
            left.remove(kin)
        merged.append({**step_json(step), **extra})
    return merged


def merged_routine(old: dict[str, Any] | None, routine: Routine) -> dict[str, Any]:
    """The file's routine object with the editor's fields replaced and every other field kept."""
    merged = dict(old or {})
    merged.update(routine_json(routine))
    if old is not None and isinstance(old.get("steps"), list):
        merged["steps"] = merged_steps(old["steps"], routine.steps)
    if old is None and routine.warm_up is not None:
        merged["warm_up"] = routine.warm_up  # a copy of a built-in keeps its warm-up
    return merged
