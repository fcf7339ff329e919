"""Opening a history file: refuse one that is not SQLite before SQLite writes to it, check it,
then set it up; and why a file cannot be used, in words for the person. No Qt here.

Nothing here writes until every check has passed, so a file that is damaged, locked, or from a
newer Supple is left exactly as it was: it may hold years of someone's history.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.history.rows import IN_PROGRESS, INTERRUPTED
from app.history.schema import SCHEMA_VERSION, NewerSchemaError, migrate, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"

# What opening may raise for a file that cannot be used: the store turns it into a DisabledHistory.
OPEN_ERRORS = (sqlite3.Error, NewerSchemaError, OSError)


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """The checked, set-up connection to the history at `path` (created if missing); raises one of
    OPEN_ERRORS, leaving no connection open. `timeout`: how long to wait for another program's lock."""
    connection: sqlite3.Connection | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            _looks_like_sqlite(path)
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        _prepare(connection)
    except OPEN_ERRORS:
        if connection is not None:
            connection.close()
        raise
    return connection


def reason(error: BaseException) -> str:
    """Why the file could not be used, said after its path ("History is off: PATH ...")."""
    text = str(error)
    if isinstance(error, NewerSchemaError):
        return f"was written by a newer version of Supple ({text})"
    if isinstance(error, sqlite3.OperationalError) and "locked" in text:
        return "is in use by another program (it is locked)"
    if isinstance(error, sqlite3.DatabaseError):
        return f"is damaged or is not a Supple history ({text})"
    if isinstance(error, OSError):
        return f"cannot be opened ({error.strerror or text})"
    return f"cannot be used ({text})"


def _looks_like_sqlite(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite itself writes anything to it."""
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise sqlite3.DatabaseError("file is not a database")


def _prepare(connection: sqlite3.Connection) -> None:
    """Check, then set up. Nothing here writes until the checks have passed."""
    if schema_version(connection) > SCHEMA_VERSION:
        raise NewerSchemaError(f"schema version {schema_version(connection)}; this one reads up to {SCHEMA_VERSION}")
    check = connection.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise sqlite3.DatabaseError(f"integrity check: {check}")
    connection.execute("PRAGMA journal_mode = WAL")
    # NORMAL is enough in WAL mode: a committed session survives a crash of the app; only a power
    # cut can lose the last few commits, and even that never damages the file.
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    migrate(connection)
    _close_interrupted(connection)


def _close_interrupted(connection: sqlite3.Connection) -> None:
    """A session still 'in-progress' at open was cut short by a crash or a kill (or by another
    Supple's; its later writes still finish it): what it kept stays, marked as interrupted."""
    # Look first, so an open that has nothing to mend never takes the write lock.
    if connection.execute("SELECT 1 FROM sessions WHERE outcome = ? LIMIT 1", (IN_PROGRESS,)).fetchone():
        connection.execute("UPDATE sessions SET outcome = ? WHERE outcome = ?", (INTERRUPTED, IN_PROGRESS))

