"""The worker program as audio_process.worker_command starts it: a real child process that says it
is ready, answers over its pipes, and ends when its stdin closes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from app.audio.wire import encode
from app.qt.audio.audio_process import worker_command
from tests.helpers import REPO

TIMEOUT = 30  # seconds: Python and Qt starting on a slow machine


def run(arguments: list[str], commands: list[dict[str, Any]]) -> tuple[int, list[dict[str, Any]], str]:
    """Run the worker with `commands` on its stdin, which then closes; its exit code, its messages, its errors."""
    command = worker_command(*arguments)
    stdin = b"".join(encode(message) for message in commands)
    finished = subprocess.run(command, input=stdin, capture_output=True, cwd=REPO, timeout=TIMEOUT, check=False)
    messages = [json.loads(line) for line in finished.stdout.splitlines() if line.strip()]
    return finished.returncode, messages, finished.stderr.decode(errors="replace")


def test_the_sound_worker_starts_answers_and_ends_with_its_stdin(tmp_path: Path) -> None:
    code, messages, _ = run(["sound", "--sounds", str(tmp_path)], [{"op": "play", "id": 7, "sound": "hold", "seq": 1}])
    assert code == 0
    ready, *rest = messages
    assert ready["ev"] == "ready"
    assert ready["reason"].startswith("Chimes are off: sound files are missing")
    assert rest == [{"ev": "done", "id": 7}, {"ev": "ack", "seq": 1}]  # nothing to play: the cue is settled


def test_the_sound_worker_needs_its_folder() -> None:
    code, messages, errors = run(["sound"], [])
    assert code == 2  # argparse's usage error
    assert messages == []
    assert "sound needs --sounds" in errors
