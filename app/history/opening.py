"""Opening a history file: look at it from outside first, and only then open it for writing, set
it up and switch it to WAL; and why a file cannot be used, in words for the person. No Qt here.

The order matters. A file that is not Supple's, comes from a newer Supple, is damaged or cannot
be written to is refused by the first look (app.history.identity), which changes nothing; so the
DisabledHistory's "the file was left as it is" is true. Only a file Supple owns is migrated, and
only after the migration has committed is it switched to WAL, which rewrites its header.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.history.causes import DAMAGED, DISK_FULL, LOCKED, READ_ONLY, cause
from app.history.identity import RefusedFileError, check_folder_writable, check_from_outside
from app.history.rows import IN_PROGRESS, INTERRUPTED
from app.history.schema import SCHEMA_VERSION, NewerSchemaError, migrate, schema_version
from app.history.words import HistoryWords
from app.i18n import QT_TRANSLATE_NOOP, fill

# What opening may raise for a file that cannot be used: the store turns it into a DisabledHistory.
OPEN_ERRORS = (sqlite3.Error, NewerSchemaError, RefusedFileError, OSError)

_BESIDE = ("-journal", "-wal", "-shm")  # the files SQLite may make next to a database


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """The checked, set-up connection to the history at `path` (created if missing); raises one of
    OPEN_ERRORS, leaving no connection open. `timeout`: how long to wait for another program's lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists()
    if existed:
        check_from_outside(path)
    else:
        check_folder_writable(path.parent)
    connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        _prepare(connection)
    except OPEN_ERRORS:
        connection.close()
        if not existed:
            _remove_unfinished(path)
        raise
    return connection


# The cause (app.history.causes) as it is said after the file's path.
_SAID = {
    DISK_FULL: QT_TRANSLATE_NOOP("HistoryWords", "cannot be written: the disk is full (%1)"),
    READ_ONLY: QT_TRANSLATE_NOOP("HistoryWords", "is read-only, so no session can be kept in it (%1)"),
    LOCKED: QT_TRANSLATE_NOOP("HistoryWords", "is in use by another program (it is locked) (%1)"),
    DAMAGED: QT_TRANSLATE_NOOP("HistoryWords", "is damaged (%1)"),
}


def reason(error: BaseException) -> str:
    """Why the file could not be used, said after its path ("History is off: PATH ...")."""
    if isinstance(error, RefusedFileError):
        return str(error)
    if isinstance(error, NewerSchemaError):
        newer = HistoryWords.tr("was made by a newer Supple (%1)", "the versions, as the system says them")
        return fill(newer, str(error))
    if isinstance(error, OSError):
        otherwise = QT_TRANSLATE_NOOP("HistoryWords", "cannot be opened (%1)")
    else:
        otherwise = QT_TRANSLATE_NOOP("HistoryWords", "cannot be used (%1)")
    text = (error.strerror if isinstance(error, OSError) else None) or str(error)
    return fill(HistoryWords.tr(_SAID.get(cause(error) or "", otherwise)), text)


def _prepare(connection: sqlite3.Connection) -> None:
    """Check, migrate, then set up: WAL last, once the file is known to be Supple's and current."""
    if schema_version(connection) > SCHEMA_VERSION:  # looked at again: it may have changed since
        raise NewerSchemaError(f"schema version {schema_version(connection)}; this one reads up to {SCHEMA_VERSION}")
    check = connection.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise sqlite3.DatabaseError(f"integrity check: {check}")
    migrate(connection)
    connection.execute("PRAGMA journal_mode = WAL")
    # NORMAL is enough in WAL mode: a committed session survives a crash of the app; only a power
    # cut can lose the last few commits, and even that never damages the file.
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    _close_interrupted(connection)


def _remove_unfinished(path: Path) -> None:
    """A history this open created and could not finish (no room, say): nobody else's, and empty."""
    for name in ("", *_BESIDE):
        path.with_name(path.name + name).unlink(missing_ok=True)


def _close_interrupted(connection: sqlite3.Connection) -> None:
    """A session still 'in-progress' at open was cut short by a crash or a kill (or by another
    Supple's; its later writes still finish it): what it kept stays, marked as interrupted."""
    # Look first, so an open that has nothing to mend never takes the write lock.
    if connection.execute("SELECT 1 FROM sessions WHERE outcome = ? LIMIT 1", (IN_PROGRESS,)).fetchone():
        connection.execute("UPDATE sessions SET outcome = ? WHERE outcome = ?", (INTERRUPTED, IN_PROGRESS))
