"""A local (Unix domain) stream socket and server on Qt's event loop, without QtNetwork.

app.qt.single_instance needs a few calls of QLocalSocket and QLocalServer; on POSIX these are
those calls over Python's own AF_UNIX sockets, woken by QSocketNotifier, so a start does not load
QtNetwork and what it brings (about 2.6 MB resident: libQt6Network, Kerberos, the resolver) for
one short message. They speak the same wire as QLocalSocket (a test's QLocalSocket talks to
them). Windows, whose local sockets are named pipes, keeps QtNetwork's.

Nothing here blocks: connecting to a socket file is immediate or refused, and reads and writes
happen when the notifiers say the socket is ready.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import socket
import stat
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

BACKLOG = 64  # launches waiting to be accepted; a flood beyond it is refused by the kernel
CHUNK = 64 * 1024
_BUSY = (errno.EAGAIN, errno.EWOULDBLOCK, errno.EINPROGRESS)


class State(enum.Enum):
    UNCONNECTED = "unconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"


class UnixSocket(QObject):
    """One connection: QLocalSocket's connectToServer, write, flush, readAll, abort and
    disconnectFromServer, with its connected, readyRead and disconnected signals."""

    connected = Signal()
    readyRead = Signal()
    disconnected = Signal()
    errorOccurred = Signal()

    def __init__(self, parent: QObject | None = None, *, accepted: socket.socket | None = None,
                 server_name: str = "") -> None:
        super().__init__(parent)
        self._socket: socket.socket | None = None
        self._name = server_name
        self._state = State.UNCONNECTED
        self._unsent = b""
        self._read: QSocketNotifier | None = None
        self._write: QSocketNotifier | None = None
        self._received = b""
        if accepted is not None:
            self._adopt(accepted)
            self._state = State.CONNECTED

    def state(self) -> State:
        return self._state

    def fullServerName(self) -> str:
        return self._name

    def socketDescriptor(self) -> int:
        return self._socket.fileno() if self._socket is not None else -1

    def connectToServer(self, name: str) -> None:
        """Connected (and `connected` sent) before it returns, or refused: a socket file answers
        at once. Only a server whose queue is full leaves it connecting for a moment."""
        self._name = name
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.setblocking(False)
        try:
            connection.connect(name)
        except OSError as error:
            if error.errno not in _BUSY:
                connection.close()
                self.errorOccurred.emit()
                return
            self._adopt(connection)
            self._state = State.CONNECTING
            self._watch_writes(True)
            return
        self._adopt(connection)
        self._state = State.CONNECTED
        self.connected.emit()

    def write(self, data: bytes) -> None:
        self._unsent += data
        self.flush()

    def flush(self) -> None:
        if self._socket is None or self._state is not State.CONNECTED:
            return
        while self._unsent:
            try:
                sent = self._socket.send(self._unsent)
            except OSError as error:
                if error.errno in _BUSY:
                    self._watch_writes(True)
                    return
                self._lost()
                return
            self._unsent = self._unsent[sent:]
        self._watch_writes(False)

    def readAll(self) -> bytes:
        received, self._received = self._received, b""
        return received

    def abort(self) -> None:
        """Closed at once, unsent data dropped; no signal."""
        self._close()

    def disconnectFromServer(self) -> None:
        """What is unsent goes first (it is small: a message and its answer), then the close."""
        self.flush()
        was = self._state
        self._close()
        if was is State.CONNECTED:
            self.disconnected.emit()

    # -- the notifiers ------------------------------------------------------------------------

    def _adopt(self, connection: socket.socket) -> None:
        connection.setblocking(False)
        self._socket = connection
        self._read = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._read.activated.connect(self._readable)

    def _watch_writes(self, on: bool) -> None:
        if self._socket is None:
            return
        if on and self._write is None:
            self._write = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Write, self)
            self._write.activated.connect(self._writable)
        if self._write is not None:
            self._write.setEnabled(on)

    def _writable(self) -> None:
        if self._socket is None:
            return
        if self._state is State.CONNECTING:
            failed = self._socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if failed:
                self._close()
                self.errorOccurred.emit()
                return
            self._state = State.CONNECTED
            self.connected.emit()
        self.flush()

    def _readable(self) -> None:
        if self._socket is None:
            return
        got = False
        while True:
            try:
                data = self._socket.recv(CHUNK)
            except OSError as error:
                if error.errno in _BUSY:
                    break
                self._lost()
                return
            if not data:  # the other end closed
                if got:
                    self.readyRead.emit()
                self._lost()
                return
            self._received += data
            got = True
            if len(self._received) >= CHUNK:  # let the reader look before more is taken in
                break
        if got:
            self.readyRead.emit()

    def _lost(self) -> None:
        was = self._state
        self._close()
        if was is State.CONNECTED:
            self.disconnected.emit()
        else:
            self.errorOccurred.emit()

    def _close(self) -> None:
        for notifier in (self._read, self._write):
            if notifier is not None:
                notifier.setEnabled(False)
                notifier.deleteLater()
        self._read = self._write = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self._state = State.UNCONNECTED
        self._unsent = b""


class UnixServer(QObject):
    """QLocalServer's listen, hasPendingConnections, nextPendingConnection, serverName,
    isListening, errorString, close and removeServer, for a socket file."""

    newConnection = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._name = ""
        self._inode: tuple[int, int] | None = None  # the file we made, removed by close
        self._pending: list[UnixSocket] = []
        self._error = ""

    def listen(self, name: str) -> bool:
        """Bound at `name` itself: a file already there (ours or not) is an error, never replaced."""
        listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listening.bind(name)
            listening.listen(BACKLOG)
        except OSError as error:
            listening.close()
            self._error = error.strerror or str(error)
            return False
        listening.setblocking(False)
        status = Path(name).lstat()
        self._socket, self._name, self._inode = listening, name, (status.st_dev, status.st_ino)
        self._notifier = QSocketNotifier(listening.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def serverName(self) -> str:
        return self._name

    def isListening(self) -> bool:
        return self._socket is not None

    def errorString(self) -> str:
        return self._error

    def hasPendingConnections(self) -> bool:
        return bool(self._pending)

    def nextPendingConnection(self) -> UnixSocket | None:
        return self._pending.pop(0) if self._pending else None

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            self._remove_own_file()
        self._name = ""

    @staticmethod
    def removeServer(name: str) -> bool:
        """Remove a socket file left at `name` (by a crashed instance); anything else stays."""
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(Path(name).lstat().st_mode):
                Path(name).unlink()
                return True
        return False

    def _remove_own_file(self) -> None:
        """Ours only: a later instance may have taken the name since."""
        with contextlib.suppress(OSError):
            status = Path(self._name).lstat()
            if (status.st_dev, status.st_ino) == self._inode:
                Path(self._name).unlink()

    def _accept(self) -> None:
        if self._socket is None:
            return
        while True:
            try:
                connection, _address = self._socket.accept()
            except OSError:  # none left (or one that went away before it was taken)
                break
            self._pending.append(UnixSocket(self, accepted=connection, server_name=self._name))
        if self._pending:
            self.newConnection.emit()
