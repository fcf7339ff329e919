"""Routines to share: a standalone file with one routine and the person's stretches it uses
(`supple export`), and such a file added to the person's catalogue (`supple import`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import i18n
from app.atomicio import write_text_atomically
from app.catalogue.import_ids import Renaming, clash_free
from app.catalogue.loader import parse_catalogue_document, read_json
from app.catalogue.model import Catalogue, Routine
from app.catalogue.problems import CatalogueError, Problem
from app.catalogue.user_folder import UserFolder, as_text
from app.i18n import Words

Sharing = Words("Sharing")


def _raw_item(source: str, key: str, item_id: str) -> dict[str, Any]:
    """A routine's or stretch's object as its file holds it, every field included."""
    document = read_json(Path(source))
    for raw in document.get(key, []):
        if raw.get("id") == item_id:
            return dict(raw)
    raise CatalogueError([Problem(source, f"$.{key}", i18n.fill(Sharing.tr("no longer holds '%1'"), item_id))])


def _used_stretches(routine: Routine) -> list[str]:
    wanted = ([routine.warm_up] if routine.warm_up else []) + [step.stretch_id for step in routine.steps]
    return list(dict.fromkeys(wanted))  # once each, in order


def shared_document(folder: UserFolder, catalogue: Catalogue, routine_id: str) -> dict[str, Any]:
    """The file `supple export` writes; raises CatalogueError (or KeyError for an unknown id)."""
    routine = catalogue.routine(routine_id)
    if Path(routine.source) == folder.builtin:
        built_in = i18n.fill(Sharing.tr("'%1' is built in: everyone has it already"), routine_id)
        raise CatalogueError([Problem(routine.source, "$.routines", built_in)])
    stretches = [
        _raw_item(catalogue.stretch(stretch_id).source, "stretches", stretch_id)
        for stretch_id in _used_stretches(routine)
        if Path(catalogue.stretch(stretch_id).source) != folder.builtin
    ]
    return {"format": 1, "stretches": stretches, "routines": [_raw_item(routine.source, "routines", routine_id)]}


def export_routine(folder: UserFolder, catalogue: Catalogue, routine_id: str, target: Path) -> None:
    document = shared_document(folder, catalogue, routine_id)
    # checked as `supple check` would check it on another machine: over the built-in catalogue alone
    base = folder.neighbours(*folder.user_files())
    parse_catalogue_document(document, str(target), folder.validator, base.stretches, base.routine_ids, persons=True)
    write_text_atomically(target, as_text(document))


def import_file(folder: UserFolder, shared: Path) -> list[str]:
    """Add the shared file's stretches and routines to the person's default file; return the
    routine ids added. Any problem (in the file, or an id already used) raises CatalogueError
    naming the shared file, and nothing is written."""
    return import_document(folder, read_json(shared), shared)


def clash_free_ids(folder: UserFolder, document: Any) -> Renaming:
    """The shared document with new ids wherever its own clash with the person's catalogue (the
    app offers them; `supple import` refuses a clash instead)."""
    held = folder.neighbours()

    def existing(stretch_id: str) -> Any:
        try:
            return _raw_item(held.stretches[stretch_id].source, "stretches", stretch_id)
        except CatalogueError:
            return None  # unreadable now: not the same stretch, so it is renamed

    return clash_free(document, held.routine_ids, held.stretches, existing)


def import_document(folder: UserFolder, document: Any, shared: Path) -> list[str]:
    """import_file for a document already read from `shared` (perhaps under new ids)."""
    parsed = folder.check(document, shared)
    target = folder.default_file
    mine = folder.read_for_editing(target)
    merged = {
        **mine,
        "stretches": [*mine.get("stretches", []), *document.get("stretches", [])],
        "routines": [*mine.get("routines", []), *document.get("routines", [])],
    }
    folder.write(target, merged)
    return [routine.id for routine in parsed.routines]
