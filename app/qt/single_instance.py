"""One Supple per person: a second launch hands its arguments to the running one and leaves.

The running instance listens on a local socket whose name comes from the application id and the
user, so two people on one machine each have their own. On POSIX the socket is a file in a folder
only we may enter ($XDG_RUNTIME_DIR, or a 0700 folder of ours: app/paths.runtime_dir), never in
/tmp, where another user could take the name first, and spoken through Python's own sockets
(app.qt.unix_socket), so a start does not load QtNetwork. On Windows it is a named pipe, Qt's
QLocalSocket as before (UserAccessOption limits it to us); that path is not tested here.

A launch first tries to hand its arguments over; only when nobody takes them does it listen itself.
Before a word is sent either way, each side asks the kernel who is at the other end (SO_PEERCRED on
Linux): a process of another user is never told our arguments, never trusted as "the running
Supple", and never obeyed. A name held by something not ours (a plain file, another user's socket)
is left alone and the next of a few fixed alternative names is used, so later launches find us
there too; a socket of ours that nobody answers on was left by a crash, and is replaced.

On the wire each side sends one message: a 4-byte big-endian length, then that many bytes of UTF-8
JSON (read by app.strict_json, which bounds its nesting). The launch sends {"arguments": [...]} and
waits for {"ok": true}; without that answer the hand-over has failed, so a server that accepts
connections but no longer works (a hung or dying process) is not mistaken for a live one.
"""

from __future__ import annotations

import getpass
import importlib
import json
import logging
import os
import stat
import struct
import tempfile
from contextlib import suppress
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal

from app.paths import APP_ID, APP_NAME, runtime_dir
from app.private_dir import make_private
from app.qt.peer import ours
from app.strict_json import loads

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    from app.qt.unix_socket import UnixServer, UnixSocket

    Socket = QLocalSocket | UnixSocket
    Server = QLocalServer | UnixServer

log = logging.getLogger(__name__)

_HEADER = struct.Struct(">I")
MAX_MESSAGE = 64 * 1024  # a command line is far smaller; anything bigger is not ours
HAND_OVER_MS = 3000  # generous: the running instance may be busy drawing or starting up
PROBE_MS = 1000
CLIENT_PATIENCE_MS = 5000  # how long the server waits for a connected launch to say something
ALTERNATIVES = 4  # names tried after the usual one when it is held by something not ours


def instance_name(data_dir: Path | None = None) -> str:
    """The per-user socket name. A Supple started on other data (SUPPLE_DATA_DIR: tests, demos)
    is a separate instance with a separate name, so it never hands over to the person's own."""
    name = f"{APP_ID}-{_user()}"
    if data_dir is not None and data_dir != Path(platformdirs.user_data_dir(APP_NAME)):
        name += "-" + sha256_hex(str(data_dir).encode("utf-8"))[:12]
    return name


def sha256_hex(data: bytes) -> str:
    """SHA-256 from Python's own module where it has one (`_sha2`, `_sha256` before 3.12), as
    `random` does: hashlib would load OpenSSL's libcrypto, 3 MB resident, for this one name."""
    for name in ("_sha2", "_sha256"):
        with suppress(ImportError):
            return str(importlib.import_module(name).sha256(data).hexdigest())
    import hashlib  # noqa: PLC0415 - a Python built without them

    return hashlib.sha256(data).hexdigest()


def instance_address(data_dir: Path | None = None) -> str:
    """Where the socket is: the name in our private runtime folder (POSIX), or the bare name of a
    named pipe (Windows)."""
    name = instance_name(data_dir)
    return str(_private_folder() / name) if os.name == "posix" else name


def _private_folder() -> Path:
    folder = runtime_dir()
    try:
        return make_private(folder)
    except OSError as error:
        # safe but alone: a folder of our own that no later launch will know to look in
        log.warning("%s cannot hold the socket (%s); later launches will open their own window", folder, error)
        return Path(tempfile.mkdtemp(prefix="supple-"))


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
    message = loads(buffer[_HEADER.size:])  # JsonRefusedError, a ValueError, for anything not plain JSON
    if not isinstance(message, dict):
        raise ValueError("not a Supple message")
    return message


