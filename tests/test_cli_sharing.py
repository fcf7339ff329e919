"""supple export and supple import: a routine shared as a file, refused whole when it cannot be used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.paths import Paths
from tests.helpers import user_file, user_stretch, write_json

PHYSIO = {"id": "physio", "name": "From my physio", "area": "back", "place": "floor", "description": "Twice a day.",
          "warm_up": "march-in-place",
          "steps": [{"stretch": "hamstring-wall", "hold_seconds": 40}, {"stretch": "cat-cow"}]}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())} if folder.exists() else {}


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_then_import_elsewhere_gives_the_same_routine_and_plan(
    isolated_paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_json(isolated_paths.user_catalogue_dir / "mine.json",
               user_file(stretches=[user_stretch(), user_stretch("unused-one")], routines=[PHYSIO]))
    shared = tmp_path / "shared" / "physio.json"
    shared.parent.mkdir()
    assert output(capsys, "export", "physio", str(shared))[0] == 0
    exported = json.loads(shared.read_text(encoding="utf-8"))
    assert [s["id"] for s in exported["stretches"]] == ["hamstring-wall"]  # only what it uses, no built-ins
    assert output(capsys, "check", str(shared))[0] == 0
    plan_here = output(capsys, "plan", "physio")[1]

    monkeypatch.setenv("SUPPLE_DATA_DIR", str(tmp_path / "fresh"))
    code, out, _ = output(capsys, "import", str(shared))
    assert code == 0 and "physio" in out
    assert any(line.startswith("physio ") for line in output(capsys, "routines")[1].splitlines())
    assert output(capsys, "plan", "physio") == (0, plan_here, "")


def test_an_import_with_a_clashing_id_names_file_place_and_problem_and_writes_nothing(
    isolated_paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_json(isolated_paths.user_catalogue_dir / "mine.json", user_file(routines=[PHYSIO]))
    before = snapshot(isolated_paths.user_catalogue_dir)
    again = {**PHYSIO, "steps": [{"stretch": "cat-cow"}]}
    shared = write_json(tmp_path / "again.json", user_file(stretches=[], routines=[again]))
    code, _, err = output(capsys, "import", str(shared))
    assert code != 0
    assert f"{shared}: $.routines[0].id: the routine id 'physio' is already used" in err
    assert "nothing imported" in err and "offers a new one" in err
    assert snapshot(isolated_paths.user_catalogue_dir) == before


def test_an_import_whose_stretch_clashes_is_refused_and_writes_nothing(
    isolated_paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_json(isolated_paths.user_catalogue_dir / "mine.json", user_file(routines=[PHYSIO]))
    before = snapshot(isolated_paths.user_catalogue_dir)
    other = {**PHYSIO, "id": "physio-two"}
    shared = write_json(tmp_path / "again.json", user_file(routines=[other]))
    code, _, err = output(capsys, "import", str(shared))
    assert code != 0
    assert f"{shared}: $.stretches[0].id: the stretch id 'hamstring-wall' is already used" in err
    assert snapshot(isolated_paths.user_catalogue_dir) == before


@pytest.mark.parametrize("text", ['{"format": 1, "routines": [{"id": "x"}]}', "{not json", '{"format": 1, "a": NaN}'])
def test_an_invalid_import_exits_non_zero_and_leaves_the_folder_byte_identical(
    isolated_paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    write_json(isolated_paths.user_catalogue_dir / "mine.json", user_file(routines=[PHYSIO]))
    before = snapshot(isolated_paths.user_catalogue_dir)
    shared = tmp_path / "bad.json"
    shared.write_text(text, encoding="utf-8")
    code, _, err = output(capsys, "import", str(shared))
    assert code != 0
    assert err.startswith(f"{shared}: ")
    assert snapshot(isolated_paths.user_catalogue_dir) == before


def test_an_import_into_a_broken_file_of_mine_is_refused_with_its_problem(
    isolated_paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = isolated_paths.user_catalogue_dir / "my-routines.json"
    mine.parent.mkdir(parents=True)
    mine.write_text('{"format": 2}', encoding="utf-8")
    shared = write_json(tmp_path / "ok.json", user_file(routines=[PHYSIO]))
    code, _, err = output(capsys, "import", str(shared))
    assert code != 0 and f"{mine}: $.format" in err
    assert mine.read_text(encoding="utf-8") == '{"format": 2}'


def test_export_of_a_built_in_or_unknown_routine_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = output(capsys, "export", "desk-break", str(tmp_path / "x.json"))
    assert code != 0 and "built in" in err
    assert output(capsys, "export", "nothing-like-it", str(tmp_path / "x.json"))[0] == 2
    assert not (tmp_path / "x.json").exists()
