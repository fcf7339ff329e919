"""The SVGs in assets/poses are what the figure model generates now, and cover the catalogue."""

from __future__ import annotations

import json
from pathlib import Path

from app.figure import keyframe_names, stretch_names
from app.figure.generate import POSES_DIR, main, stale_files, write_files
from tests.helpers import REPO


def test_generated_svgs_on_disk_are_up_to_date() -> None:
    assert stale_files() == [], "run: python -m app.figure.generate"


def test_the_assets_folder_is_the_repository_one() -> None:
    assert REPO / "assets" / "poses" == POSES_DIR


def test_every_catalogue_keyframe_is_illustrated() -> None:
    catalogue = json.loads((REPO / "data" / "catalogue.json").read_text(encoding="utf-8"))
    wanted = {keyframe for stretch in catalogue["stretches"] for keyframe in stretch.get("keyframes", [])}
    assert wanted <= set(keyframe_names())
    for keyframe in wanted:
        assert (POSES_DIR / f"{keyframe}.svg").is_file(), keyframe


def test_every_stretch_has_a_thumbnail() -> None:
    for stretch in stretch_names():
        assert (POSES_DIR / stretch / "thumbnail.svg").is_file()


def test_generate_writes_then_check_passes(tmp_path: Path) -> None:
    written = write_files(tmp_path)
    assert len(written) == len(keyframe_names()) + len(stretch_names())
    assert stale_files(tmp_path) == []
    assert write_files(tmp_path) == []  # nothing to do the second time
    assert main(["--check", "--dir", str(tmp_path)]) == 0


def test_check_reports_edited_and_leftover_files(tmp_path: Path, capsys: object) -> None:
    write_files(tmp_path)
    (tmp_path / "cat-cow" / "cat.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "cat-cow" / "old-frame.svg").write_text("<svg/>", encoding="utf-8")
    assert stale_files(tmp_path) == ["cat-cow/cat.svg", "cat-cow/old-frame.svg"]
    assert main(["--check", "--dir", str(tmp_path)]) == 1
    assert sorted(write_files(tmp_path)) == ["cat-cow/cat.svg", "cat-cow/old-frame.svg"]
    assert not (tmp_path / "cat-cow" / "old-frame.svg").exists()
