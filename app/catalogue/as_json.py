"""A routine as the JSON a catalogue file holds: the inverse of the loader's reading, for the
fields the editor owns."""

from __future__ import annotations

from typing import Any

from app.catalogue.model import Routine, Step

# What the editor sets on a routine; anything else a file holds there (warm_up, a field a newer
# Supple adds) belongs to whoever wrote it and is kept as it was.
ROUTINE_KEYS = ("id", "name", "area", "place", "description", "steps")


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


def merged_routine(old: dict[str, Any] | None, routine: Routine) -> dict[str, Any]:
    """The file's routine object with the editor's fields replaced and every other field kept."""
    merged = dict(old or {})
    merged.update(routine_json(routine))
    if old is None and routine.warm_up is not None:
        merged["warm_up"] = routine.warm_up  # a copy of a built-in keeps its warm-up
    return merged
