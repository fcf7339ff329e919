"""The frozen bundle's one program: Supple's command line, or an audio worker when the window asks."""

from __future__ import annotations

import pytest

from app import cli
from app.qt import bundle_main
from app.qt.audio import audio_worker


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str] | None]]:
    made: list[tuple[str, list[str] | None]] = []
    monkeypatch.setattr(cli, "main", lambda argv=None: made.append(("cli", argv)) or 4)
    monkeypatch.setattr(audio_worker, "main", lambda argv=None: made.append(("worker", argv)) or 5)
    return made


def test_the_worker_option_first_runs_that_worker(calls: list[tuple[str, list[str] | None]]) -> None:
    assert bundle_main.main(["--audio-worker", "sound", "--sounds", "/s"]) == 5
    assert calls == [("worker", ["sound", "--sounds", "/s"])]


def test_anything_else_is_the_command_line(calls: list[tuple[str, list[str] | None]]) -> None:
    assert bundle_main.main(["routines"]) == 4
    assert bundle_main.main(["--routine", "desk-break", "--audio-worker"]) == 4  # only first counts
    assert calls == [("cli", ["routines"]), ("cli", ["--routine", "desk-break", "--audio-worker"])]


def test_the_command_line_reads_sys_argv_when_given_nothing(
    calls: list[tuple[str, list[str] | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.argv", ["/opt/supple/supple", "--audio-worker", "speech"])
    assert bundle_main.main() == 5
    assert calls == [("worker", ["speech"])]
