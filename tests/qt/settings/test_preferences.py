"""Settings while the app runs: saved atomically, announced once, and never lost to a bad disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.paths import Paths
from app.qt.settings import preferences as preferences_module
from app.qt.settings.preferences import Preferences
from app.settings import Settings, load_settings


def make(paths: Paths) -> Preferences:
    return Preferences(Settings(), paths.settings_file, paths.ui / "settings_dialog.ui")


def test_applied_settings_are_saved_and_announced(qtbot: QtBot, isolated_paths: Paths) -> None:
    preferences = make(isolated_paths)
    with qtbot.waitSignal(preferences.changed) as changed:
        preferences.apply(Settings(hold_seconds=20, theme="dark"))
    assert changed.args is not None and changed.args[0].hold_seconds == 20
    assert load_settings(isolated_paths.settings_file).settings.theme == "dark"


def test_remembered_geometry_keeps_what_the_dialog_changed(isolated_paths: Paths) -> None:
    preferences = make(isolated_paths)
    preferences.apply(Settings(hold_seconds=25))
    preferences.remember(window_geometry="AAAA")
    saved = json.loads(isolated_paths.settings_file.read_text(encoding="utf-8"))
    assert (saved["hold_seconds"], saved["window_geometry"]) == (25, "AAAA")


def test_a_settings_folder_that_cannot_be_written_is_reported_and_the_change_still_applies(
    isolated_paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be", encoding="utf-8")
    preferences = Preferences(Settings(), blocker / "settings.json", isolated_paths.ui / "settings_dialog.ui")
    shown: list[str] = []
    monkeypatch.setattr(preferences_module.QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert preferences.apply(Settings(hold_seconds=20))
    assert preferences.settings.hold_seconds == 20
    assert shown and "could not be saved" in shown[0]
    preferences.remember(window_geometry="AAAA")  # logged, not raised
