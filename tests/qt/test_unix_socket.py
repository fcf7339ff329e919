"""app.qt.unix_socket: the local socket and server single_instance uses on POSIX without
QtNetwork. Its talk with QLocalSocket and QLocalServer is in the single-instance tests; here, the
socket file's life."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.qt.unix_socket import State, UnixServer, UnixSocket

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix domain sockets")


def fresh() -> str:
    return str(Path(os.environ["SUPPLE_RUNTIME_DIR"]) / uuid.uuid4().hex[:8])


def test_a_message_and_its_answer(qtbot: QtBot) -> None:
    name = fresh()
    server = UnixServer()
    assert server.listen(name) and server.isListening() and server.serverName() == name
    heard: list[bytes] = []

    def accepted() -> None:
        connection = server.nextPendingConnection()
        assert connection is not None
        connection.readyRead.connect(lambda: (heard.append(connection.readAll()), connection.write(b"ok"),
                                              connection.disconnectFromServer()))

    server.newConnection.connect(accepted)
    client = UnixSocket()
    client.connectToServer(name)
    assert client.state() is State.CONNECTED
    client.write(b"hello")
    with qtbot.waitSignal(client.disconnected, timeout=10_000):
        pass
    assert heard == [b"hello"] and client.readAll() == b"ok"
    server.close()
    assert not Path(name).exists()  # its own file goes with it


def test_nobody_there_is_refused_at_once() -> None:
    client = UnixSocket()
    client.connectToServer(fresh())
    assert client.state() is State.UNCONNECTED


def test_a_file_at_the_name_is_never_replaced_and_only_a_socket_is_removed(tmp_path: Path) -> None:
    name = fresh()
    Path(name).write_text("somebody's notes")
    assert not UnixServer().listen(name)
    assert not UnixServer.removeServer(name)
    assert Path(name).read_text() == "somebody's notes"
    Path(name).unlink()
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(name)  # a crashed instance's socket
    left.close()
    assert UnixServer.removeServer(name) and not Path(name).exists()


def test_closing_leaves_a_later_servers_file_alone() -> None:
    name = fresh()
    first = UnixServer()
    assert first.listen(name)
    Path(name).unlink()  # gone (a later instance took over the name)
    second = UnixServer()
    assert second.listen(name)
    first.close()
    assert Path(name).exists()
    second.close()
