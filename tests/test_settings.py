"""Settings: defaults for what is missing, atomic writes, and nothing lost to a corrupt file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from app import settings_disk
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
    assert "nested more than 64 levels deep" in loaded.problems[0]
    assert not path.exists() and len(list(tmp_path.iterdir())) == 1  # kept under another name


def test_a_value_that_could_not_be_read_is_written_back_until_the_person_chooses_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "hold_seconds": 45, "theme": "dark"}', encoding="utf-8")
    loaded = load_settings(path)
    on_disk = save_settings(path, loaded.settings.replace(window_geometry="AAAA"), loaded.on_disk)
    assert json.loads(path.read_text(encoding="utf-8"))["hold_seconds"] == 45
    save_settings(path, loaded.settings.replace(hold_seconds=25), on_disk)
    assert json.loads(path.read_text(encoding="utf-8"))["hold_seconds"] == 25


def test_a_file_with_problems_is_copied_once_and_the_copy_named(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = b'{"version": 1, "hold_seconds": 45}'
    path.write_bytes(original)
    first, again = load_settings(path), load_settings(path)
    [copy] = tmp_path.glob("settings.json.backup-*")
    assert copy.read_bytes() == original
    assert copy.name in first.problems[0] and copy.name in again.problems[0]  # one copy, not one per start
    assert path.read_bytes() == original


def test_a_newer_file_is_never_saved_with_a_lower_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 7, "theme": "dark", "reminders": {"every": 50}}', encoding="utf-8")
    loaded = load_settings(path)
    assert "newer Supple" in loaded.problems[0]
    save_settings(path, loaded.settings.replace(theme="light"), loaded.on_disk)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert (saved["version"], saved["theme"], saved["reminders"]) == (7, "light", {"every": 50})


def test_a_file_that_cannot_be_copied_is_not_written_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    original = b'{"version": 1, "theme": "purple"}'
    path.write_bytes(original)

    def no_room(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_disk, "write_bytes_atomically", no_room)
    loaded = load_settings(path)
    assert "Supple does not write to the file" in loaded.problems[0]
    with pytest.raises(OSError, match="no copy"):
        save_settings(path, loaded.settings, loaded.on_disk)
    assert path.read_bytes() == original


@pytest.mark.parametrize("text", ['{"breath_scale": NaN}', '{"hold_seconds": -Infinity}', '{"theme": 1, "theme": 2}'])
def test_what_strict_json_refuses_is_set_aside(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    [kept] = tmp_path.glob("settings.json.broken-*")
    assert kept.read_text(encoding="utf-8") == text and kept.name in loaded.problems[0]


def test_a_fifo_is_refused_at_once_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    loaded = load_settings(path)  # used to wait for a writer for ever
    assert "named pipe" in loaded.problems[0]
    with pytest.raises(OSError, match="named pipe"):
        save_settings(path, Settings(), loaded.on_disk)
    assert stat.S_ISFIFO(path.stat().st_mode)


def test_two_broken_files_in_one_second_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for text in ("{1", "{2"):
        path.write_text(text, encoding="utf-8")
        load_settings(path)
    assert sorted(kept.read_text(encoding="utf-8") for kept in tmp_path.glob("settings.json.broken-*")) == ["{1", "{2"]
