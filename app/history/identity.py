"""Whose SQLite file is this, and may Supple write to it: read from outside, changing nothing.
No Qt here.

SQLite itself writes when it opens a file for writing (WAL mode rewrites the header and leaves
-wal and -shm files beside it), and even a read-only connection to a WAL file leaves those two
behind. So the first look goes through an immutable read-only connection, which touches nothing,
and decides whether the file is Supple's before any other connection is made to it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from app.history.schema import APPLICATION_ID, SCHEMA_VERSION, SUPPLE_TABLES, NewerSchemaError
from app.history.words import HistoryWords
from app.i18n import fill

SQLITE_HEADER = b"SQLite format 3\x00"


class RefusedFileError(Exception):
    """The file must not be opened for writing; the message is said after its path."""


def check_from_outside(path: Path) -> None:
    """Raise RefusedFileError or NewerSchemaError unless `path` (which exists) is a Supple history
    this Supple may write to, or an empty file. sqlite3.Error for a file SQLite cannot read."""
    if not _header(path):
        return  # an empty file: SQLite makes a new database in it
    application_id, version, tables = _identity(path)
    if not _is_supples(application_id, version, tables):
        raise RefusedFileError(HistoryWords.tr("is another program's database, not a Supple history"))
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(f"schema version {version}; this one reads up to {SCHEMA_VERSION}")
    _check_writable(path)


def check_folder_writable(folder: Path) -> None:
    """SQLite keeps its journal beside the file, so the folder must take new files too."""
    if not os.access(folder, os.W_OK | os.X_OK):
        said = HistoryWords.tr("is in a read-only folder (%1), so no session can be kept in it")
        raise RefusedFileError(fill(said, str(folder)))


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):  # a mode of 0444, a read-only disk, or chattr +i
        raise RefusedFileError(HistoryWords.tr("is read-only, so no session can be kept in it"))
    check_folder_writable(path.parent)


def _header(path: Path) -> bytes:
    # opened without blocking and checked through its descriptor: a named pipe put where the
    # history belongs would otherwise hold up the start until something wrote to it
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise RefusedFileError(HistoryWords.tr("is not an ordinary file (a folder, a named pipe or a device)"))
        header = os.read(descriptor, len(SQLITE_HEADER))
    finally:
        os.close(descriptor)
    if header and header != SQLITE_HEADER:
        raise RefusedFileError(
            HistoryWords.tr("is damaged, or is not a database at all (its first bytes are not SQLite's)"))
    return header


def _identity(path: Path) -> tuple[int, int, set[str]]:
    """The file's application id, user version and table names, read without changing a byte."""
    uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    try:
        application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    return application_id, version, tables


def _is_supples(application_id: int, version: int, tables: set[str]) -> bool:
    if application_id != 0:
        return application_id == APPLICATION_ID
    # no mark: a Supple from before the mark (its tables at a version it wrote), or a new, empty file
    if version == 0:
        return not tables
    return tables >= SUPPLE_TABLES
