"""Who is at the other end: the kernel's answer for our own server, and no trust when it has none."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from app.qt import peer

linux_only = pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="SO_PEERCRED is Linux's")


@pytest.fixture
def server(qtbot: QtBot) -> Iterator[QLocalServer]:
    listening = QLocalServer()
    assert listening.listen(str(Path(os.environ["SUPPLE_RUNTIME_DIR"]) / uuid.uuid4().hex[:8]))
    yield listening
    listening.close()


@linux_only
def test_the_lookup_finds_our_own_user_at_both_ends(qtbot: QtBot, server: QLocalServer) -> None:
    client = QLocalSocket()
    client.connectToServer(server.fullServerName())
    qtbot.waitUntil(server.hasPendingConnections, timeout=10_000)
    accepted = server.nextPendingConnection()
    try:
        assert peer.peer_uid(client) == os.getuid()  # the server's process, as the launch sees it
        assert peer.peer_uid(accepted) == os.getuid()  # the launch's process, as the server sees it
        assert peer.ours(client) and peer.ours(accepted)
    finally:
        client.abort()


@linux_only
def test_a_socket_the_kernel_cannot_vouch_for_is_not_ours(caplog: pytest.LogCaptureFixture) -> None:
    assert not peer.ours(QLocalSocket())  # never connected: nobody to ask about
    assert "cannot tell who is at the other end" in caplog.text


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="user ids are POSIX")
def test_another_user_is_not_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(peer, "peer_uid", lambda connection: os.getuid() + 1)
    assert not peer.ours(QLocalSocket())
