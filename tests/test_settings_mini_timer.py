"""Settings: the mini timer's remembered places and opacity survive a round trip and are checked."""

from __future__ import annotations

import json
from pathlib import Path

from app.settings import Settings, load_settings, save_settings


def test_mini_timer_places_and_opacity_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(mini_positions={"0,0,1920x1080": [1700, 40], "-1280,0,1280x1024": [-300, 900]}, mini_opacity=70)
    save_settings(path, chosen)
    assert load_settings(path).settings == chosen


def test_unusable_mini_timer_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = {"version": 1, "mini_positions": {"a": [1, "2"]}, "mini_opacity": 5}
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 2
