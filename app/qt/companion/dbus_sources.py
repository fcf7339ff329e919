"""Idle and busy sources that read one D-Bus answer each, kept by a CachedCall.

Each read asks afresh and returns what the last answer said, so what is returned is at most one
read old: the companion reads every few tens of seconds, which is fine for minutes of idle time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.qt.companion.dbus_query import CachedCall

MAX_AGE = 120.0  # seconds: an older answer is no answer (the service stopped replying)


class DBusIdleSource:
    def __init__(self, name: str, query: CachedCall, seconds_per_unit: float) -> None:
        self.name = name
        self._query = query
        self._seconds_per_unit = seconds_per_unit
        query.ask()  # so the first read, a moment later, already has an answer

    def idle_seconds(self) -> float | None:
        value = self._query.latest(MAX_AGE)
        self._query.ask()
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value) * self._seconds_per_unit


class DBusFlagSource:
    """Busy while the answer says so: `means_busy` turns the answer into yes or no."""

    def __init__(self, name: str, reason: str, query: CachedCall, means_busy: Callable[[Any], bool]) -> None:
        self.name = name
        self._reason = reason
        self._query = query
        self._means_busy = means_busy
        query.ask()

    def busy_reason(self) -> str | None:
        value = self._query.latest(MAX_AGE)
        self._query.ask()
        return self._reason if value is not None and self._means_busy(value) else None
