"""What the break companion asks of the platform: how long the person has been idle, and whether
this is a bad moment for a reminder. Qt-free protocols; the platform's answers (X11, GNOME, KDE,
Windows, macOS) live in app/qt/companion/, each behind one of these, with fakes for tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class IdleSource(Protocol):
    name: str  # "X11 screen saver extension", "GNOME idle monitor", ... for Settings and logs

    def idle_seconds(self) -> float | None:
        """Seconds since the person last touched keyboard or mouse, or None when this source
        cannot tell right now (then reminders count plain time)."""
        ...


class BusySource(Protocol):
    name: str

    def busy_reason(self) -> str | None:
        """Why a reminder should wait ("a window is full screen", "do not disturb is on", "the
        screen is locked", "an app is keeping the screen awake"), or None when now is fine."""
        ...


@dataclass(frozen=True)
class Abilities:
    """What this platform lets Supple see, for Settings to say plainly."""

    idle: str | None  # the idle source that answers, or None: reminders follow plain time
    sees: tuple[str, ...] = ()  # busy states it can see ("full screen", "do not disturb", ...)
    blind_to: tuple[str, ...] = ()  # busy states it cannot see here
