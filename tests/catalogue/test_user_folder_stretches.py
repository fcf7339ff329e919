"""The person's own stretches in their catalogue folder: saved, kept, never a built-in, and not
deleted while a routine uses them."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.catalogue import CatalogueError, Routine, SecondsRange, Step, load_catalogue, user_catalogue_files
from app.catalogue.stretch_draft import StretchDraft, copy_of
from app.catalogue.user_folder import MY_ROUTINES, UserFolder
from app.paths import Paths
from tests.catalogue.test_stretch_draft import complete
from tests.helpers import user_file, user_stretch, write_json


def folder_of(paths: Paths) -> UserFolder:
    return UserFolder(paths.builtin_catalogue, paths.catalogue_schema, paths.user_catalogue_dir)


def using(stretch_id: str, name: str = "Physio") -> Routine:
    return Routine("physio", name, "back", "floor", "From my physio.", None,
                   (Step(stretch_id, hold_seconds=35),), source="")


def test_a_new_stretch_is_saved_to_my_routines_and_loads(isolated_paths: Paths) -> None:
    written = folder_of(isolated_paths).save_stretch(complete())
    assert written == isolated_paths.user_catalogue_dir / MY_ROUTINES
    loaded = load_catalogue(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema,
                            user_catalogue_files(isolated_paths.user_catalogue_dir))
    assert loaded.problems == ()
    assert StretchDraft.of(loaded.catalogue.stretch("wall-hamstring")) == complete()


def test_an_edit_keeps_the_fields_and_the_file_it_came_from(isolated_paths: Paths) -> None:
    mine = write_json(isolated_paths.user_catalogue_dir / "physio.json",
                      user_file(stretches=[user_stretch(muscles=["hamstrings"], other_names=["Doorway"])]))
    folder = folder_of(isolated_paths)
    draft = StretchDraft.of(folder.catalogue().stretch("hamstring-wall"))
    folder.save_stretch(replace(draft, name="Hamstring, longer", hold=SecondsRange(40, 20, 50)), "hamstring-wall")
    after = json.loads(mine.read_text(encoding="utf-8"))["stretches"][0]
    assert after["muscles"] == ["hamstrings"] and after["other_names"] == ["Doorway"]
    assert after["name"] == "Hamstring, longer" and after["hold"]["max"] == 50
    assert not (isolated_paths.user_catalogue_dir / MY_ROUTINES).exists()


def test_a_built_in_stretch_is_never_changed_but_its_copy_is_saved(isolated_paths: Paths) -> None:
    before = isolated_paths.builtin_catalogue.read_bytes()
    folder = folder_of(isolated_paths)
    original = folder.catalogue().stretch("knee-to-chest")
    with pytest.raises(CatalogueError, match="never changed"):
        folder.save_stretch(StretchDraft.of(original), "knee-to-chest")
    folder.save_stretch(copy_of(original, folder.catalogue().stretches))
    assert "knee-to-chest-my-copy" in folder.catalogue().stretches
    assert isolated_paths.builtin_catalogue.read_bytes() == before


def test_a_stretch_a_routine_uses_is_not_deleted_and_the_routine_is_named(isolated_paths: Paths) -> None:
    folder = folder_of(isolated_paths)
    folder.save_stretch(complete())
    folder.save_routine(using("wall-hamstring", "Morning back"))
    before = (isolated_paths.user_catalogue_dir / MY_ROUTINES).read_bytes()
    assert folder.routines_using("wall-hamstring") == ["Morning back"]
    with pytest.raises(CatalogueError, match="used by Morning back"):
        folder.delete_stretch("wall-hamstring")
    assert (isolated_paths.user_catalogue_dir / MY_ROUTINES).read_bytes() == before
    folder.delete_routine("physio")
    folder.delete_stretch("wall-hamstring")
    assert "wall-hamstring" not in folder.catalogue().stretches


def test_narrowing_a_stretch_that_another_files_routine_holds_longer_is_refused(isolated_paths: Paths) -> None:
    folder = folder_of(isolated_paths)
    folder.save_stretch(complete())
    other = isolated_paths.user_catalogue_dir / "zz-physio.json"
    write_json(other, user_file(routines=[{"id": "physio", "name": "Physio", "area": "back", "place": "floor",
                                           "description": "x", "steps": [{"stretch": "wall-hamstring",
                                                                          "hold_seconds": 35}]}]))
    before = (isolated_paths.user_catalogue_dir / MY_ROUTINES).read_bytes()
    with pytest.raises(CatalogueError) as refused:
        folder.save_stretch(replace(complete(), hold=SecondsRange(25, 20, 30)), "wall-hamstring")
    assert str(other) in str(refused.value) and "35 s is outside" in str(refused.value)
    assert (isolated_paths.user_catalogue_dir / MY_ROUTINES).read_bytes() == before


def test_deleting_a_built_in_stretch_is_refused(isolated_paths: Paths) -> None:
    with pytest.raises(CatalogueError, match="never deleted"):
        folder_of(isolated_paths).delete_stretch("childs-pose")
