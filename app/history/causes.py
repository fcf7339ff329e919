"""What went wrong with the history file, in a few plain words, from SQLite's or the system's error.
No Qt here.

SQLite's own messages ("attempt to write a readonly database", "database or disk is full") are
kept in brackets after these words, for whoever has to look into it.
"""

from __future__ import annotations

import errno
import sqlite3

from app.i18n import QT_TRANSLATE_NOOP, Words, fill

HistoryCauses = Words("HistoryCauses")

# The English sources, said in the person's language by `cause`.
DISK_FULL = QT_TRANSLATE_NOOP("HistoryCauses", "the disk is full")
READ_ONLY = QT_TRANSLATE_NOOP("HistoryCauses", "it is read-only")
LOCKED = QT_TRANSLATE_NOOP("HistoryCauses", "it is in use by another program (it is locked)")
DAMAGED = QT_TRANSLATE_NOOP("HistoryCauses", "it is damaged")
DENIED = QT_TRANSLATE_NOOP("HistoryCauses", "permission is denied")

_BY_SQLITE_CODE = {
    "SQLITE_FULL": DISK_FULL,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_BUSY": LOCKED,
    "SQLITE_LOCKED": LOCKED,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": DAMAGED,
}

_BY_ERRNO = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: DENIED,
    errno.EPERM: DENIED,
}


def cause(error: BaseException) -> str | None:
    """The cause in words for the person, or None when there are no better words than the error's."""
    words = _source_words(error)
    return HistoryCauses.tr(words) if words else None


def _source_words(error: BaseException) -> str | None:
    if isinstance(error, sqlite3.Error):
        # extended codes (SQLITE_READONLY_DIRECTORY, SQLITE_CORRUPT_INDEX, ...) share their base's words
        code = (getattr(error, "sqlite_errorname", None) or "").split("_", 2)
        return _BY_SQLITE_CODE.get("_".join(code[:2]))
    if isinstance(error, OSError) and error.errno is not None:
        return _BY_ERRNO.get(error.errno)
    return None


def described(error: BaseException) -> str:
    """The cause, with the error's own text after it: "the disk is full (database or disk is full)"."""
    words = cause(error)
    text = (error.strerror if isinstance(error, OSError) else None) or str(error)
    if words is None:
        return text
    if text.lower() in words:
        return words
    return fill(HistoryCauses.tr("%1 (%2)", "the cause, then the system's own words for it"), words, text)
