"""Importing a shared file under new ids when its own clash (what the app offers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.catalogue import CatalogueError, load_catalogue, user_catalogue_files
from app.catalogue.loader import read_json
from app.catalogue.sharing import clash_free_ids, import_document, import_file
from app.catalogue.user_folder import UserFolder
from app.paths import Paths
from tests.helpers import user_file, user_stretch, write_json

PHYSIO = {"id": "physio", "name": "Physio", "area": "back", "place": "floor", "description": "x",
          "steps": [{"stretch": "hamstring-wall", "hold_seconds": 40}, {"stretch": "cat-cow"}]}


def folder_of(paths: Paths) -> UserFolder:
    return UserFolder(paths.builtin_catalogue, paths.catalogue_schema, paths.user_catalogue_dir)


def test_a_clashing_import_goes_in_under_new_ids(isolated_paths: Paths, tmp_path: Path) -> None:
    write_json(isolated_paths.user_catalogue_dir / "mine.json", user_file(routines=[PHYSIO]))
    longer = user_stretch(hold={"default": 30, "min": 20, "max": 50})  # not the same stretch as mine
    path = write_json(tmp_path / "shared.json", user_file(stretches=[longer], routines=[PHYSIO]))
    folder = folder_of(isolated_paths)
    with pytest.raises(CatalogueError, match="already used"):
        import_file(folder, path)
    renaming = clash_free_ids(folder, read_json(path))
    assert renaming.routines == {"physio": "physio-2"} and renaming.stretches == {"hamstring-wall": "hamstring-wall-2"}
    assert import_document(folder, renaming.document, path) == ["physio-2"]
    loaded = load_catalogue(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema,
                            user_catalogue_files(isolated_paths.user_catalogue_dir))
    assert loaded.problems == ()
    assert loaded.catalogue.routine("physio-2").steps[0].stretch_id == "hamstring-wall-2"
    assert loaded.catalogue.stretch("hamstring-wall-2").hold is not None
    assert loaded.catalogue.stretch("hamstring-wall-2").hold.max == 50


def test_importing_my_own_export_again_reuses_the_stretch(isolated_paths: Paths, tmp_path: Path) -> None:
    write_json(isolated_paths.user_catalogue_dir / "mine.json", user_file(routines=[PHYSIO]))
    path = write_json(tmp_path / "shared.json", user_file(routines=[PHYSIO]))
    folder = folder_of(isolated_paths)
    renaming = clash_free_ids(folder, read_json(path))
    assert renaming.routines == {"physio": "physio-2"} and renaming.stretches == {}
    import_document(folder, renaming.document, path)
    written = json.loads(folder.default_file.read_text(encoding="utf-8"))
    assert written["stretches"] == [] and written["routines"][0]["steps"][0]["stretch"] == "hamstring-wall"
