"""The socket's folder: made private, tightened when ours, refused when it is not ours to trust."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.private_dir import NotPrivateError, is_private, make_private

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX folders only")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_missing_folder_is_made_for_us_alone(tmp_path: Path) -> None:
    folder = tmp_path / "cache" / "run"
    assert make_private(folder) == folder
    assert mode(folder) == 0o700
    assert is_private(folder)


def test_our_folder_open_to_others_is_closed(tmp_path: Path) -> None:
    folder = tmp_path / "run"
    folder.mkdir()
    folder.chmod(0o755)
    assert not is_private(folder)
    make_private(folder)
    assert mode(folder) == 0o700


def test_a_folder_of_someone_else_is_refused_and_left_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setattr(os, "getuid", lambda: folder.stat().st_uid + 1)  # tests cannot switch users
    assert not is_private(folder)
    with pytest.raises(NotPrivateError, match="belongs to user"):
        make_private(folder)
    assert mode(folder) == 0o755


def test_a_symlink_or_a_file_is_not_a_private_folder(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    make_private(target)
    link = tmp_path / "run"
    link.symlink_to(target)
    with pytest.raises(NotPrivateError, match="symbolic link"):
        make_private(link)
    plain = tmp_path / "file"
    plain.write_text("not a folder")
    with pytest.raises(NotPrivateError, match="not a folder"):
        make_private(plain)
    assert not is_private(link) and not is_private(plain) and not is_private(tmp_path / "missing")
