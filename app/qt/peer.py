"""Who is at the other end of a local socket: the kernel's word, not the socket's.

A Unix socket's file can be made by anyone who may write in its folder, and whatever listens on it
can answer as it likes; only the kernel knows which user runs the other process. Linux says so
through SO_PEERCRED. Elsewhere (macOS, the BSDs, Windows) there is no such option here, and the
private folder (or the named pipe's access list) is what keeps other users out.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
from typing import Protocol

log = logging.getLogger(__name__)

_CREDENTIALS = struct.Struct("3i")  # Linux's struct ucred: pid, uid, gid


class Connection(Protocol):
    """A connected local socket: QLocalSocket, or app.qt.unix_socket's."""

    def socketDescriptor(self) -> int: ...

    def fullServerName(self) -> str: ...


def peer_uid(connection: Connection) -> int | None:
    """The user id of the process at the other end of a connected socket, from the kernel
    (SO_PEERCRED). None where there is no such option (macOS, the BSDs, Windows): there the
    private folder (or the pipe's access list) is what keeps other users out. Raises OSError
    when the kernel cannot say."""
    if not hasattr(socket, "SO_PEERCRED"):
        return None
    descriptor = int(connection.socketDescriptor())
    if descriptor < 0:
        raise OSError("the socket is not connected")
    # a duplicate, so closing Python's socket object leaves Qt's descriptor open
    with socket.socket(fileno=os.dup(descriptor)) as duplicate:
        credentials = duplicate.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _CREDENTIALS.size)
    _pid, uid, _gid = _CREDENTIALS.unpack(credentials)
    return int(uid)


def ours(connection: Connection) -> bool:
    """True when the other end runs as our user, or this platform cannot be asked (see peer_uid)."""
    try:
        uid = peer_uid(connection)
    except OSError as error:
        log.warning("cannot tell who is at the other end of %s: %s", connection.fullServerName(), error)
        return False
    return uid is None or uid == os.getuid()
