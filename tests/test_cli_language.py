"""`supple --language CODE`: the catalogue's names and texts in that language, an unknown code
refused, and `supple check` on the translations (what is missing listed, problems failing)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.catalogue import load_catalogue
from app.cli import main
from app.cli_check import check_translations
from app.language import TRANSLATED
from app.paths import Paths, default_paths
from app.wording import PHASE_LABELS
from tests.helpers import REPO, user_file, write_json

PATHS = default_paths()
ENGLISH = load_catalogue(PATHS.builtin_catalogue, PATHS.catalogue_schema).catalogue


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's language must not decide these tests."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def translated(language: str) -> object:
    return load_catalogue(PATHS.builtin_catalogue, PATHS.catalogue_schema, language=language,
                          translations=PATHS.catalogue_translations).catalogue


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("before", [True, False])
def test_routines_shows_every_routine_name_translated(
    language: str, before: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--language", language, "routines"] if before else ["routines", "--language", language]
    assert main(argv) == 0
    out = capsys.readouterr().out
    catalogue = translated(language)
    for routine in ENGLISH.routines:
        name = catalogue.routine(routine.id).name  # type: ignore[attr-defined]
        assert name != routine.name
        assert any(line.startswith(routine.id) and name in line for line in out.splitlines()), name
        assert routine.name not in out


@pytest.mark.parametrize("language", TRANSLATED)
def test_plan_has_no_english_stretch_or_routine_names(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", language, "plan", "lower-back-relief"]) == 0
    out = capsys.readouterr().out
    for stretch in ENGLISH.stretches.values():
        assert stretch.name not in out
    assert ENGLISH.routine("lower-back-relief").name not in out
    assert translated(language).stretch("cat-cow").name in out  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", TRANSLATED)
def test_plan_has_no_english_phase_labels_once_the_interface_is_translated(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The phase labels come from the interface's translation (app/wording.py through app.i18n, the
    # .qm that packaging/translations.py releases); this holds from the day that .qm is shipped.
    if not (REPO / "assets" / "translations" / f"supple_{language}.qm").exists():
        pytest.skip(f"no assets/translations/supple_{language}.qm yet (issue #17, the interface's translation)")
    assert main(["--language", language, "plan", "lower-back-relief"]) == 0
    out = capsys.readouterr().out
    for label in PHASE_LABELS.values():
        assert f" {label} " not in out


def test_the_pseudo_locale_needs_no_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "en-XA", "plan", "desk-break"]) == 0
    assert "⟦" in capsys.readouterr().out


def test_an_unknown_language_exits_2_saying_which_languages_there_are(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "xx", "routines"]) == 2
    err = capsys.readouterr().err
    assert "no translation for the language 'xx'" in err
    assert "en, de, fr, es" in err
    assert main(["check", "--language", "tlh"]) == 2


def test_the_language_setting_is_used_without_the_option(
    isolated_paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    write_json(isolated_paths.settings_file, {"language": "es"})
    assert main(["routines"]) == 0
    assert "Alivio lumbar" in capsys.readouterr().out
    assert main(["--language", "en", "routines"]) == 0
    assert "Lower back relief" in capsys.readouterr().out


def test_check_alone_checks_every_translation_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    for language in TRANSLATED:
        assert f"catalogue.{language}.json ({language}): valid; every text is translated" in out


def copy_of_shipped(tmp_path: Path) -> Paths:
    shipped = tmp_path / "shipped"
    shutil.copytree(PATHS.shipped_data, shipped)
    return Paths(tmp_path / "config", tmp_path / "data", shipped, PATHS.assets, PATHS.ui)


def test_check_lists_what_is_missing_and_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = copy_of_shipped(tmp_path)
    german = paths.catalogue_translations.file("de")
    text = german.read_text(encoding="utf-8")
    document = json.loads(text)
    del document["stretches"]["cat-cow"]["name"]
    document["stretches"]["march-in-place"]["cues"].pop()
    write_json(german, document)
    code = check_translations(paths, "de")
    captured = capsys.readouterr()
    assert code == 1  # a list of the wrong length is an error; the missing name is not
    assert "  missing: stretch 'cat-cow': name" in captured.out
    assert "$.stretches.march-in-place.cues: has 2 item(s) but the English has 3" in captured.err
    german.write_text(text.replace('"name": "Katze-Kuh",', ""), encoding="utf-8")
    assert check_translations(paths, "de") == 0
    out = capsys.readouterr().out
    assert "  missing: stretch 'cat-cow': name" in out
    assert "(de): valid; 1 text missing, shown in English" in out


def test_check_of_a_broken_translation_file_fails_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = copy_of_shipped(tmp_path)
    paths.catalogue_translations.file("fr").write_text('{"format": 1, "language": "fr",', encoding="utf-8")
    assert check_translations(paths, None) == 1
    captured = capsys.readouterr()
    assert f"{paths.catalogue_translations.file('fr')}: line 1" in captured.err
    assert "(de): valid" in captured.out and "(es): valid" in captured.out


def test_check_of_a_persons_file_lists_its_missing_translations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = {**user_file(), "translations": {"de": {"stretches": {"hamstring-wall": {"name": "An der Wand"}}},
                                                  "xx": {}}}
    path = write_json(tmp_path / "mine.json", document)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "valid (1 stretches, 0 routines)" in out
    assert "  missing: stretch 'hamstring-wall': setup" in out
    assert "the translations for 'xx' are not used" in out
    assert main(["check", str(path), "--language", "fr"]) == 0
    out = capsys.readouterr().out  # in French: "  manquant : stretch 'hamstring-wall': name"
    assert "  manquant\u00a0: stretch 'hamstring-wall': name" in out


def test_the_plans_heading_writes_the_place_inside_the_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    """German keeps the area's capital (a noun) and gives the place its small first letter."""
    assert main(["--language", "de", "plan", "lower-back-relief"]) == 0
    heading = capsys.readouterr().out.splitlines()[0]
    assert heading.endswith("(Rücken, am Boden)"), heading
    assert main(["plan", "lower-back-relief"]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("(back, on the floor)")
