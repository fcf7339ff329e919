"""Reading catalogue files: JSON, then the schema, then the rules a schema cannot say.

The built-in catalogue must load or Supple cannot run. A person's own files are merged over it one
by one; a file with any problem is reported and skipped as a whole, so a half-read file never
changes a routine behind the person's back. A key the schema does not know is an error in the
built-in catalogue (a typo there is ours) but only a note in a person's file: it is kept, not used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import strict_json
from app.catalogue import translation
from app.catalogue.model import (
    Breath,
    Catalogue,
    Kind,
    Position,
    Routine,
    SafetyRule,
    SecondsRange,
    Side,
    Step,
    Stretch,
)
from app.catalogue.problems import CatalogueError, Problem, json_path
from app.catalogue.schema import SchemaValidator
from app.catalogue.translation import Texts, TranslationFiles
from app.language import PSEUDO, SOURCE, TRANSLATED, normalised
from app.strict_json import FileRefusedError, JsonRefusedError

# Limits no catalogue may pass, whoever wrote it. The guide asks for 20-30 s holds; a physio may
# prescribe a little more or less, but a multi-minute static hold is a mistake, not a choice.
SAFE_HOLD_SECONDS = (10, 60)
SAFE_ACTIVITY_SECONDS = (30, 900)
# The shipped catalogue is 13 kB; a person's file a hundred times that is surely not a catalogue.
MAX_FILE_BYTES = 1_000_000
MAX_PROBLEMS = 20  # listed per file; past that the person has the wrong file, or one mistake copied


@dataclass(frozen=True)
class LoadedCatalogue:
    catalogue: Catalogue
    problems: tuple[Problem, ...]  # from the person's files, which were skipped, and the translations
    language: str = SOURCE  # the texts' language (app.language); English where a translation has none
    notes: tuple[Problem, ...] = ()  # the unknown keys of the person's files that loaded: kept, not used


def read_json(path: Path) -> Any:
    """Parse a JSON file, raising CatalogueError with the place of any problem.

    Only a regular file of at most MAX_FILE_BYTES is read: a named pipe would block Supple's start
    for ever and /dev/zero would fill its memory. The JSON itself must be strict (app/strict_json)."""
    name = str(path)
    try:
        data = strict_json.read_regular_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        gone = "it is a symbolic link to a file that does not exist" if path.is_symlink() else "the file does not exist"
        raise CatalogueError([Problem(name, "file", gone)]) from None
    except FileRefusedError as error:
        raise CatalogueError([Problem(name, "file", error.reason)]) from None
    except OSError as error:
        raise CatalogueError([Problem(name, "file", f"cannot be read: {error.strerror or error}")]) from None
    try:
        return strict_json.loads(data)
    except JsonRefusedError as error:
        raise CatalogueError([Problem(name, error.where or "$", error.reason)]) from None


def _refuse(problems: list[Problem]) -> CatalogueError:
    """The error for a file with these problems, listing no more than MAX_PROBLEMS of them."""
    return CatalogueError(problems[:MAX_PROBLEMS], more=len(problems) > MAX_PROBLEMS)


def _whole(value: float) -> int:
    """A whole number from the file as an int: the schema, like any JSON Schema validator, accepts
    30.0 where it asks for an integer, but the model counts in ints (and would say "30.0 s")."""
    return int(value)


def _seconds(raw: Mapping[str, Any] | None) -> SecondsRange | None:
    return None if raw is None else SecondsRange(_whole(raw["default"]), _whole(raw["min"]), _whole(raw["max"]))


def _stretch(raw: Mapping[str, Any], source: str) -> Stretch:
    flow = raw.get("flow")
    return Stretch(
        id=raw["id"],
        name=raw["name"],
        other_names=tuple(raw.get("other_names", ())),
        areas=tuple(raw["areas"]),
        muscles=tuple(raw.get("muscles", ())),
        position=Position(raw["position"]),
        kind=Kind(raw["kind"]),
        one_sided=raw["one_sided"],
        side_part=raw.get("side_part", "side"),
        hold=_seconds(raw.get("hold")),
        flow=None if flow is None else Breath(_whole(flow["cycles"]), flow["inhale_seconds"], flow["exhale_seconds"]),
        activity=_seconds(raw.get("activity")),
        setup=tuple(raw["setup"]),
        feel=raw["feel"],
        cues=tuple(raw["cues"]),
        cautions=tuple(raw["cautions"]),
        breathing=raw["breathing"],
        why=raw["why"],
        keyframes=tuple(raw["keyframes"]),
        source=source,
    )


def step_from_json(raw: Mapping[str, Any]) -> Step:
    sides, hold = raw.get("sides"), raw.get("hold_seconds")
    return Step(
        stretch_id=raw["stretch"],
        hold_seconds=None if hold is None else _whole(hold),
        repetitions=_whole(raw.get("repetitions", 1)),
        sides=None if sides is None else tuple(Side(side) for side in sides),
    )


def _routine(raw: Mapping[str, Any], source: str) -> Routine:
    return Routine(
        id=raw["id"],
        name=raw["name"],
        area=raw["area"],
        place=raw["place"],
        description=raw["description"],
        warm_up=raw.get("warm_up"),
        steps=tuple(step_from_json(step) for step in raw["steps"]),
        source=source,
    )


class _FileChecker:
    """The rules that need more than one value at a time, for one file against what is loaded."""

    def __init__(self, source: str, known: Mapping[str, Stretch], routine_ids: Iterable[str]) -> None:
        self.source = source
        self.stretches = dict(known)
        self.routine_ids = set(routine_ids)
        self.problems: list[Problem] = []

    def _say(self, path: tuple[str | int, ...], message: str) -> None:
        self.problems.append(Problem(self.source, json_path(path), message))

    def stretch(self, index: int, stretch: Stretch) -> None:
        path: tuple[str | int, ...] = ("stretches", index)
        if stretch.id in self.stretches:
            other = self.stretches[stretch.id].source
            self._say((*path, "id"), f"the stretch id '{stretch.id}' is already used (in {other})")
        self.stretches[stretch.id] = stretch
        for key, seconds, (low, high) in (
            ("hold", stretch.hold, SAFE_HOLD_SECONDS),
            ("activity", stretch.activity, SAFE_ACTIVITY_SECONDS),
        ):
            if seconds is not None:
                self._seconds_range((*path, key), seconds, low, high)

    def _seconds_range(self, path: tuple[str | int, ...], seconds: SecondsRange, low: int, high: int) -> None:
        for name in ("min", "default", "max"):
            value = getattr(seconds, name)
            if not low <= value <= high:
                self._say((*path, name), f"{value} s is outside the safe range of {low}-{high} s")
        if not seconds.min <= seconds.default <= seconds.max:
            self._say(path, f"the default {seconds.default} s must lie between min and max")

    def routine(self, index: int, routine: Routine) -> None:
        path: tuple[str | int, ...] = ("routines", index)
        if routine.id in self.routine_ids:
            self._say((*path, "id"), f"the routine id '{routine.id}' is already used")
        self.routine_ids.add(routine.id)
        if routine.warm_up is not None:
            warm_up = self.stretches.get(routine.warm_up)
            if warm_up is None or warm_up.kind is not Kind.ACTIVITY:
                self._say((*path, "warm_up"), f"'{routine.warm_up}' is not a known warm-up activity")
        for number, step in enumerate(routine.steps):
            self._step((*path, "steps", number), step)

    def _step(self, path: tuple[str | int, ...], step: Step) -> None:
        stretch = self.stretches.get(step.stretch_id)
        if stretch is None:
            self._say((*path, "stretch"), f"there is no stretch with the id '{step.stretch_id}'")
            return
        if step.hold_seconds is not None:
            if stretch.hold is None:
                self._say((*path, "hold_seconds"), f"'{stretch.id}' is not a static hold")
            elif not stretch.hold.min <= step.hold_seconds <= stretch.hold.max:
                hold = stretch.hold
                self._say(
                    (*path, "hold_seconds"),
                    f"{step.hold_seconds} s is outside {stretch.id}'s range of {hold.min}-{hold.max} s",
                )
        if step.sides is not None and not stretch.one_sided:
            self._say((*path, "sides"), f"'{stretch.id}' works both sides at once; remove 'sides'")


@dataclass(frozen=True)
class ParsedFile:
    safety: tuple[SafetyRule, ...]
    stretches: tuple[Stretch, ...]
    routines: tuple[Routine, ...]
    source: str = ""
    translations: Mapping[str, Any] = field(default_factory=dict)  # the file's own, schema-checked
    notes: tuple[Problem, ...] = ()  # the unknown keys of a person's file: kept, not used

    def as_catalogue(self) -> Catalogue:
        return Catalogue(self.safety, {stretch.id: stretch for stretch in self.stretches}, self.routines)


def parse_catalogue_file(
    path: Path,
    validator: SchemaValidator,
    known: Mapping[str, Stretch] | None = None,
    routine_ids: Iterable[str] = (),
    *,
    persons: bool = False,
) -> ParsedFile:
    """Read and check one file against what is already loaded; raise CatalogueError. A `persons`
    file may hold keys the schema does not know (ParsedFile.notes)."""
    return parse_catalogue_document(read_json(path), str(path), validator, known, routine_ids, persons=persons)


def parse_catalogue_document(
    document: Any,
    source: str,
    validator: SchemaValidator,
    known: Mapping[str, Stretch] | None = None,
    routine_ids: Iterable[str] = (),
    *,
    persons: bool = False,
) -> ParsedFile:
    """Check a file's parsed JSON as if it were read from `source`: the editor and `supple import`
    check a file's new text this way before it is written, with the very rules of a load."""
    if persons:
        validator = validator.keeping_unknown()
    issues = validator.issues(document, limit=MAX_PROBLEMS + 1)
    if issues:
        raise _refuse([Problem(source, where, message) for where, message in issues])
    stretches = tuple(_stretch(raw, source) for raw in document.get("stretches", ()))
    routines = tuple(_routine(raw, source) for raw in document.get("routines", ()))
    checker = _FileChecker(source, known or {}, routine_ids)
    for index, stretch in enumerate(stretches):
        checker.stretch(index, stretch)
    for index, routine in enumerate(routines):
        checker.routine(index, routine)
    if checker.problems:
        raise _refuse(checker.problems)
    safety = tuple(SafetyRule(raw["id"], raw["text"]) for raw in document.get("safety", ()))
    notes = tuple(Problem(source, where, message) for where, message in validator.notes(document))
    return ParsedFile(safety, stretches, routines, source, document.get("translations", {}), notes)


