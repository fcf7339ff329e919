"""One module resolves every path; tests and scripts can redirect the person's folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import default_paths


def test_the_persons_folders_follow_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPLE_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("SUPPLE_DATA_DIR", str(tmp_path / "d"))
    paths = default_paths()
    assert paths.settings_file == tmp_path / "c" / "settings.json"
    assert paths.user_catalogue_dir == tmp_path / "d" / "catalogue"
    assert paths.history_file.parent == tmp_path / "d"


def test_the_shipped_files_are_found() -> None:
    paths = default_paths()
    assert paths.builtin_catalogue.is_file()
    assert paths.catalogue_schema.is_file()
    assert paths.assets.is_dir()
    assert paths.ui.is_dir()
