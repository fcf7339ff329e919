"""Several busy sources read as one: the first reason any of them gives."""

from __future__ import annotations

from collections.abc import Sequence

from app.i18n import QT_TRANSLATE_NOOP
from app.schedule.sources import BusySource

# the busy states, as Abilities lists what a platform sees and is blind to
FULL_SCREEN = QT_TRANSLATE_NOOP("Abilities", "full screen")
DO_NOT_DISTURB = QT_TRANSLATE_NOOP("Abilities", "do not disturb")
LOCKED = QT_TRANSLATE_NOOP("Abilities", "screen locked")
KEPT_AWAKE = QT_TRANSLATE_NOOP("Abilities", "an app keeping the screen awake")
EVERY_STATE = (FULL_SCREEN, DO_NOT_DISTURB, LOCKED, KEPT_AWAKE)


class FirstReason:
    def __init__(self, sources: Sequence[BusySource]) -> None:
        self._sources = tuple(sources)
        self.name = ", ".join(source.name for source in self._sources) or "nothing"

    def busy_reason(self) -> str | None:
        for source in self._sources:
            reason = source.busy_reason()
            if reason is not None:
                return reason
        return None
