"""One SQLite transaction, and an error that is never hidden by the rollback after it. No Qt here.

When a write fails because the disk is full (or the file is read-only, or damaged), SQLite often
rolls the transaction back itself; a second ROLLBACK then fails with "no transaction is active",
and that error would replace the one that says what went wrong.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress


@contextmanager
def one_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT on an autocommit connection (isolation_level=None); all or nothing.
    On failure the original error is raised, after rolling back whatever SQLite has not."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        _roll_back(connection)
        raise


def _roll_back(connection: sqlite3.Connection) -> None:
    if not connection.in_transaction:
        return  # SQLite has already undone it
    # the error being raised says more than this one could; SQLite undoes what is left at the next open
    with suppress(sqlite3.Error):
        connection.execute("ROLLBACK")