def load_validator(schema_path: Path) -> SchemaValidator:
    return SchemaValidator(read_json(schema_path))


def load_catalogue(
    builtin: Path, schema: Path, user_files: Iterable[Path] = (), *,
    language: str = SOURCE, translations: TranslationFiles | None = None,
) -> LoadedCatalogue:
    """The built-in catalogue with the person's files merged over it, its texts in `language`
    where `translations` (and the person's files) give them.

    Raises CatalogueError only when the built-in catalogue itself is unusable."""
    validator = load_validator(schema)
    base = parse_catalogue_file(builtin, validator)
    stretches = {stretch.id: stretch for stretch in base.stretches}
    routines = list(base.routines)
    problems: list[Problem] = []
    loaded: list[ParsedFile] = []
    notes: list[Problem] = []
    for path in user_files:
        try:
            extra = parse_catalogue_file(path, validator, stretches, (r.id for r in routines), persons=True)
        except CatalogueError as error:
            problems.extend(_as_listed(error, path))
            continue
        loaded.append(extra)
        stretches.update((stretch.id, stretch) for stretch in extra.stretches)
        routines.extend(extra.routines)
        notes.extend(extra.notes)
    english = Catalogue(base.safety, stretches, tuple(routines))
    if language == PSEUDO:
        pseudo = translation.translated(english, translation.pseudo_texts(english))
        return LoadedCatalogue(pseudo, tuple(problems), language, tuple(notes))
    if language not in TRANSLATED:
        return LoadedCatalogue(english, tuple(problems), SOURCE, tuple(notes))
    texts, more = builtin_texts(base, language, translations)
    for parsed in loaded:
        own, said = file_texts(parsed, language)
        texts = own.over(texts)
        more.extend(said)
    return LoadedCatalogue(translation.translated(english, texts), (*problems, *more), language, tuple(notes))