def _arguments(message: dict[str, Any]) -> list[str] | None:
    arguments = message.get("arguments")
    if isinstance(arguments, list) and all(isinstance(argument, str) for argument in arguments):
        return arguments
    return None


# On POSIX, app.qt.unix_socket: a start need not load QtNetwork. Windows' named pipes are Qt's.


def _new_socket(parent: QObject) -> Socket:
    if os.name == "posix":
        from app.qt.unix_socket import UnixSocket  # noqa: PLC0415

        return UnixSocket(parent)
    from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

    return QLocalSocket(parent)


def _connected_or_connecting(connection: Socket) -> bool:
    if os.name == "posix":
        from app.qt.unix_socket import State  # noqa: PLC0415

        return connection.state() != State.UNCONNECTED
    from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

    return connection.state() != QLocalSocket.LocalSocketState.UnconnectedState


def _new_server(parent: QObject) -> Server:
    if os.name == "posix":
        # bound at the name itself, failing on a file already there; the private folder keeps
        # other users out
        from app.qt.unix_socket import UnixServer  # noqa: PLC0415

        return UnixServer(parent)
    from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415

    server = QLocalServer(parent)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # the pipe's access list
    return server


def _read_all(connection: Socket) -> bytes:
    data = connection.readAll()
    return data if isinstance(data, bytes) else bytes(data.data())


def _remove_server(name: str) -> None:
    if os.name == "posix":
        from app.qt.unix_socket import UnixServer  # noqa: PLC0415

        UnixServer.removeServer(name)
        return
    from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415

    QLocalServer.removeServer(name)


class _Request(QObject):
    """One round trip from a launch: connect, check who answered, send, wait for the answer or
    the deadline. `foreign` is set when the other end runs as another user; nothing is sent then.

    Runs its own event loop, so it works before the application's loop starts, and in tests
    the listening side (in the same process) is served while it waits."""

    def __init__(self, name: str, message: dict[str, Any]) -> None:
        super().__init__()
        self._name = name
        self._payload = encode(message)
        self._reply = b""
        self._answer: dict[str, Any] | None = None
        self.foreign = False
        self._socket = _new_socket(self)
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
        if _connected_or_connecting(self._socket) and self._answer is None:
            deadline.start(timeout_ms)
            self._loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self._socket.abort()
        return None if self.foreign else self._answer

    def _send(self) -> None:
        if not ours(self._socket):
            self.foreign = True
            self._socket.abort()
            self._loop.quit()
            return
        self._socket.write(self._payload)
        self._socket.flush()

    def _read(self) -> None:
        self._reply += _read_all(self._socket)
        try:
            self._answer = decode(self._reply)
        except ValueError:
            self._loop.quit()
            return
        if self._answer is not None:
            self._loop.quit()


class _Connection(QObject):
    """The listening side of one launch: read its message, acknowledge it, pass it on. Every
    ending (answered, refused, garbage, silence, the server closing) lets it go at once: a
    connection left to its patience timer would outlive its server by seconds."""

    def __init__(self, socket: Socket, owner: SingleInstance) -> None:
        super().__init__(owner)
        self._socket = socket
        self._owner = owner
        self._buffer = b""
        socket.setParent(self)
        self._patience = QTimer(self)  # a launch that connects and says nothing is let go
        if not ours(socket):  # the folder keeps others out; this is in case it did not
            log.warning("refused a connection from another user on %s", owner.name)
            self.drop()
            return
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.deleteLater)
        self._patience.setSingleShot(True)
        self._patience.timeout.connect(self.drop)
        self._patience.start(CLIENT_PATIENCE_MS)

    def drop(self) -> None:
        """Close at once, unheard, and go."""
        self._patience.stop()
        self._socket.abort()
        self.deleteLater()

    def _read(self) -> None:
        self._buffer += _read_all(self._socket)
        try:
            message = decode(self._buffer)
        except ValueError as error:
            log.info("ignored a message on %s: %s", self._owner.name, error)
            self.drop()
            return
        if message is not None:
            self._answer(message)

    def _answer(self, message: dict[str, Any]) -> None:
        arguments = _arguments(message)
        if arguments is None and message.get("ping") is not True:
            self.drop()
            return
        self._patience.stop()
        self._socket.write(encode({"ok": True}))
        self._socket.flush()
        self._socket.disconnectFromServer()
        if arguments is not None:  # after the answer: whatever the receiver does, the launch may leave
            self._owner.argumentsReceived.emit(arguments)


