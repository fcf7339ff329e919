"""What both workers share: every command is acknowledged once handled, a malformed one is
reported instead of ending the worker, and one it does not know is only acknowledged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from app.audio.wire import Message
from app.qt.audio.worker_channel import Worker, send


class Echo(Worker):
    def start(self) -> dict[str, Any]:
        return {"reason": ""}

    def do_echo(self, message: Message) -> None:
        send(ev="echo", text=str(message["text"]))


def said(captured: pytest.CaptureFixture[bytes]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in captured.readouterr().out.splitlines()]


@pytest.fixture
def worker(qapp: QCoreApplication) -> Iterator[Echo]:
    echo = Echo(qapp)
    yield echo
    echo.setParent(None)  # not kept by the application for the rest of the tests


def test_a_command_is_handled_then_acknowledged(worker: Echo, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    worker._handle({"op": "echo", "text": "hi", "seq": 3})
    assert said(capsysbinary) == [{"ev": "echo", "text": "hi"}, {"ev": "ack", "seq": 3}]


def test_a_malformed_command_is_reported_and_acknowledged(
    worker: Echo, capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    worker._handle({"op": "echo", "seq": 4})  # no text
    assert said(capsysbinary) == [{"ev": "error", "detail": "echo: 'text'"}, {"ev": "ack", "seq": 4}]


def test_an_unknown_command_is_only_acknowledged(worker: Echo, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    worker._handle({"op": "dance", "seq": 5})
    assert said(capsysbinary) == [{"ev": "ack", "seq": 5}]


def test_ready_carries_what_the_worker_found_at_its_start(
    worker: Echo, capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(worker.channel, "start", lambda: None)  # stdin is the test runner's: leave it
    worker.run()
    assert said(capsysbinary) == [{"ev": "ready", "reason": ""}]