def builtin_texts(base: ParsedFile, language: str, files: TranslationFiles | None) -> tuple[Texts, list[Problem]]:
    """The built-in catalogue's texts in `language`, and what was wrong with their file (whose
    texts are then English: a bad translation never stops Supple)."""
    if files is None:
        return Texts(), []
    path = files.file(language)
    try:
        validator = load_validator(files.schema)
        document = read_json(path)
    except CatalogueError as error:
        return Texts(), list(error.problems)
    return translation.document_texts(document, str(path), validator, base.as_catalogue(), language)


def file_texts(parsed: ParsedFile, language: str) -> tuple[Texts, list[Problem]]:
    """A person's file's own texts in `language` (its "translations"; 'de-AT' counts as 'de')."""
    texts, problems = Texts(), []
    for code, raw in parsed.translations.items():
        if normalised(code) == language:
            own, said = translation.checked_texts(raw, parsed.as_catalogue(), parsed.source, ("translations", code))
            texts = own.over(texts)
            problems.extend(said)
    return texts, problems


def _as_listed(error: CatalogueError, path: Path) -> tuple[Problem, ...]:
    """A skipped file's problems as the person is told them, saying so when there are more."""
    if not error.more:
        return error.problems
    return (*error.problems, Problem(str(path), "$", f"more problems follow; only the first {MAX_PROBLEMS} are listed"))


def user_catalogue_files(folder: Path) -> list[Path]:
    """The person's catalogue files, in a stable order. Every *.json entry is included, whatever it
    is: one that is not a regular file is refused when read, so the person hears why it was skipped."""
    try:
        return sorted(folder.glob("*.json"))
    except OSError:
        return []
