"""What the settings file held when it was read, and the copies kept of it. Qt-free.

A save must change only what the person changed: values this Supple could not use, keys it does
not know and a newer Supple's version number go back as they were. A file that had problems is
copied aside before it is first rewritten, and a path that is no regular file (a FIFO, a folder)
or could not be read is never written over at all.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.atomicio import write_bytes_atomically


class SettingsNotSavedError(OSError):
    """This run must not write the settings file; `str()` says why, for the person."""


@dataclass(frozen=True)
class OnDisk:
    """The settings file as it was read, for the next save."""

    held: Mapping[str, Any] = field(default_factory=dict)  # the whole object, as read
    unread: frozenset[str] = frozenset()  # keys whose values were unusable: written back as they were
    refused: str | None = None  # why the file must not be written over at all

    def after_save(self, written: Mapping[str, Any], still_unread: frozenset[str]) -> OnDisk:
        return replace(self, held=dict(written), unread=still_unread)


def refused(reason: str) -> OnDisk:
    return OnDisk(refused=reason)


def _free_name(path: Path, kind: str) -> Path:
    """`settings.json.KIND-20250314-183000`, with -2, -3 ... if one of that second exists already."""
    stem = f"{path.name}.{kind}-{time.strftime('%Y%m%d-%H%M%S')}"
    candidate, number = path.with_name(stem), 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{stem}-{number}")
    return candidate


def move_aside(path: Path) -> Path:
    """Rename an unreadable file out of the way; raises OSError."""
    target = _free_name(path, "broken")
    path.replace(target)
    return target


def copy_aside(path: Path, data: bytes) -> Path:
    """A copy of `data` (the file's bytes) beside `path`, before it is rewritten; raises OSError.
    An identical copy made by an earlier run is used again, so a file is not copied at every start."""
    for earlier in sorted(path.parent.glob(f"{path.name}.backup-*")):
        if earlier.is_file() and earlier.stat().st_size == len(data) and earlier.read_bytes() == data:
            return earlier
    target = _free_name(path, "backup")
    write_bytes_atomically(target, data)
    return target
