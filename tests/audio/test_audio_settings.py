"""The sound and voice settings: defaults, a round trip, and per-key checks."""

from __future__ import annotations

import json
from pathlib import Path

from app.settings import Settings, load_settings, save_settings


def test_sound_and_voice_are_on_by_default_with_every_optional_cue() -> None:
    settings = Settings()
    assert settings.sound_enabled and settings.voice_enabled
    assert settings.cue_halfway and settings.cue_last_seconds and settings.cue_breath
    assert settings.voice_name == ""


def test_sound_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(sound_volume=40, voice_name="Anne", voice_rate=-0.3, voice_volume=60, cue_breath=False)
    save_settings(path, chosen)
    assert load_settings(path).settings == chosen


def test_unusable_sound_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = {"version": 1, "sound_volume": 140, "voice_rate": 3, "voice_enabled": "yes", "cue_halfway": False}
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings(cue_halfway=False)
    assert len(loaded.problems) == 3
