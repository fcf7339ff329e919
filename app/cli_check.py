"""`supple check` for translations: whether the catalogue's texts in a language can be used, and
which texts are missing (shown in English). Missing texts are only listed; a problem (a file that
is not a translation, a list of the wrong length, an id that does not exist) fails the check."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from app import i18n
from app.catalogue import CatalogueError, Stretch
from app.catalogue.loader import ParsedFile, builtin_texts, file_texts, load_validator, parse_catalogue_file
from app.catalogue.problems import Problem
from app.catalogue.translation import Missing, Texts, missing_texts
from app.i18n import Words
from app.language import PSEUDO, SOURCE, TRANSLATED, UnknownLanguageError, normalised
from app.paths import Paths

CliCheck = Words("CliCheck")


def _languages(asked: str | None, available: Sequence[str]) -> list[str]:
    """The languages to check: the one asked for (raising UnknownLanguageError), or `available`."""
    if asked is None:
        return list(available)
    code = normalised(asked)
    if code is None:
        raise UnknownLanguageError(asked)
    return [code]


def _report(where: str, language: str, problems: Sequence[Problem], missing: Sequence[Missing]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    for item in missing:
        print(CliCheck.tr("  missing: %1").replace("%1", str(item)))
    count = len(problems) or len(missing)  # a bare name: lupdate drops the plural forms of a call
    if problems:
        line = CliCheck.tr("%1 (%2): %n problem(s); those texts are shown in English", "", count)
    elif missing:
        line = CliCheck.tr("%1 (%2): valid; %n text(s) missing, shown in English", "", count)
    else:
        line = CliCheck.tr("%1 (%2): valid; every text is translated")
    print(i18n.fill(line, where, language), file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


def _untranslatable(code: str) -> str | None:
    """Why `code` has nothing to check, or None."""
    if code == SOURCE:
        return CliCheck.tr("en: the catalogue is written in English; there is nothing to translate")
    if code == PSEUDO:
        return CliCheck.tr("en-XA: the test language is made from the English texts; there is nothing to check")
    return None


def check_translations(paths: Paths, asked: str | None) -> int:
    """The built-in catalogue's translation file for `asked`, or every one."""
    try:
        languages = _languages(asked, TRANSLATED)
        base = parse_catalogue_file(paths.builtin_catalogue, load_validator(paths.catalogue_schema))
    except UnknownLanguageError as error:
        print(f"supple: {error}", file=sys.stderr)
        return 2
    except CatalogueError as error:
        unusable = CliCheck.tr("supple: the built-in catalogue cannot be used:\n%1")
        print(unusable.replace("%1", str(error)), file=sys.stderr)
        return 1
    worst = 0
    for code in languages:
        if (reason := _untranslatable(code)) is not None:
            print(reason)
            continue
        texts, problems = builtin_texts(base, code, paths.catalogue_translations)
        # a file that could not be used at all is its problems; every text missing would only bury them
        missing = missing_texts(texts, base.as_catalogue()) if texts != Texts() or not problems else []
        worst = max(worst, _report(str(paths.catalogue_translations.file(code)), code, problems, missing))
    return worst


def check_translations_of(paths: Paths, path: Path, asked: str | None) -> int:
    """A catalogue file's own translations (already found valid as a catalogue): `asked`'s, or
    those it carries. The built-in catalogue's are its translation files."""
    if _same_file(path, paths.builtin_catalogue):
        return 0 if asked is None else check_translations(paths, asked)
    try:
        parsed = _parsed_over_builtin(paths, path)
        languages = _languages(asked, sorted(_carried(parsed)))
    except UnknownLanguageError as error:
        print(f"supple: {error}", file=sys.stderr)
        return 2
    worst = 0
    for code in languages:
        if (reason := _untranslatable(code)) is not None:
            print(reason)
            continue
        texts, problems = file_texts(parsed, code)
        worst = max(worst, _report(str(path), code, problems, missing_texts(texts, parsed.as_catalogue())))
    return worst


def _carried(parsed: ParsedFile) -> set[str]:
    """The languages a file has translations for; a code Supple does not know is said and left out."""
    codes = set()
    for key in parsed.translations:
        code = normalised(key)
        if code in TRANSLATED:
            codes.add(code)
        else:
            note = CliCheck.tr("%1: the translations for '%2' are not used: Supple has no such language")
            print(i18n.fill(note, parsed.source, key))
    return codes


def _parsed_over_builtin(paths: Paths, path: Path) -> ParsedFile:
    validator = load_validator(paths.catalogue_schema)
    base = parse_catalogue_file(paths.builtin_catalogue, validator)
    known: dict[str, Stretch] = {stretch.id: stretch for stretch in base.stretches}
    return parse_catalogue_file(path, validator, known, [routine.id for routine in base.routines], persons=True)


def _same_file(path: Path, other: Path) -> bool:
    try:
        return path.samefile(other)
    except OSError:
        return False
