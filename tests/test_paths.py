"""One module resolves every path; tests and scripts can redirect the person's folders."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from app.paths import default_paths, runtime_dir


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


def test_the_socket_folder_is_the_runtime_folder_when_it_is_ours_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SUPPLE_RUNTIME_DIR")
    xdg = tmp_path / "xdg"
    xdg.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(xdg))
    assert runtime_dir() == xdg


@pytest.mark.parametrize("xdg", ["", "relative/run", "open", "missing"])
def test_a_runtime_folder_that_is_unset_or_not_private_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str
) -> None:
    monkeypatch.delenv("SUPPLE_RUNTIME_DIR")
    if xdg in ("open", "missing"):
        folder = tmp_path / xdg
        if xdg == "open":
            folder.mkdir()
            folder.chmod(0o755)  # anyone may enter: not the private folder the XDG spec promises
        xdg = str(folder)
    monkeypatch.setenv("XDG_RUNTIME_DIR", xdg)
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name: str(tmp_path / "cache" / name))
    assert runtime_dir() == tmp_path / "cache" / "Supple" / "run"


def test_the_socket_folder_can_be_redirected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPLE_RUNTIME_DIR", str(tmp_path / "r"))
    assert runtime_dir() == tmp_path / "r"
