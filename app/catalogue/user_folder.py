"""Changing the person's catalogue folder: the one writer of their files.

Every change reads the file's raw JSON, changes only what the editor owns, checks the new text
with the very schema and rules the loader applies (against the built-in catalogue and the person's
other files), and only then replaces the file atomically. A file with problems is refused with the
loader's message and never written over; on any error nothing in the folder changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import i18n, strict_json
from app.atomicio import write_text_atomically
from app.catalogue.as_json import merged_routine
from app.catalogue.loader import (
    ParsedFile,
    load_catalogue,
    load_validator,
    parse_catalogue_document,
    parse_catalogue_file,
    read_json,
    user_catalogue_files,
)
from app.catalogue.model import Catalogue, Routine, Stretch
from app.catalogue.problems import CatalogueError, Problem
from app.catalogue.schema import SchemaValidator
from app.catalogue.stretch_draft import StretchDraft, merged_stretch
from app.catalogue.stretch_limits import StretchLimits
from app.catalogue.translation import TranslationFiles
from app.i18n import Words
from app.language import SOURCE

UserFiles = Words("UserFiles")  # why the editor's change was refused, after the file and the place

MY_ROUTINES = "my-routines.json"  # where new routines go


def as_text(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Neighbours:
    """What a file is checked against: every stretch and routine id outside it."""

    stretches: dict[str, Stretch]
    routine_ids: list[str]


class UserFolder:
    def __init__(self, builtin: Path, schema: Path, folder: Path, *, language: str = SOURCE,
                 translations: TranslationFiles | None = None) -> None:
        """`language` and `translations`: what `catalogue` gives its texts in (the app's language)."""
        self.builtin = builtin
        self.folder = folder
        self.schema = schema
        self.language, self.translations = language, translations
        self.validator: SchemaValidator = load_validator(schema)
        self.limits = StretchLimits.from_schema(read_json(schema))
        self._base = parse_catalogue_file(builtin, self.validator)

    def catalogue(self) -> Catalogue:
        """The catalogue as Supple loads it now, the person's files included, in its language."""
        return load_catalogue(self.builtin, self.schema, self.user_files(), language=self.language,
                              translations=self.translations).catalogue

    @property
    def default_file(self) -> Path:
        return self.folder / MY_ROUTINES

    def user_files(self) -> list[Path]:
        return user_catalogue_files(self.folder)

    def neighbours(self, *leaving_out: Path) -> Neighbours:
        """The built-in catalogue and the person's files that load, but for `leaving_out`.

        Ids must be unique across all of them, whatever order the files load in."""
        stretches = {stretch.id: stretch for stretch in self._base.stretches}
        routine_ids = [routine.id for routine in self._base.routines]
        for path in user_catalogue_files(self.folder):
            if path in leaving_out:
                continue
            try:
                parsed = self._parse_alone(path)
            except CatalogueError:
                continue  # skipped at load too, so it holds nothing that could clash
            stretches.update((stretch.id, stretch) for stretch in parsed.stretches)
            routine_ids.extend(routine.id for routine in parsed.routines)
        return Neighbours(stretches, routine_ids)

    def _parse_alone(self, path: Path) -> ParsedFile:
        """One of the person's files over the built-in catalogue only."""
        known = {stretch.id: stretch for stretch in self._base.stretches}
        return parse_catalogue_file(path, self.validator, known, persons=True)

    def check(self, document: Any, source: Path, *others_left_out: Path) -> ParsedFile:
        """`document` as the loader would take it from `source`; raises CatalogueError."""
        around = self.neighbours(source, *others_left_out)
        return parse_catalogue_document(document, str(source), self.validator, around.stretches, around.routine_ids,
                                        persons=True)

    def read_for_editing(self, path: Path) -> dict[str, Any]:
        """The raw document of one of the person's files, refused (CatalogueError, the loader's
        words) when it has problems: a file Supple cannot read whole is not Supple's to rewrite."""
        if not path.exists() and not path.is_symlink():
            return {"format": 1, "stretches": [], "routines": []}
        document = read_json(path)
        self.check(document, path)
        if not isinstance(document, dict):  # the schema refuses it first; this tells mypy
            raise CatalogueError([Problem(str(path), "$", UserFiles.tr("is not a catalogue"))])
        return document

    def write(self, path: Path, document: dict[str, Any]) -> None:
        """Check the new text as it will be read back, then replace the file atomically."""
        text = as_text(document)
        self.check(strict_json.loads(text.encode("utf-8")), path)
        write_text_atomically(path, text)

    def file_of(self, item_id: str, key: str = "routines") -> Path:
        """The person's file that holds the routine (or, with key "stretches", the stretch), or the
        default file for a new one. A file with problems that names it holds it too: writing it
        elsewhere would give it twice once that file is fixed (the write is then refused with that
        file's problems)."""
        for path in user_catalogue_files(self.folder):
            try:
                held = [item.id for item in getattr(self._parse_alone(path), key)]
            except CatalogueError:
                held = _raw_ids(path, key)
            if item_id in held:
                return path
        return self.default_file

    def _as_written(self, item_id: str, key: str) -> Routine | Stretch | None:
        path = self.file_of(item_id, key)
        around = self.neighbours(path)
        try:
            parsed = parse_catalogue_file(path, self.validator, around.stretches, around.routine_ids, persons=True)
        except (CatalogueError, OSError):
            return None
        items: tuple[Routine | Stretch, ...] = getattr(parsed, key)
        return next((item for item in items if item.id == item_id), None)

    def routine_as_written(self, routine_id: str) -> Routine | None:
        """The person's routine with the texts its file gives it, not their translation into the
        app's language: the editor changes what the file says, so a name the file's own
        "translations" give is never saved over its source text. None: no such routine, or a file
        that does not load (the editor then shows it read-only anyway)."""
        found = self._as_written(routine_id, "routines")
        return found if isinstance(found, Routine) else None

    def stretch_as_written(self, stretch_id: str) -> Stretch | None:
        """The person's stretch as its file writes it; see routine_as_written."""
        found = self._as_written(stretch_id, "stretches")
        return found if isinstance(found, Stretch) else None

    def save_routine(self, routine: Routine, replacing: str | None = None) -> Path:
        """Add `routine`, or put it in place of the person's routine `replacing` (which may have
        had another id), keeping every field of the file the editor does not own."""
        if replacing is not None and any(built.id == replacing for built in self._base.routines):
            raise CatalogueError([Problem(str(self.builtin), "$",
                                          UserFiles.tr("a built-in routine is never changed; save a copy"))])
        path = self.file_of(replacing) if replacing else self.default_file
        document = self.read_for_editing(path)
        routines: list[dict[str, Any]] = list(document.get("routines", []))
        place = next((index for index, raw in enumerate(routines) if raw.get("id") == replacing), None)
        if place is None:
            routines.append(merged_routine(None, routine))
        else:
            routines[place] = merged_routine(routines[place], routine)
        self.write(path, {**document, "routines": routines})
        return path

    def delete_routine(self, routine_id: str) -> None:
        path = self.file_of(routine_id)
        document = self.read_for_editing(path)
        kept = [raw for raw in document.get("routines", []) if raw.get("id") != routine_id]
        if len(kept) == len(document.get("routines", [])):
            raise CatalogueError([Problem(str(path), "$.routines", i18n.fill(
                UserFiles.tr("holds no routine '%1' to delete"), routine_id))])
        self.write(path, {**document, "routines": kept})

    def is_builtin_stretch(self, stretch_id: str) -> bool:
        return any(stretch.id == stretch_id for stretch in self._base.stretches)

    def save_stretch(self, draft: StretchDraft, replacing: str | None = None) -> Path:
        """Add the person's stretch, or put it in place of their stretch `replacing`, keeping every
        field the editor does not own. A new stretch goes in the default file, with the routines
        that will use it (a file loads after the files before it, so never into another file)."""
        if replacing is not None and self.is_builtin_stretch(replacing):
            raise CatalogueError([Problem(str(self.builtin), "$",
                                          UserFiles.tr("a built-in stretch is never changed; duplicate it"))])
        path = self.file_of(replacing, "stretches") if replacing else self.default_file
        document = self.read_for_editing(path)
        stretches: list[dict[str, Any]] = list(document.get("stretches", []))
        place = next((index for index, raw in enumerate(stretches) if raw.get("id") == replacing), None)
        if place is None:
            stretches.append(merged_stretch(None, draft))
        else:
            stretches[place] = merged_stretch(stretches[place], draft)
        changed = {**document, "stretches": stretches}
        self._others_still_load(path, changed)
        self.write(path, changed)
        return path

    def _others_still_load(self, path: Path, document: dict[str, Any]) -> None:
        """Raise CatalogueError, naming the other file, when the changed stretches of `path` would
        break a routine there (a hold now outside the stretch's new bounds, a kind it no longer is)."""
        parsed = self.check(document, path)
        for other in self.user_files():
            if other == path:
                continue
            try:
                raw = read_json(other)
                self.check(raw, other)
            except CatalogueError:
                continue  # does not load as it is: this change cannot break it
            around = self.neighbours(other, path)
            around.stretches.update((stretch.id, stretch) for stretch in parsed.stretches)
            ids = [*around.routine_ids, *(routine.id for routine in parsed.routines)]
            parse_catalogue_document(raw, str(other), self.validator, around.stretches, ids)

    def routines_using(self, stretch_id: str) -> list[str]:
        """The names of the routines, in any of the person's files, that use the stretch."""
        return [routine.name for routine in self.catalogue().routines
                if stretch_id == routine.warm_up or any(step.stretch_id == stretch_id for step in routine.steps)]

    def delete_stretch(self, stretch_id: str) -> None:
        """Remove the person's stretch; refused (naming them) while routines use it."""
        if self.is_builtin_stretch(stretch_id):
            raise CatalogueError([Problem(str(self.builtin), "$", UserFiles.tr("a built-in stretch is never deleted"))])
        path = self.file_of(stretch_id, "stretches")
        using = self.routines_using(stretch_id)
        if using:
            used = UserFiles.tr("'%1' is used by %2; take it out of those routines first", "%2: routines' names")
            raise CatalogueError([Problem(str(path), "$.stretches", i18n.fill(used, stretch_id, ", ".join(using)))])
        document = self.read_for_editing(path)
        kept = [raw for raw in document.get("stretches", []) if raw.get("id") != stretch_id]
        if len(kept) == len(document.get("stretches", [])):
            raise CatalogueError([Problem(str(path), "$.stretches", i18n.fill(
                UserFiles.tr("holds no stretch '%1' to delete"), stretch_id))])
        self.write(path, {**document, "stretches": kept})


def _raw_ids(path: Path, key: str) -> list[str]:
    """The ids of the routines (or stretches) a file names, read as plainly as its JSON allows (it
    may break the schema)."""
    try:
        document = read_json(path)
    except CatalogueError:
        return []
    items = document.get(key) if isinstance(document, dict) else None
    if not isinstance(items, list):
        return []
    return [raw["id"] for raw in items if isinstance(raw, dict) and isinstance(raw.get("id"), str)]
