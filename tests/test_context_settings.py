"""A corrupt settings file reaches the person as a message; Supple starts on the defaults."""

from __future__ import annotations

from app.context import load_context
from app.paths import Paths
from app.settings import Settings

BROKEN = b'{"hold_seconds": 25, "theme": "da\xff'


def test_a_corrupt_settings_file_is_kept_aside_and_reported_at_start(isolated_paths: Paths) -> None:
    isolated_paths.config_dir.mkdir(parents=True)
    isolated_paths.settings_file.write_bytes(BROKEN)
    context = load_context(isolated_paths)
    assert context.settings.settings == Settings()
    [message] = [problem for problem in context.problems if "settings.json" in problem]
    assert "It was kept as settings.json.broken-" in message
    [kept] = isolated_paths.config_dir.glob("settings.json.broken-*")
    assert kept.read_bytes() == BROKEN
    assert not isolated_paths.settings_file.exists()
