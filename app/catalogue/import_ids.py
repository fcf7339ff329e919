"""New ids for a shared file whose routines or stretches clash with the person's catalogue, so the
app can offer "Import it as 'physio-2'?" instead of refusing (`supple import` refuses).

A clashing routine gets the next free id; a clashing stretch of the file's own gets one too, and
the file's routines follow it (their steps and warm-up). A stretch the catalogue already holds
exactly as the file has it is not a clash but the same stretch: it is left out, and used."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app import i18n
from app.catalogue.draft import free_id
from app.catalogue.schema import json_equal
from app.i18n import Words

ImportIds = Words("ImportIds")


@dataclass(frozen=True)
class Renaming:
    routines: dict[str, str]  # old id -> new id
    stretches: dict[str, str]
    document: Any  # the shared document under the new ids

    @property
    def needed(self) -> bool:
        return bool(self.routines or self.stretches)


def _ids(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    return [item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)]


def _renamed(ids: list[str], taken: set[str]) -> dict[str, str]:
    """A free id for each of `ids` that is taken, clashing with none of the others either."""
    avoid = taken | set(ids)
    renamed: dict[str, str] = {}
    for old in ids:
        if old in taken:
            renamed[old] = free_id(old, avoid)
            avoid.add(renamed[old])
    return renamed


def _follow(step: Any, stretches: Mapping[str, str]) -> Any:
    if isinstance(step, dict) and step.get("stretch") in stretches:
        return {**step, "stretch": stretches[step["stretch"]]}
    return step


def _routine(raw: Any, routines: Mapping[str, str], stretches: Mapping[str, str]) -> Any:
    if not isinstance(raw, dict):
        return raw
    moved = dict(raw)
    if moved.get("id") in routines:
        moved["id"] = routines[moved["id"]]
    if moved.get("warm_up") in stretches:
        moved["warm_up"] = stretches[moved["warm_up"]]
    if isinstance(moved.get("steps"), list):
        moved["steps"] = [_follow(step, stretches) for step in moved["steps"]]
    return moved


def _held_as_is(raw: Any, held: set[str], existing_stretch: Callable[[str], Any]) -> bool:
    return isinstance(raw, dict) and raw.get("id") in held and json_equal(raw, existing_stretch(raw["id"]))


def clash_free(document: Any, routine_ids: Iterable[str], stretch_ids: Iterable[str],
               existing_stretch: Callable[[str], Any]) -> Renaming:
    """`document` with new ids where its own clash with `routine_ids` and `stretch_ids` (what the
    person's catalogue and the built-in one hold); `existing_stretch` gives a held stretch's JSON."""
    if not isinstance(document, dict):
        return Renaming({}, {}, document)
    held = set(stretch_ids)
    kept = own = document.get("stretches", [])
    if isinstance(own, list):
        kept = [raw for raw in own if not _held_as_is(raw, held, existing_stretch)]
    stretches = _renamed(_ids(kept), held)
    routines = _renamed(_ids(document.get("routines")), set(routine_ids))
    if not (routines or stretches or kept != own):
        return Renaming({}, {}, document)
    moved = dict(document)
    if isinstance(kept, list):
        moved["stretches"] = [
            {**raw, "id": stretches[raw["id"]]} if isinstance(raw, dict) and raw.get("id") in stretches else raw
            for raw in kept
        ]
    if isinstance(document.get("routines"), list):
        moved["routines"] = [_routine(raw, routines, stretches) for raw in document["routines"]]
    return Renaming(routines, stretches, moved)


def offer(renaming: Renaming) -> str:
    """The question the app asks before importing under new ids."""
    lines = [i18n.fill(ImportIds.tr("A routine called '%1' already exists. Import it as '%2'?"), old, new)
             for old, new in renaming.routines.items()]
    lines += [i18n.fill(ImportIds.tr("A different stretch called '%1' already exists; this file's will be '%2'."),
                        old, new)
              for old, new in renaming.stretches.items()]
    if not renaming.routines:  # only stretches renamed: the question is still to be asked
        renamed = len(renaming.stretches)
        lines.append(ImportIds.tr("Import the file with the new id(s) above?", "", renamed))
    return "\n".join(lines)
