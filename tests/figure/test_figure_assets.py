"""The SVGs in assets/poses are what the figure model generates now, and cover the catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.figure import keyframe_names, stretch_names
from app.figure.frame import measured_frame, stretch_frame
from app.figure.frames_table import FRAMES
from app.figure.generate import (
    FRAMES_TABLE,
    POSES_DIR,
    main,
    stale_files,
    stale_frames_table,
    write_files,
    write_frames_table,
)
from tests.helpers import REPO


def test_generated_svgs_on_disk_are_up_to_date() -> None:
    assert stale_files() == [], "run: python -m app.figure.generate"


def test_the_frames_table_on_disk_is_up_to_date() -> None:
    assert not stale_frames_table(), "run: python -m app.figure.generate"
    assert FRAMES_TABLE == REPO / "app" / "figure" / "frames_table.py"


def test_every_stretch_is_framed_ahead_as_measuring_would_frame_it() -> None:
    assert set(FRAMES) == set(stretch_names())
    for stretch in stretch_names():
        assert stretch_frame(stretch) == measured_frame(stretch), stretch


def test_a_stretch_missing_from_the_table_is_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    stretch = stretch_names()[0]
    monkeypatch.delitem(FRAMES, stretch)
    stretch_frame.cache_clear()
    try:
        assert stretch_frame(stretch) == measured_frame(stretch)
    finally:
        stretch_frame.cache_clear()


def test_check_reports_a_stale_frames_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_files(tmp_path)
    table = tmp_path / "frames_table.py"
    table.write_text("FRAMES = {}\n", encoding="utf-8")
    assert main(["--check", "--dir", str(tmp_path), "--frames", str(table)]) == 1
    assert f"stale: {table}" in capsys.readouterr().err
    assert write_frames_table(table)
    assert not write_frames_table(table)  # nothing to do the second time
    assert main(["--check", "--dir", str(tmp_path), "--frames", str(table)]) == 0


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