class _Holder(Enum):
    """What is at one of our names."""

    NOBODY = "nobody"
    SUPPLE = "supple"  # a Supple of ours answers there
    STALE = "stale"  # a socket of ours nobody answers on: left by a crash or a hung process
    FOREIGN = "foreign"  # a file, or a socket or server of another user's: not ours to touch


def _file_holder(name: str) -> _Holder | None:
    """What the file at `name` says on its own, or None when the socket there must be asked
    (a socket of ours, or Windows, where a pipe name is no file)."""
    if os.name != "posix":
        return None
    try:
        status = Path(name).lstat()
    except FileNotFoundError:
        return _Holder.NOBODY
    except OSError:
        return _Holder.FOREIGN
    if not stat.S_ISSOCK(status.st_mode) or status.st_uid != os.getuid():
        return _Holder.FOREIGN
    return None


def _holder(name: str) -> _Holder:
    held = _file_holder(name)
    if held is not None:
        return held
    request = _Request(name, {"ping": True})
    answer = request.answer(PROBE_MS)
    if request.foreign:
        log.warning("%s is answered by another user's program; Supple will not use it", name)
        return _Holder.FOREIGN
    return _Holder.SUPPLE if answer is not None and answer.get("ok") is True else _Holder.STALE


class SingleInstance(QObject):
    """Hand arguments to the running Supple, or become the one that receives them.

    Needs a QCoreApplication (the hand-over runs a short event loop of its own)."""

    argumentsReceived = Signal(list)  # list[str]: the command-line arguments of a later launch

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = _new_server(self)
        self._server.newConnection.connect(self._accept)

    @property
    def name(self) -> str:
        """The name listened on, once listening; until then the usual name."""
        return self._server.serverName() or self._name

    def names(self) -> list[str]:
        """The usual name, then the alternatives tried in the same order by every launch."""
        if os.name != "posix":
            return [self._name]
        return [self._name, *(f"{self._name}-{number}" for number in range(2, ALTERNATIVES + 2))]

    def is_listening(self) -> bool:
        return self._server.isListening()

    def try_hand_over(self, arguments: list[str], timeout_ms: int = HAND_OVER_MS) -> bool:
        """True when a running instance of ours acknowledged `arguments`: this launch can exit."""
        for name in self.names():
            if _file_holder(name) in (_Holder.NOBODY, _Holder.FOREIGN):
                continue
            request = _Request(name, {"arguments": arguments})
            answer = request.answer(timeout_ms)
            if request.foreign:
                log.warning("%s is answered by another user's program; not handing over to it", name)
            elif answer is not None and answer.get("ok") is True:
                return True
        return False

    def listen(self) -> bool:
        """Start receiving. False if another instance answers on one of our names, or none can be
        used; a socket left behind by a crashed instance is removed and taken over, and a name held
        by something not ours is passed over for the next."""
        # Ask first, everywhere: a live instance on any of our names is the one later launches reach
        holders = {name: _holder(name) for name in self.names()}
        if _Holder.SUPPLE in holders.values():
            return False
        for name, holder in holders.items():
            if holder is _Holder.FOREIGN:
                log.warning("%s is not a Supple socket of ours (a file, or another user's); trying another name", name)
                continue
            if holder is _Holder.STALE:
                _remove_server(name)
            if self._server.listen(name):
                return True
            log.warning("cannot listen on %s: %s", name, self._server.errorString())
        return False

    def close(self) -> None:
        """Stop listening, and let go of the launches still connected."""
        self._server.close()
        for connection in self.findChildren(_Connection, options=Qt.FindChildOption.FindDirectChildrenOnly):
            connection.drop()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection is not None:
                _Connection(connection, self)
