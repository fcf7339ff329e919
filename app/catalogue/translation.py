"""The catalogue's texts in another language. Qt-free.

The built-in catalogue's translations are `data/translations/catalogue.XX.json`; a person's file
may carry its own under "translations". A translation replaces texts only, never ids, timings or
pictures, and every text is optional: what it leaves out stays English, field by field. A text that
cannot be used (a list of another length than the English one, an id the catalogue does not have,
a whole file that is not a translation) is reported with the loader's precise words and left
English, so a bad translation never stops Supple. The pseudo-locale needs no file: it is every
English text through app.pseudo_locale.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.catalogue.model import Catalogue, Routine, SafetyRule, Stretch
from app.catalogue.problems import Problem, json_path
from app.catalogue.schema import SchemaValidator
from app.pseudo_locale import pseudo

STRETCH_TEXTS = ("name", "other_names", "muscles", "setup", "feel", "cues", "cautions", "breathing", "why")
LIST_TEXTS = frozenset({"other_names", "muscles", "setup", "cues", "cautions"})
ROUTINE_TEXTS = ("name", "description")
MAX_PROBLEMS = 20  # as for a catalogue file: past that, the person has the wrong file

Text = str | tuple[str, ...]
JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Texts:
    """One language's texts for (some of) a catalogue: by id, then by field."""

    safety: Mapping[str, str] = field(default_factory=dict)
    stretches: Mapping[str, Mapping[str, Text]] = field(default_factory=dict)
    routines: Mapping[str, Mapping[str, Text]] = field(default_factory=dict)

    def over(self, other: Texts) -> Texts:
        """These texts with `other`'s added where these have none (for ids the other holds)."""
        return Texts(
            {**other.safety, **self.safety},
            {**other.stretches, **self.stretches},
            {**other.routines, **self.routines},
        )


@dataclass(frozen=True)
class Missing:
    """A text a translation does not give: 'stretch', 'knee-to-chest', 'cues'."""

    kind: str  # safety, stretch or routine
    id: str
    field: str

    def __str__(self) -> str:
        return f"{self.kind} '{self.id}': {self.field}"


@dataclass(frozen=True)
class TranslationFiles:
    """Where the built-in catalogue's translations are, and their schema."""

    folder: Path
    schema: Path

    def file(self, language: str) -> Path:
        return self.folder / f"catalogue.{language}.json"


class _Checker:
    """Keeps what a translation's raw texts may give for `english`, saying why it drops the rest."""

    def __init__(self, english: Catalogue, source: str, at: JsonPath) -> None:
        self.english = english
        self.source = source
        self.at = at
        self.problems: list[Problem] = []

    def _say(self, path: JsonPath, message: str) -> None:
        self.problems.append(Problem(self.source, json_path((*self.at, *path)), message))

    def texts(self, raw: Mapping[str, Any]) -> Texts:
        safety_ids = {rule.id for rule in self.english.safety}
        safety = {}
        for rule_id, text in raw.get("safety", {}).items():
            if rule_id in safety_ids:
                safety[rule_id] = text
            else:
                self._say(("safety", rule_id), f"there is no safety rule with the id '{rule_id}'")
        routines = {routine.id: routine for routine in self.english.routines}
        return Texts(
            safety,
            self._each(raw.get("stretches", {}), "stretches", dict(self.english.stretches), "stretch"),
            self._each(raw.get("routines", {}), "routines", routines, "routine"),
        )

    def _each(
        self, raw: Mapping[str, Any], key: str, english: Mapping[str, Stretch | Routine], kind: str
    ) -> dict[str, Mapping[str, Text]]:
        kept: dict[str, Mapping[str, Text]] = {}
        for item_id, fields in raw.items():
            original = english.get(item_id)
            if original is None:
                self._say((key, item_id), f"there is no {kind} with the id '{item_id}' to translate")
                continue
            kept[item_id] = self._fields((key, item_id), original, fields)
        return kept

    def _fields(self, path: JsonPath, original: Stretch | Routine, fields: Mapping[str, Any]) -> dict[str, Text]:
        kept: dict[str, Text] = {}
        for name, value in fields.items():
            if name not in LIST_TEXTS:
                kept[name] = value
                continue
            wanted = len(getattr(original, name))
            if len(value) != wanted:
                self._say(
                    (*path, name),
                    f"has {len(value)} item(s) but the English has {wanted}; the English is shown instead",
                )
                continue
            kept[name] = tuple(value)
        return kept


