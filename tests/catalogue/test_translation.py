"""The catalogue in other languages: the shipped translations are valid and complete; a missing or
unusable text is English, said precisely, and never stops the load; the person's own translations."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema.validators import validator_for

from app.catalogue import Routine, Step, load_catalogue, user_catalogue_files
from app.catalogue.loader import LoadedCatalogue, builtin_texts, load_validator, parse_catalogue_file, read_json
from app.catalogue.schema import SchemaValidator
from app.catalogue.translation import LIST_TEXTS, ROUTINE_TEXTS, STRETCH_TEXTS, Missing, TranslationFiles, missing_texts
from app.catalogue.user_folder import UserFolder
from app.language import PSEUDO, TRANSLATED
from app.paths import Paths, default_paths
from app.pseudo_locale import is_pseudo
from tests.helpers import user_file, user_stretch, write_json

PATHS = default_paths()
ENGLISH: dict[str, Any] = read_json(PATHS.builtin_catalogue)
SCHEMA: dict[str, Any] = read_json(PATHS.catalogue_translations.schema)


def shipped(language: str) -> dict[str, Any]:
    return read_json(PATHS.catalogue_translations.file(language))  # type: ignore[no-any-return]


def load(language: str, translations: TranslationFiles | None = PATHS.catalogue_translations,
         user_files: list[Path] | None = None) -> LoadedCatalogue:
    return load_catalogue(PATHS.builtin_catalogue, PATHS.catalogue_schema, user_files or [],
                          language=language, translations=translations)


def copied_translations(tmp_path: Path, language: str, change: Any) -> TranslationFiles:
    """The shipped translations in a folder of their own, with `language`'s file changed by `change`
    (a function of the document, or the bytes to write)."""
    folder = tmp_path / "translations"
    shutil.copytree(PATHS.catalogue_translations.folder, folder)
    files = TranslationFiles(folder, PATHS.catalogue_translations.schema)
    if isinstance(change, bytes):
        files.file(language).write_bytes(change)
    else:
        document = shipped(language)
        change(document)
        write_json(files.file(language), document)
    return files


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_translation_is_valid_to_our_validator_and_to_jsonschema(language: str) -> None:
    document = shipped(language)
    assert SchemaValidator(SCHEMA).issues(document) == []
    assert list(validator_for(SCHEMA)(SCHEMA).iter_errors(document)) == []
    assert document["language"] == language


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_translation_gives_every_text_with_lists_as_long_as_the_english(language: str) -> None:
    loaded = load(language)
    assert loaded.problems == ()
    assert loaded.language == language
    document = shipped(language)
    english_stretches = {raw["id"]: raw for raw in ENGLISH["stretches"]}
    assert document["stretches"].keys() == english_stretches.keys()
    for stretch_id, texts in document["stretches"].items():
        wanted = {name for name in STRETCH_TEXTS if english_stretches[stretch_id].get(name)}
        assert wanted <= texts.keys(), stretch_id
        for name in LIST_TEXTS & texts.keys():
            assert len(texts[name]) == len(english_stretches[stretch_id][name]), (stretch_id, name)
    assert document["routines"].keys() == {raw["id"] for raw in ENGLISH["routines"]}
    assert all(set(ROUTINE_TEXTS) <= texts.keys() for texts in document["routines"].values())
    assert document["safety"].keys() == {raw["id"] for raw in ENGLISH["safety"]}
    english = load("en").catalogue
    assert missing_texts(_texts_of(language), english) == []


def _texts_of(language: str) -> Any:
    base = parse_catalogue_file(PATHS.builtin_catalogue, load_validator(PATHS.catalogue_schema))
    texts, problems = builtin_texts(base, language, PATHS.catalogue_translations)
    assert problems == []
    return texts


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_loaded_translation_changes_every_text_but_not_the_structure(language: str) -> None:
    english, translated = load("en").catalogue, load(language).catalogue
    for stretch_id, stretch in english.stretches.items():
        other = translated.stretch(stretch_id)
        assert other.name != stretch.name and other.setup != stretch.setup and other.why != stretch.why
        for name in ("hold", "flow", "keyframes", "kind", "one_sided"):
            assert getattr(other, name) == getattr(stretch, name)
    assert [r.steps for r in translated.routines] == [r.steps for r in english.routines]
    assert all(a.text != b.text for a, b in zip(english.safety, translated.safety, strict=True))


def test_the_person_file_schema_and_the_translation_schema_describe_texts_alike() -> None:
    catalogue_defs = read_json(PATHS.catalogue_schema)["$defs"]
    for name in ("text", "texts", "stretchTexts", "routineTexts", "stretchesTexts", "routinesTexts"):
        assert catalogue_defs[name] == SCHEMA["$defs"][name], name


def test_a_missing_text_is_english_and_is_listed(tmp_path: Path) -> None:
    files = copied_translations(tmp_path, "de", lambda doc: doc["stretches"]["cat-cow"].pop("cues"))
    loaded = load("de", files)
    assert loaded.problems == ()
    cat_cow = loaded.catalogue.stretch("cat-cow")
    assert cat_cow.cues == load("en").catalogue.stretch("cat-cow").cues
    assert cat_cow.name == "Katze-Kuh"
    base = parse_catalogue_file(PATHS.builtin_catalogue, load_validator(PATHS.catalogue_schema))
    texts, _ = builtin_texts(base, "de", files)
    assert missing_texts(texts, base.as_catalogue()) == [Missing("stretch", "cat-cow", "cues")]


def test_a_list_of_another_length_is_refused_precisely_and_shown_in_english(tmp_path: Path) -> None:
    files = copied_translations(tmp_path, "fr", lambda doc: doc["stretches"]["childs-pose"]["cues"].pop())
    loaded = load("fr", files)
    [problem] = loaded.problems
    assert problem.file == str(files.file("fr"))
    assert problem.where == "$.stretches.childs-pose.cues"
    assert "has 2 item(s) but the English has 3" in problem.message
    childs_pose = loaded.catalogue.stretch("childs-pose")
    assert childs_pose.cues == load("en").catalogue.stretch("childs-pose").cues
    assert childs_pose.name == "Posture de l'enfant"  # the rest of the file is used


def test_a_broken_translation_file_is_said_with_its_place_and_everything_is_english(tmp_path: Path) -> None:
    files = copied_translations(tmp_path, "es", b'{"format": 1,\n "language": "es",\n "routines": {,}}')
    loaded = load("es", files)
    [problem] = loaded.problems
    assert problem.file == str(files.file("es"))
    assert "line 4" in problem.where or "line 3" in problem.where
    assert loaded.catalogue == load("en").catalogue


@pytest.mark.parametrize(("change", "where", "words"), [
    (lambda doc: doc.update(language="fr"), "$.language", "is 'fr', but this file is for 'de'"),
    (lambda doc: doc["stretches"].update({"no-such": {"name": "X"}}), "$.stretches.no-such",
     "no stretch with the id 'no-such'"),
    (lambda doc: doc["routines"]["desk-break"].update(nmae="X"), "$.routines.desk-break", "did you mean 'name'"),
    (lambda doc: doc["safety"].update(breathe=""), "$.safety.breathe", "must not be empty"),
])
def test_a_wrong_translation_is_said_precisely(tmp_path: Path, change: Any, where: str, words: str) -> None:
    loaded = load("de", copied_translations(tmp_path, "de", change))
    assert any(p.where == where and words in p.message for p in loaded.problems), loaded.problems


def test_a_missing_translation_file_is_said_and_the_texts_are_english(tmp_path: Path) -> None:
    folder = tmp_path / "none"
    folder.mkdir()
    loaded = load("de", TranslationFiles(folder, PATHS.catalogue_translations.schema))
    [problem] = loaded.problems
    assert "does not exist" in problem.message
    assert loaded.catalogue == load("en").catalogue


def test_the_pseudo_locale_needs_no_file_and_changes_every_text() -> None:
    english, fake = load("en").catalogue, load(PSEUDO, translations=None).catalogue
    for stretch in fake.stretches.values():
        texts = [stretch.name, stretch.feel, stretch.breathing, stretch.why, *stretch.setup, *stretch.cues,
                 *stretch.cautions, *stretch.other_names, *stretch.muscles]
        assert all(is_pseudo(text) for text in texts), stretch.id
    assert all(is_pseudo(r.name) and is_pseudo(r.description) for r in fake.routines)
    assert all(is_pseudo(rule.text) for rule in fake.safety)
    assert [s.id for s in fake.stretches.values()] == [s.id for s in english.stretches.values()]


def persons_file(translations: dict[str, Any]) -> dict[str, Any]:
    routine = {"id": "physio", "name": "Physio", "area": "back", "place": "floor",
               "description": "From my physio.", "steps": [{"stretch": "hamstring-wall"}, {"stretch": "cat-cow"}]}
    return {**user_file(routines=[routine]), "translations": translations}


GERMAN = {"stretches": {"hamstring-wall": {"name": "Oberschenkelrückseite an der Wand",
                                           "setup": ["Legen Sie sich in eine Tür.",
                                                     "Legen Sie eine Ferse hoch an die Wand."]}},
          "routines": {"physio": {"name": "Von der Physiotherapie"}}}


def test_the_persons_file_is_loaded_in_its_language(isolated_paths: Paths) -> None:
    write_json(isolated_paths.user_catalogue_dir / "mine.json", persons_file({"de": GERMAN}))
    loaded = load("de", user_files=user_catalogue_files(isolated_paths.user_catalogue_dir))
    assert loaded.problems == ()
    assert loaded.catalogue.stretch("hamstring-wall").name == "Oberschenkelrückseite an der Wand"
    assert loaded.catalogue.stretch("hamstring-wall").feel == user_stretch()["feel"]  # English where none
    assert loaded.catalogue.routine("physio").name == "Von der Physiotherapie"
    assert loaded.catalogue.stretch("cat-cow").name == "Katze-Kuh"  # the built-in translation still applies
    english = load("en", user_files=user_catalogue_files(isolated_paths.user_catalogue_dir))
    assert english.catalogue.routine("physio").name == "Physio"


def test_the_persons_bad_translation_keeps_their_routines(isolated_paths: Paths) -> None:
    bad = {"stretches": {"hamstring-wall": {"setup": ["Nur eine Zeile."]}, "childs-pose": {"name": "Meins"}}}
    path = write_json(isolated_paths.user_catalogue_dir / "mine.json", persons_file({"de": bad}))
    loaded = load("de", user_files=[path])
    assert {(p.where, p.file) for p in loaded.problems} == {
        ("$.translations.de.stretches.hamstring-wall.setup", str(path)),
        ("$.translations.de.stretches.childs-pose", str(path)),  # not this file's stretch
    }
    assert loaded.catalogue.routine("physio").name == "Physio"
    assert loaded.catalogue.stretch("childs-pose").name == "Kindhaltung"


def test_the_persons_translations_survive_the_editors_save(isolated_paths: Paths) -> None:
    path = write_json(isolated_paths.user_catalogue_dir / "mine.json", persons_file({"de": GERMAN, "fr": {}}))
    paths = isolated_paths
    folder = UserFolder(paths.builtin_catalogue, paths.catalogue_schema, paths.user_catalogue_dir)
    edited = Routine("physio", "Physio 2", "back", "floor", "Changed.", None, (Step("hamstring-wall"),), source="")
    assert folder.save_routine(edited, replacing="physio") == path
    assert json.loads(path.read_text(encoding="utf-8"))["translations"] == {"de": GERMAN, "fr": {}}
    loaded = load("de", user_files=[path])
    assert loaded.catalogue.routine("physio").name == "Von der Physiotherapie"
    assert loaded.catalogue.routine("physio").description == "Changed."
