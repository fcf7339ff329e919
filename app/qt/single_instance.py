"""One Supple per person: a second launch hands its arguments to the running one and leaves.

The running instance listens on a local socket (a Unix socket, a named pipe on Windows) whose name
comes from the application id and the user, so two people on one machine each have their own.
A launch first tries to hand its arguments over; only when nobody takes them does it listen itself.

On the wire each side sends one message: a 4-byte big-endian length, then that many bytes of UTF-8
JSON. The launch sends {"arguments": [...]} and waits for {"ok": true}; without that answer the
hand-over has failed, so a server that accepts connections but no longer works (a hung or dying
process) is not mistaken for a live one. A socket file left by a crash answers nothing and is
replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import struct
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.paths import APP_ID, APP_NAME

log = logging.getLogger(__name__)

_HEADER = struct.Struct(">I")
MAX_MESSAGE = 64 * 1024  # a command line is far smaller; anything bigger is not ours
HAND_OVER_MS = 3000  # generous: the running instance may be busy drawing or starting up
PROBE_MS = 1000
CLIENT_PATIENCE_MS = 5000  # how long the server waits for a connected launch to say something


def instance_name(data_dir: Path | None = None) -> str:
    """The per-user socket name. A Supple started on other data (SUPPLE_DATA_DIR: tests, demos)
    is a separate instance with a separate name, so it never hands over to the person's own."""
    name = f"{APP_ID}-{_user()}"
    if data_dir is not None and data_dir != Path(platformdirs.user_data_dir(APP_NAME)):
        name += "-" + hashlib.sha256(str(data_dir).encode("utf-8")).hexdigest()[:12]
    return name


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    try:  # Windows: pipe names are machine-wide, the user name keeps them apart
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return "user"


def encode(message: dict[str, Any]) -> bytes:
    payload = json.dumps(message, ensure_ascii=False).encode("utf-8")
    return _HEADER.pack(len(payload)) + payload


def decode(buffer: bytes) -> dict[str, Any] | None:
    """The message in `buffer` once it is complete, else None. Raises ValueError when the bytes
    cannot be one of our messages (too long, not JSON, not an object)."""
    if len(buffer) < _HEADER.size:
        return None
    (length,) = _HEADER.unpack_from(buffer)
    if length > MAX_MESSAGE or len(buffer) > _HEADER.size + length:
        raise ValueError("not a Supple message")
    if len(buffer) < _HEADER.size + length:
        return None
    message = json.loads(buffer[_HEADER.size:].decode("utf-8"))
    if not isinstance(message, dict):
        raise ValueError("not a Supple message")
    return message


def _arguments(message: dict[str, Any]) -> list[str] | None:
    arguments = message.get("arguments")
    if isinstance(arguments, list) and all(isinstance(argument, str) for argument in arguments):
        return arguments
    return None


class _Request(QObject):
    """One round trip from a launch: connect, send, wait for the answer or the deadline.

    Runs its own event loop, so it works before the application's loop starts, and in tests
    the listening side (in the same process) is served while it waits."""

    def __init__(self, name: str, message: dict[str, Any]) -> None:
        super().__init__()
        self._name = name
        self._payload = encode(message)
        self._reply = b""
        self._answer: dict[str, Any] | None = None
        self._socket = QLocalSocket(self)
        self._loop = QEventLoop(self)
        self._socket.connected.connect(self._send)
        self._socket.readyRead.connect(self._read)
        self._socket.disconnected.connect(self._loop.quit)
        self._socket.errorOccurred.connect(self._loop.quit)

    def answer(self, timeout_ms: int) -> dict[str, Any] | None:
        deadline = QTimer(self)
        deadline.setSingleShot(True)
        deadline.timeout.connect(self._loop.quit)
        self._socket.connectToServer(self._name)
        # refused or not found is reported at once, before the loop could see a quit
        if self._socket.state() != QLocalSocket.LocalSocketState.UnconnectedState and self._answer is None:
            deadline.start(timeout_ms)
            self._loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self._socket.abort()
        return self._answer

    def _send(self) -> None:
        self._socket.write(self._payload)
        self._socket.flush()

    def _read(self) -> None:
        self._reply += bytes(self._socket.readAll().data())
        try:
            self._answer = decode(self._reply)
        except ValueError:
            self._loop.quit()
            return
        if self._answer is not None:
            self._loop.quit()


class _Connection(QObject):
    """The listening side of one launch: read its message, acknowledge it, pass it on."""

    def __init__(self, socket: QLocalSocket, owner: SingleInstance) -> None:
        super().__init__(owner)
        self._socket = socket
        self._owner = owner
        self._buffer = b""
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.deleteLater)
        patience = QTimer(self)  # a launch that connects and says nothing is let go
        patience.setSingleShot(True)
        patience.timeout.connect(self._give_up)
        patience.start(CLIENT_PATIENCE_MS)

    def _give_up(self) -> None:
        self._socket.abort()
        self.deleteLater()

    def _read(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())
        try:
            message = decode(self._buffer)
        except (ValueError, UnicodeDecodeError) as error:
            log.info("ignored a message on %s: %s", self._owner.name, error)
            self._socket.abort()
            return
        if message is not None:
            self._answer(message)

    def _answer(self, message: dict[str, Any]) -> None:
        arguments = _arguments(message)
        if arguments is None and message.get("ping") is not True:
            self._socket.abort()
            return
        self._socket.write(encode({"ok": True}))
        self._socket.flush()
        self._socket.disconnectFromServer()
        if arguments is not None:  # after the answer: whatever the receiver does, the launch may leave
            self._owner.argumentsReceived.emit(arguments)


class SingleInstance(QObject):
    """Hand arguments to the running Supple, or become the one that receives them.

    Needs a QCoreApplication (the hand-over runs a short event loop of its own)."""

    argumentsReceived = Signal(list)  # list[str]: the command-line arguments of a later launch

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    @property
    def name(self) -> str:
        return self._name

    def is_listening(self) -> bool:
        return self._server.isListening()

    def try_hand_over(self, arguments: list[str], timeout_ms: int = HAND_OVER_MS) -> bool:
        """True when a running instance acknowledged `arguments`: this launch can exit."""
        answer = _Request(self._name, {"arguments": arguments}).answer(timeout_ms)
        return answer is not None and answer.get("ok") is True

    def listen(self) -> bool:
        """Start receiving. False if another instance answers on the name, or the name cannot be
        used; a socket left behind by a crashed instance is removed and taken over."""
        # Ask first: with UserAccessOption, Qt binds in a private folder and renames the socket
        # into place, which would silently replace a live instance's socket rather than fail.
        if self._answers():
            return False
        QLocalServer.removeServer(self._name)  # stale, or nothing: nobody acknowledged on it
        if not self._server.listen(self._name):
            log.warning("cannot listen on %s: %s", self._name, self._server.errorString())
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _answers(self) -> bool:
        answer = _Request(self._name, {"ping": True}).answer(PROBE_MS)
        return answer is not None and answer.get("ok") is True

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is not None:
                _Connection(socket, self)
