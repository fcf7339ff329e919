"""The single-instance socket under abuse: garbage, oversized and deeply nested messages, floods
of connections and hand-overs, a name held by a plain file or by a server that is not ours. The
running Supple stays up and answers, and a launch never hands its arguments to a stranger."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt import peer, single_instance
from app.qt.application import Supple
from app.qt.single_instance import MAX_MESSAGE, SingleInstance, encode
from tests.qt.test_single_instance import ROUND_TRIP_MS, ROUTINE

DEEP = 30_000  # brackets deep: far past Python's recursion limit, yet inside the 64 KiB limit
STRANGER = os.getuid() + 1 if hasattr(os, "getuid") else 1
posix_only = pytest.mark.skipif(os.name != "posix", reason="socket files and peer credentials are POSIX")


@pytest.fixture
def name() -> str:
    """A socket path of its own in the test's private runtime folder."""
    return str(Path(os.environ["SUPPLE_RUNTIME_DIR"]) / "abuse")


@pytest.fixture
def first(qtbot: QtBot, name: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(name)
    assert instance.listen()
    yield instance
    instance.close()


def framed(payload: bytes) -> bytes:
    return len(payload).to_bytes(4, "big") + payload


def deep_message() -> bytes:
    payload = b'{"arguments": ' + b"[" * DEEP + b"]" * DEEP + b"}"
    assert len(payload) < MAX_MESSAGE
    return framed(payload)


def connect(name: str) -> QLocalSocket:
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.state() == QLocalSocket.LocalSocketState.ConnectedState
    return client


def flood_client(name: str, data: bytes) -> QLocalSocket:
    """A raw client that says `data` once connected: in a flood it may wait in the server's backlog."""
    client = QLocalSocket()
    if data:
        client.connected.connect(lambda: send(client, data))
    client.connectToServer(name)
    return client


def send(client: QLocalSocket, data: bytes) -> None:
    client.write(data)
    client.flush()


def still_answers(qtbot: QtBot, instance: SingleInstance, name: str) -> None:
    with qtbot.waitSignal(instance.argumentsReceived, timeout=ROUND_TRIP_MS) as received:
        assert SingleInstance(name).try_hand_over(ROUTINE, timeout_ms=ROUND_TRIP_MS)
    assert received.args == [ROUTINE]


def test_a_message_nested_thirty_thousand_deep_is_dropped(qtbot: QtBot, first: SingleInstance, name: str) -> None:
    stranger = connect(name)
    with qtbot.waitSignal(stranger.disconnected, timeout=ROUND_TRIP_MS), \
            qtbot.assertNotEmitted(first.argumentsReceived):
        send(stranger, deep_message())
    still_answers(qtbot, first, name)


@pytest.mark.parametrize("garbage", [
    framed(b"\xff\xfe not UTF-8"),
    framed(b'{"arguments": ["--routine", "desk-break"], "arguments": []}'),
    framed(b'{"arguments": NaN}'),
    framed(b"0") + b"\x00" * (1024 * 1024),  # far more than the header says
    b"\x00" * (1024 * 1024),
    (2**32 - 1).to_bytes(4, "big"),
], ids=["not-utf8", "repeated-key", "nan", "trailing-megabyte", "megabyte-of-zeros", "4-GiB-header"])
def test_garbage_and_oversized_messages_are_dropped(
    qtbot: QtBot, first: SingleInstance, name: str, garbage: bytes
) -> None:
    stranger = connect(name)
    with qtbot.waitSignal(stranger.disconnected, timeout=ROUND_TRIP_MS), \
            qtbot.assertNotEmitted(first.argumentsReceived):
        send(stranger, garbage)
    still_answers(qtbot, first, name)


def connections(instance: SingleInstance) -> list[QObject]:
    """The launches `instance` still holds, once every deletion asked for has been done."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [child for child in instance.children() if type(child).__name__ == "_Connection"]


def test_a_connection_that_sent_garbage_is_let_go_at_once(qtbot: QtBot, first: SingleInstance, name: str) -> None:
    stranger = connect(name)
    with qtbot.waitSignal(stranger.disconnected, timeout=ROUND_TRIP_MS):
        send(stranger, framed(b'{"arguments": NaN}'))
    # not held for the seconds a silent launch is given: on a busy server they would pile up
    assert connections(first) == []


def test_closing_lets_go_of_the_launches_still_connected(qtbot: QtBot, first: SingleInstance, name: str) -> None:
    silent = connect(name)
    qtbot.waitUntil(lambda: len(connections(first)) == 1, timeout=ROUND_TRIP_MS)
    first.close()
    assert connections(first) == []  # at once, not when its patience runs out seconds later
    qtbot.waitSignal(silent.disconnected, timeout=ROUND_TRIP_MS).wait()


def test_hundreds_of_connections_at_once_leave_it_answering(qtbot: QtBot, first: SingleInstance, name: str) -> None:
    kinds = [deep_message(), b"\x00\x00\x00\x05hello", (MAX_MESSAGE + 1).to_bytes(4, "big"), b""]
    strangers = [flood_client(name, kinds[index % len(kinds)]) for index in range(300)]  # every fourth is silent
    talkers = [stranger for index, stranger in enumerate(strangers) if index % len(kinds) != 3]
    with qtbot.assertNotEmitted(first.argumentsReceived):
        qtbot.waitUntil(
            lambda: all(s.state() == QLocalSocket.LocalSocketState.UnconnectedState for s in talkers),
            timeout=ROUND_TRIP_MS,
        )
    still_answers(qtbot, first, name)  # while the silent ones still hold their connections
    for stranger in strangers:
        stranger.abort()


@posix_only
def test_a_plain_file_at_the_name_is_left_alone_and_another_name_is_used(qtbot: QtBot, name: str) -> None:
    Path(name).write_text("somebody's notes")
    instance = SingleInstance(name)
    assert instance.listen()
    try:
        assert Path(name).read_text() == "somebody's notes"
        still_answers(qtbot, instance, name)
    finally:
        instance.close()


class ForeignServer(QLocalServer):
    """Another user's server on our name: it answers every launch {"ok": true} and keeps what it hears."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.heard = b""
        self.newConnection.connect(self._greet)
        assert self.listen(name)

    def _greet(self) -> None:
        connection = self.nextPendingConnection()
        connection.readyRead.connect(lambda: self._hear(connection))
        connection.write(encode({"ok": True}))
        connection.flush()

    def _hear(self, connection: QLocalSocket) -> None:
        self.heard += bytes(connection.readAll().data())


def foreign_at(name: str) -> object:
    """A peer-uid lookup as if `name` were served by another user (tests cannot switch users)."""
    real = peer.peer_uid

    def lookup(connection: QLocalSocket) -> int | None:
        return STRANGER if connection.fullServerName() == name else real(connection)

    return lookup


@posix_only
def test_a_foreign_server_that_says_ok_is_never_told_our_arguments(
    qtbot: QtBot, name: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    foreign = ForeignServer(name)
    monkeypatch.setattr(peer, "peer_uid", foreign_at(name))
    try:
        launch = SingleInstance(name)
        with caplog.at_level(logging.WARNING, logger=single_instance.__name__):
            assert not launch.try_hand_over(ROUTINE, timeout_ms=ROUND_TRIP_MS)
        assert "another user" in caplog.text
        assert launch.listen()  # on a name of its own, beside the stranger's
        still_answers(qtbot, launch, name)  # the next launch finds us, not the stranger
        launch.close()
        assert foreign.heard == b""  # not our arguments, not even a ping
    finally:
        foreign.close()


@posix_only
def test_the_running_instance_does_not_take_orders_from_another_user(
    qtbot: QtBot, first: SingleInstance, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(peer, "peer_uid", lambda connection: STRANGER)
    stranger = connect(name)
    with qtbot.waitSignal(stranger.disconnected, timeout=ROUND_TRIP_MS), \
            qtbot.assertNotEmitted(first.argumentsReceived):
        send(stranger, encode({"arguments": ROUTINE}))
    assert stranger.readAll().data() == b""  # not even told it was heard


@pytest.fixture
def supple(qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, first: SingleInstance) -> Iterator[Supple]:
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()))
    qtbot.addWidget(running.window)
    first.argumentsReceived.connect(running.handed_over)
    yield running
    running.controller.stop()
    running.deleteLater()


def test_hundreds_of_hand_overs_during_a_routine_ask_once_about_the_newest(supple: Supple, name: str) -> None:
    supple.open("lower-back-relief", mini=False)
    for index in range(300):
        routine = "desk-break" if index % 2 else "full-back-and-glutes"
        assert SingleInstance(name).try_hand_over(["--routine", routine], timeout_ms=ROUND_TRIP_MS)
    assert SingleInstance(name).try_hand_over(["--routine", "deep-glute-release"], timeout_ms=ROUND_TRIP_MS)
    questions = supple.window.findChildren(QMessageBox, "replaceRoutineQuestion")
    assert len(questions) == 1
    assert "Deep glute release" in questions[0].text()
    questions[0].done(QMessageBox.StandardButton.Yes)
    assert supple.controller.session is not None
    assert supple.controller.session.plan.routine.id == "deep-glute-release"
