"""The person's catalogue folder as the editor changes it: checked before written, the rest kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.catalogue import CatalogueError, Routine, Step, load_catalogue, user_catalogue_files
from app.catalogue.user_folder import MY_ROUTINES, UserFolder
from app.paths import Paths
from tests.helpers import user_file, user_stretch, write_json


def folder_of(paths: Paths) -> UserFolder:
    return UserFolder(paths.builtin_catalogue, paths.catalogue_schema, paths.user_catalogue_dir)


def routine(routine_id: str = "physio", *steps: Step, name: str = "Physio") -> Routine:
    return Routine(routine_id, name, "back", "floor", "From my physio.", None,
                   steps or (Step("childs-pose"),), source="")


def loaded(paths: Paths) -> dict[str, Routine]:
    result = load_catalogue(paths.builtin_catalogue, paths.catalogue_schema,
                            user_catalogue_files(paths.user_catalogue_dir))
    assert result.problems == ()
    return {r.id: r for r in result.catalogue.routines}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())} if folder.exists() else {}


def test_a_new_routine_goes_to_my_routines_and_loads(isolated_paths: Paths) -> None:
    written = folder_of(isolated_paths).save_routine(routine("physio", Step("knee-to-chest", hold_seconds=25)))
    assert written == isolated_paths.user_catalogue_dir / MY_ROUTINES
    physio = loaded(isolated_paths)["physio"]
    assert physio.steps == (Step("knee-to-chest", hold_seconds=25),)
    assert physio.source == str(written)


def test_an_edit_keeps_what_the_editor_does_not_own(isolated_paths: Paths) -> None:
    mine = isolated_paths.user_catalogue_dir / "from-physio.json"
    raw_routine = {"id": "physio", "name": "Physio", "area": "back", "place": "floor", "description": "x",
                   "warm_up": "march-in-place", "steps": [{"stretch": "hamstring-wall"}]}
    document = user_file(stretches=[user_stretch(muscles=["hamstrings"])], routines=[raw_routine])
    document["safety"] = [{"id": "mine", "text": "Ask your physio first."}]
    write_json(mine, document)
    edited = routine("physio", Step("hamstring-wall", hold_seconds=40), Step("childs-pose"), name="Physio, longer")
    folder_of(isolated_paths).save_routine(edited, replacing="physio")
    after = json.loads(mine.read_text(encoding="utf-8"))
    assert after["$schema"] == "catalogue.schema.json"
    assert after["safety"] == document["safety"]
    assert after["stretches"] == document["stretches"]
    assert after["routines"][0]["warm_up"] == "march-in-place"
    assert after["routines"][0]["name"] == "Physio, longer"
    assert not (isolated_paths.user_catalogue_dir / MY_ROUTINES).exists()
    assert loaded(isolated_paths)["physio"].steps[0].hold_seconds == 40


def test_a_file_with_problems_is_refused_with_the_loaders_words_and_left_alone(isolated_paths: Paths) -> None:
    mine = isolated_paths.user_catalogue_dir / MY_ROUTINES
    mine.parent.mkdir(parents=True)
    mine.write_text('{"format": 1, "routines": [{"id": "x"}]}', encoding="utf-8")
    before = snapshot(mine.parent)
    with pytest.raises(CatalogueError, match=r"my-routines.json: \$.routines\[0\]"):
        folder_of(isolated_paths).save_routine(routine())
    assert snapshot(mine.parent) == before


def test_a_routine_the_loader_would_refuse_is_never_written(isolated_paths: Paths) -> None:
    too_long = routine("physio", Step("knee-to-chest", hold_seconds=600))
    with pytest.raises(CatalogueError, match="outside knee-to-chest's range"):
        folder_of(isolated_paths).save_routine(too_long)
    assert snapshot(isolated_paths.user_catalogue_dir) == {}


def test_an_id_used_elsewhere_is_refused(isolated_paths: Paths) -> None:
    with pytest.raises(CatalogueError, match="'desk-break' is already used"):
        folder_of(isolated_paths).save_routine(routine("desk-break"))
    write_json(isolated_paths.user_catalogue_dir / "zz-later.json", user_file(stretches=[], routines=[
        {"id": "physio", "name": "P", "area": "back", "place": "floor", "description": "x",
         "steps": [{"stretch": "cat-cow"}]}]))
    with pytest.raises(CatalogueError, match="'physio' is already used"):
        folder_of(isolated_paths).save_routine(routine("physio"))


def test_a_built_in_routine_is_never_changed(isolated_paths: Paths) -> None:
    with pytest.raises(CatalogueError, match="never changed"):
        folder_of(isolated_paths).save_routine(routine("lower-back-relief"), replacing="lower-back-relief")
    assert snapshot(isolated_paths.user_catalogue_dir) == {}


def test_renaming_the_id_replaces_the_old_routine(isolated_paths: Paths) -> None:
    folder = folder_of(isolated_paths)
    folder.save_routine(routine("physio"))
    folder.save_routine(routine("physio-two"), replacing="physio")
    assert "physio" not in loaded(isolated_paths)
    assert "physio-two" in loaded(isolated_paths)


def test_delete_removes_only_that_routine(isolated_paths: Paths) -> None:
    folder = folder_of(isolated_paths)
    folder.save_routine(routine("physio"))
    folder.save_routine(routine("evening", name="Evening"))
    folder.delete_routine("physio")
    assert set(loaded(isolated_paths)) >= {"evening"}
    assert "physio" not in loaded(isolated_paths)
    with pytest.raises(CatalogueError, match="no routine 'physio'"):
        folder.delete_routine("physio")


def test_an_edit_keeps_unknown_fields_at_every_level(isolated_paths: Paths) -> None:
    mine = isolated_paths.user_catalogue_dir / "from-another-tool.json"
    raw_routine = {"id": "physio", "name": "Physio", "area": "back", "place": "floor", "description": "x",
                   "colour": "teal", "steps": [{"stretch": "hamstring-wall", "hold_seconds": 30.0, "note": "gently"},
                                               {"stretch": "childs-pose", "video": "pose.mp4"}]}
    document = {**user_file(stretches=[user_stretch(video="wall.mp4")], routines=[raw_routine]), "tool": "sheet"}
    write_json(mine, document)
    # the steps swapped, one hold changed, one step added
    edited = routine("physio", Step("childs-pose"), Step("hamstring-wall", hold_seconds=40), Step("cat-cow"))
    folder_of(isolated_paths).save_routine(edited, replacing="physio")
    after = json.loads(mine.read_text(encoding="utf-8"))
    assert after["tool"] == "sheet" and after["stretches"] == document["stretches"]
    assert after["routines"][0]["colour"] == "teal"
    assert after["routines"][0]["steps"] == [
        {"stretch": "childs-pose", "video": "pose.mp4"},
        {"stretch": "hamstring-wall", "hold_seconds": 40, "note": "gently"},
        {"stretch": "cat-cow"},
    ]
    assert loaded(isolated_paths)["physio"].steps[1].hold_seconds == 40


def test_saving_a_routine_whose_file_broke_is_refused_with_that_files_problem(isolated_paths: Paths) -> None:
    mine = isolated_paths.user_catalogue_dir / "mine.json"
    raw_routine = {"id": "physio", "name": "Physio", "area": "back", "place": "floor", "description": "x",
                   "steps": [{"stretch": "childs-pose", "hold_seconds": 999}]}  # broken by hand since it loaded
    write_json(mine, user_file(stretches=[], routines=[raw_routine]))
    before = snapshot(isolated_paths.user_catalogue_dir)
    folder = folder_of(isolated_paths)
    assert folder.file_of("physio") == mine
    with pytest.raises(CatalogueError, match=r"mine\.json: \$\.routines\[0\]\.steps\[0\]\.hold_seconds"):
        folder.save_routine(routine("physio"), replacing="physio")
    assert snapshot(isolated_paths.user_catalogue_dir) == before  # not written beside it in my-routines.json


def test_the_catalogue_a_save_reloads_is_in_the_apps_language(isolated_paths: Paths) -> None:
    # the editor reloads through the folder after a stretch is saved: its names stay the person's language
    folder = UserFolder(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema,
                        isolated_paths.user_catalogue_dir, language="de",
                        translations=isolated_paths.catalogue_translations)
    folder.save_routine(routine())
    german = folder.catalogue()
    assert german.stretch("knee-to-chest").name == "Knie zur Brust"
    assert german.routine("physio").name == "Physio"  # the person's own words, as they wrote them
    assert folder_of(isolated_paths).catalogue().stretch("knee-to-chest").name == "Knee to chest"


def test_the_editor_gets_the_files_own_texts_not_their_translation(isolated_paths: Paths) -> None:
    """A shared file may carry its own German; editing it in German must not save that German
    over the file's English (the translation would then translate itself)."""
    raw_routine = {"id": "physio", "name": "Physio", "area": "back", "place": "floor", "description": "From my physio.",
                   "steps": [{"stretch": "hamstring-wall"}]}
    document = user_file(stretches=[user_stretch()], routines=[raw_routine])
    document["translations"] = {"de": {"routines": {"physio": {"name": "Physiotherapie"}},
                                       "stretches": {"hamstring-wall": {"name": "An der Wand"}}}}
    write_json(isolated_paths.user_catalogue_dir / "shared.json", document)
    folder = UserFolder(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema,
                        isolated_paths.user_catalogue_dir, language="de",
                        translations=isolated_paths.catalogue_translations)
    german = folder.catalogue()
    assert german.routine("physio").name == "Physiotherapie"  # what the window shows
    as_written = folder.routine_as_written("physio")
    assert as_written is not None and as_written.name == "Physio"  # what the editor edits
    stretch = folder.stretch_as_written("hamstring-wall")
    assert stretch is not None and stretch.name == user_stretch()["name"]
    assert german.stretch("hamstring-wall").name == "An der Wand"
    assert folder.routine_as_written("desk-break") is None  # a built-in is not the person's
    assert folder.routine_as_written("nowhere") is None
