"""Which routine a reminder offers: the next one in turn, or a short desk routine when time is
short. Qt-free; the minutes are the routine's planned time at the person's settings, not a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app import i18n
from app.i18n import Words
from app.wording import minutes_text

Suggest = Words("Suggest")


@dataclass(frozen=True)
class Offer:
    routine_id: str
    name: str
    seconds: float  # the plan's total at the person's settings (and at speed 1: what it really takes)
    place: str  # "desk" or "floor"

    @property
    def label(self) -> str:
        return i18n.fill(Suggest.tr("%1 (%2)", "a routine's name, then its length: 'Desk break (5 min)'"),
                         self.name, minutes_text(self.seconds))


def suggest(offers: Sequence[Offer], last: str | None, short: bool) -> Offer | None:
    """The routine after `last` in the catalogue's order; when `short`, the shortest desk routine
    (or the shortest of all, if none is done at a desk). None only when there are no routines."""
    if not offers:
        return None
    if short:
        desk = [offer for offer in offers if offer.place == "desk"] or list(offers)
        return min(desk, key=lambda offer: offer.seconds)
    ids = [offer.routine_id for offer in offers]
    after = ids.index(last) + 1 if last in ids else 0
    return offers[after % len(offers)]
