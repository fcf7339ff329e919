"""Settings: defaults for what is missing, atomic writes, and nothing lost to a corrupt file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.settings import SETTINGS_VERSION, Settings, load_settings, save_settings


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "settings.json")
    assert loaded.settings == Settings()
    assert loaded.problems == ()


def test_settings_round_trip_with_a_version(tmp_path: Path) -> None:
    path = tmp_path / "deeper" / "settings.json"
    chosen = Settings(hold_seconds=25, theme="dark", warm_up_enabled=False)
    save_settings(path, chosen)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION
    assert load_settings(path).settings == chosen
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temporary left behind


def test_missing_values_take_their_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "theme": "light"}', encoding="utf-8")
    assert load_settings(path).settings == Settings(theme="light")


def test_an_unusable_value_is_reported_and_replaced_by_its_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "hold_seconds": 300, "theme": "dark"}', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings(theme="dark")
    assert len(loaded.problems) == 1
    assert "'hold_seconds' has an unusable value 300" in loaded.problems[0]


def test_a_corrupt_file_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"hold_seconds": 2', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "It was kept as settings.json.broken-" in loaded.problems[0]
    kept = list(tmp_path.glob("settings.json.broken-*"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8") == '{"hold_seconds": 2'
    assert not path.exists()


def test_keys_from_a_newer_version_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "reminders": {"every": 50}}', encoding="utf-8")
    loaded = load_settings(path)
    save_settings(path, loaded.settings.replace(theme="dark"))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["reminders"] == {"every": 50}
    assert saved["theme"] == "dark"


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:


    path = tmp_path / "settings.json"
    save_settings(path, Settings(theme="dark"))

    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space"):
        save_settings(path, Settings(theme="light"))
    assert load_settings(path).settings.theme == "dark"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_brackets_nested_too_deeply_are_set_aside_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "nested too deeply" in loaded.problems[0]
    assert not path.exists() and len(list(tmp_path.iterdir())) == 1  # kept under another name
