"""A folder only this person can enter, for the single-instance socket. Qt-free, POSIX only.

A socket in a shared folder such as /tmp can be squatted or answered by another local user; in a
folder of ours with no access for group or others, nobody else can create, replace or reach a
file. The checks look at the folder itself (not a symlink to it), its owner and its mode.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_MODE = 0o700


class NotPrivateError(OSError):
    """The folder cannot be made private to this user; `reason` says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason = reason


def is_private(path: Path) -> bool:
    """True when `path` is a real folder (not a symlink) of ours that nobody else may enter."""
    try:
        return _problem(path.lstat()) is None
    except OSError:
        return False


def make_private(path: Path) -> Path:
    """`path` as a private folder: made with mode 0700 if missing, tightened to 0700 if it is ours
    but open to others. Raises NotPrivateError for a folder of someone else's, a symlink or a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):  # made by an earlier start, or not ours: checked below
        path.mkdir(mode=PRIVATE_MODE)
    status = path.lstat()
    if stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid() and status.st_mode & 0o077:
        path.chmod(PRIVATE_MODE)  # ours, so ours to close (an old umask, or a person's chmod)
        status = path.lstat()
    problem = _problem(status)
    if problem is not None:
        raise NotPrivateError(path, problem)
    return path


def _problem(status: os.stat_result) -> str | None:
    if stat.S_ISLNK(status.st_mode):
        return "it is a symbolic link, not a folder"
    if not stat.S_ISDIR(status.st_mode):
        return "it is not a folder"
    if status.st_uid != os.getuid():
        return f"it belongs to user {status.st_uid}, not to us ({os.getuid()})"
    if status.st_mode & 0o077:
        return f"others may enter it (mode {stat.S_IMODE(status.st_mode):o})"
    return None
