"""The Windows Run key, with an INI file standing in for the registry, and the dispatch elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.desktop_install import Launch
from app.qt.companion import login_item

LAUNCH = Launch([r"C:\Program Files\Supple\supple.exe"])


def registry(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "run.ini"), QSettings.Format.IniFormat)


def test_on_writes_the_run_value_quoted_with_background(tmp_path: Path) -> None:
    login_item.set_run_value(True, registry(tmp_path), LAUNCH)
    assert registry(tmp_path).value("Supple") == r'"C:\Program Files\Supple\supple.exe" --background'


def test_off_removes_only_our_value(tmp_path: Path) -> None:
    other = registry(tmp_path)
    other.setValue("SomeoneElse", "other.exe")
    other.sync()
    login_item.set_run_value(True, registry(tmp_path), LAUNCH)
    login_item.set_run_value(False, registry(tmp_path), LAUNCH)
    assert registry(tmp_path).allKeys() == ["SomeoneElse"]


def test_a_failed_write_is_an_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    settings = QSettings(str(not_a_folder / "run.ini"), QSettings.Format.IniFormat)
    with pytest.raises(OSError, match="Run key"):
        login_item.set_run_value(True, settings, LAUNCH)


def test_elsewhere_the_freedesktop_entry_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    login_item.start_at_login(True)
    assert login_item.starts_at_login()
    assert "--background" in (tmp_path / "autostart" / "io.github.supple_app.Supple.desktop").read_text()
    login_item.start_at_login(False)
    assert not login_item.starts_at_login()
