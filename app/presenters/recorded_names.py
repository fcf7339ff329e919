"""What the history recorded, named as the catalogue names it now.

The history keeps the names a session's stretches and routine had on the day (in that day's
language), so a person who switches to German would read last month in English. For an id the
catalogue still knows, the name and side are the catalogue's, in the person's language now; for
one it no longer knows (a routine since deleted), the recorded name stays.
"""

from __future__ import annotations

from collections.abc import Callable

from app.catalogue.model import SIDE_LABELS, Catalogue, Side, Sides


class RecordedNames:
    def __init__(self, catalogue: Callable[[], Catalogue]) -> None:
        """`catalogue`: the catalogue as it is at each reading (it is reloaded when edited)."""
        self._catalogue = catalogue

    def stretch(self, stretch_id: str, recorded: str) -> str:
        stretch = self._catalogue().stretches.get(stretch_id)
        return stretch.name if stretch is not None else recorded

    def routine(self, routine_id: str, recorded: str) -> str:
        try:
            return self._catalogue().routine(routine_id).name
        except KeyError:
            return recorded

    def side(self, stretch_id: str, side: str | None) -> str:
        """'Left leg' as the stretch says its sides, 'Left side' for a stretch no longer known, ''
        for none (or a value the history should not hold)."""
        if side not in ("left", "right"):
            return ""
        stretch = self._catalogue().stretches.get(stretch_id)
        if stretch is not None and stretch.one_sided:
            return stretch.side_label(Side(side))
        return Sides.tr(SIDE_LABELS[(side, "side")])


def as_recorded() -> RecordedNames:
    """Names exactly as recorded: for a view with no catalogue to hand (and its tests)."""
    empty = Catalogue(safety=(), stretches={}, routines=())
    return RecordedNames(lambda: empty)
