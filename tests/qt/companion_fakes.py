"""A desk that is always being worked at: the reminders' sources for tests of the whole app."""

from __future__ import annotations

from app.schedule.sources import Abilities


class Idle:
    name = "fake idle"

    def idle_seconds(self) -> float | None:
        return 0.0


class NotBusy:
    name = "fake busy"

    def busy_reason(self) -> str | None:
        return None


def working_sources() -> tuple[Idle, NotBusy, Abilities]:
    """Someone at the keyboard, nothing in full screen, and the abilities to say so."""
    return (Idle(), NotBusy(), Abilities("fake idle"))
