"""A broken settings file survives a whole run of the app: started, a setting changed, the window
moved, quit. What the person had is either still there byte for byte, or in a copy beside it that
the start-up message names; a newer Supple's file keeps its version and keys it alone knows."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt.application import Supple
from app.qt.settings import preferences as preferences_module
from app.session import FakeClock

BROKEN: dict[str, bytes] = {
    "bad values": b'{"version": 1, "hold_seconds": 45, "theme": "dark"}',
    "newer version": b'{"version": 99, "hold_seconds": 45, "theme": "dark", "reminders": {"every": 50}}',
    "wrong types": b'{"version": 1, "hold_seconds": "25", "sound_enabled": "yes", "mini_positions": [1, 2]}',
    "unusable version": b'{"version": "two", "theme": "dark"}',
    "NaN": b'{"version": 1, "breath_scale": NaN, "theme": "dark"}',
    "Infinity": b'{"version": 1, "hold_seconds": Infinity}',
    "repeated key": b'{"theme": "dark", "theme": "light"}',
    "not an object": b"[1, 2, 3]",
    "not UTF-8": b'{"hold_seconds": 25, "theme": "da\xffrk"}',
    "cut short": b'{"hold_seconds": 2',
    "too large": b'{"theme": "dark"' + b" " * (2 << 20) + b"}",
}


def _run_the_app(qtbot: QtBot, qapp: QApplication, paths: Paths, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Start Supple, change a setting, move and resize the window, quit; what it said at start."""
    monkeypatch.setattr(preferences_module.QMessageBox, "warning", lambda *args: None)  # a failed save's box
    running = Supple(qapp, load_context(paths), outputs=(SilentSound(), SilentSpeech()), clock=FakeClock())
    qtbot.addWidget(running.window)
    try:
        problems = running.problems()
        running.open(None, mini=False)
        running.preferences.apply(running.preferences.settings.replace(sound_volume=35))
        running.window.setGeometry(120, 90, 900, 640)
        running.quitting()
    finally:
        running.deleteLater()
    return problems


def _named_copies(problems: list[str], folder: Path) -> list[Path]:
    names = re.findall(r"settings\.json\.[a-z]+-[\w-]+", " ".join(problems))
    return [folder / name for name in names if (folder / name).is_file()]


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_file_is_recoverable_after_a_run(
    case: str, qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = BROKEN[case]
    settings = isolated_paths.settings_file
    settings.parent.mkdir(parents=True)
    settings.write_bytes(original)
    problems = _run_the_app(qtbot, qapp, isolated_paths, monkeypatch)
    assert any("settings.json" in problem for problem in problems), problems
    kept = settings.read_bytes() == original or any(
        copy.read_bytes() == original for copy in _named_copies(problems, settings.parent)
    )
    assert kept, (problems, sorted(path.name for path in settings.parent.iterdir()))


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("mine", encoding="utf-8")


SPECIAL: dict[str, Callable[[Path], None]] = {"a FIFO": os.mkfifo, "a folder": _folder}


@pytest.mark.parametrize("case", SPECIAL)
def test_a_settings_path_that_is_no_file_is_reported_and_left_alone(
    case: str, qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = isolated_paths.settings_file
    settings.parent.mkdir(parents=True)
    SPECIAL[case](settings)
    kind = stat.S_IFMT(settings.stat().st_mode)
    problems = _run_the_app(qtbot, qapp, isolated_paths, monkeypatch)  # a FIFO used to hang right here
    [problem] = [problem for problem in problems if "settings.json" in problem]
    assert "not a regular file" in problem
    assert stat.S_IFMT(settings.stat().st_mode) == kind
    if case == "a folder":
        assert [path.name for path in settings.iterdir()] == ["inside.txt"]


def _saved(paths: Paths) -> dict[str, object]:
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert isinstance(saved, dict)
    return saved


def test_values_that_could_not_be_read_are_written_back_as_they_were(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_paths.config_dir.mkdir(parents=True)
    isolated_paths.settings_file.write_bytes(BROKEN["bad values"])
    _run_the_app(qtbot, qapp, isolated_paths, monkeypatch)
    saved = _saved(isolated_paths)
    assert (saved["hold_seconds"], saved["theme"], saved["sound_volume"]) == (45, "dark", 35)
    assert saved["window_geometry"]


def test_a_newer_supples_file_keeps_its_version_and_its_own_keys(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_paths.config_dir.mkdir(parents=True)
    isolated_paths.settings_file.write_bytes(BROKEN["newer version"])
    problems = _run_the_app(qtbot, qapp, isolated_paths, monkeypatch)
    assert any("newer Supple" in problem for problem in problems), problems
    saved = _saved(isolated_paths)
    assert saved["version"] == 99
    assert saved["reminders"] == {"every": 50}
    assert (saved["hold_seconds"], saved["sound_volume"]) == (45, 35)
