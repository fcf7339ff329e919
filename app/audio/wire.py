"""The messages between Supple and its sound and speech workers: one JSON object per line. Qt-free.

A line that is not a JSON object, or that holds NaN or Infinity (Python's json would accept them),
is dropped and counted: a confused or dying worker must never take the window down with it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

Message = dict[str, Any]
MAX_LINE = 1 << 20  # a voice list is about 60 kB; anything far larger is noise, not a message
# A frozen bundle has no `python -m`: its program becomes a worker when this comes first in its
# arguments (app/qt/bundle_main.py), e.g. `supple --audio-worker sound --sounds DIR`.
WORKER_OPTION = "--audio-worker"


def _refuse(constant: str) -> Any:
    raise ValueError(f"{constant} is not a number a message may carry")


def encode(message: Mapping[str, Any]) -> bytes:
    return json.dumps(message, separators=(",", ":"), allow_nan=False).encode() + b"\n"


def decode(line: bytes) -> Message | None:
    try:
        value = json.loads(line, parse_constant=_refuse)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


class LineReader:
    """Collects bytes as they come and hands back the whole messages among them."""

    def __init__(self) -> None:
        self._pending = b""
        self.rejected = 0

    def feed(self, data: bytes) -> list[Message]:
        lines = (self._pending + data).split(b"\n")
        self._pending = lines.pop()
        if len(self._pending) > MAX_LINE:
            self._pending = b""
            self.rejected += 1
        messages = []
        for line in lines:
            if not line.strip():
                continue
            message = decode(line)
            if message is None:
                self.rejected += 1
            else:
                messages.append(message)
        return messages