def checked_texts(
    raw: Mapping[str, Any], english: Catalogue, source: str, at: JsonPath = ()
) -> tuple[Texts, list[Problem]]:
    """The usable texts of a schema-valid translation `raw` (its safety, stretches and routines) for
    `english`, and a problem for each text left out. `at` is where `raw` sits in its file."""
    checker = _Checker(english, source, at)
    texts = checker.texts(raw)
    return texts, checker.problems


def document_texts(
    document: Any, source: str, validator: SchemaValidator, english: Catalogue, language: str
) -> tuple[Texts, list[Problem]]:
    """The built-in catalogue's texts in `language` from a translation file's JSON: nothing (with
    the problems) when it is not a translation into that language, what can be used else."""
    issues = validator.issues(document, limit=MAX_PROBLEMS)
    if issues:
        return Texts(), [Problem(source, where, message) for where, message in issues]
    if document["language"] != language:
        found = document["language"]
        return Texts(), [Problem(source, "$.language", f"is '{found}', but this file is for '{language}'")]
    return checked_texts(document, english, source)


def missing_texts(texts: Texts, english: Catalogue) -> list[Missing]:
    """Every text of `english` that `texts` does not give, in the catalogue's order (an empty
    English list, a stretch with no other names, needs nothing)."""
    missing = [Missing("safety", rule.id, "text") for rule in english.safety if rule.id not in texts.safety]
    for stretch in english.stretches.values():
        missing.extend(_missing_fields("stretch", stretch, STRETCH_TEXTS, texts.stretches.get(stretch.id, {})))
    for routine in english.routines:
        missing.extend(_missing_fields("routine", routine, ROUTINE_TEXTS, texts.routines.get(routine.id, {})))
    return missing


def _missing_fields(
    kind: str, original: Stretch | Routine, names: tuple[str, ...], given: Mapping[str, Text]
) -> Iterator[Missing]:
    for name in names:
        if name not in given and getattr(original, name):
            yield Missing(kind, original.id, name)


def translated(catalogue: Catalogue, texts: Texts) -> Catalogue:
    """`catalogue` with every text `texts` gives in place of the English."""
    safety = tuple(
        dataclasses.replace(rule, text=texts.safety[rule.id]) if rule.id in texts.safety else rule
        for rule in catalogue.safety
    )
    stretches = {
        stretch_id: dataclasses.replace(stretch, **texts.stretches.get(stretch_id, {}))  # type: ignore[arg-type]
        for stretch_id, stretch in catalogue.stretches.items()
    }
    routines = tuple(
        dataclasses.replace(routine, **texts.routines.get(routine.id, {}))  # type: ignore[arg-type]
        for routine in catalogue.routines
    )
    return Catalogue(safety, stretches, routines)


def pseudo_texts(english: Catalogue) -> Texts:
    """Every text of `english` through the pseudo-locale, to find what was never translated."""
    def each(item: Stretch | Routine | SafetyRule, names: tuple[str, ...]) -> dict[str, Text]:
        return {name: _pseudo(getattr(item, name)) for name in names}

    return Texts(
        {rule.id: pseudo(rule.text) for rule in english.safety},
        {stretch.id: each(stretch, STRETCH_TEXTS) for stretch in english.stretches.values()},
        {routine.id: each(routine, ROUTINE_TEXTS) for routine in english.routines},
    )


def _pseudo(value: Text) -> Text:
    return pseudo(value) if isinstance(value, str) else tuple(pseudo(item) for item in value)
