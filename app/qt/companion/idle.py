"""Idle sources read as one: the first, in order of preference, that has an answer now; and the
source for where nothing answers, under which reminders follow plain time."""

from __future__ import annotations

from collections.abc import Sequence

from app.schedule.sources import IdleSource


class NoIdleSource:
    name = "none"

    def idle_seconds(self) -> float | None:
        return None


class FirstAnswer:
    def __init__(self, sources: Sequence[IdleSource]) -> None:
        self._sources = tuple(sources)
        self.name = self._sources[0].name if self._sources else NoIdleSource.name

    def idle_seconds(self) -> float | None:
        for source in self._sources:
            seconds = source.idle_seconds()
            if seconds is not None:
                self.name = source.name  # the one that answers, for the log and Settings
                return seconds
        return None
