"""How the window starts an audio worker: `python -m` from an interpreter, the bundle's own program
when frozen (a PyInstaller bundle has no `-m`)."""

from __future__ import annotations

import sys

import pytest

from app.audio.wire import WORKER_OPTION
from app.qt.audio.audio_process import worker_command


def test_an_interpreter_runs_the_worker_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert worker_command("sound", "--sounds", "/x") == [
        sys.executable, "-m", "app.qt.audio.audio_worker", "sound", "--sounds", "/x",
    ]


def test_a_frozen_bundle_runs_itself_as_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/supple/supple")
    assert worker_command("speech", "--language", "de_DE") == [
        "/opt/supple/supple", WORKER_OPTION, "speech", "--language", "de_DE",
    ]
    assert WORKER_OPTION == "--audio-worker"
