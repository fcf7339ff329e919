"""A routine being edited: plain values the editor's commands change, and the checks it needs
before a value is taken (a hold within the stretch's bounds) or a copy is made (a free id)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from app import i18n
from app.catalogue.model import Routine, Step, Stretch
from app.i18n import Words

Drafts = Words("Drafts")

SUGGESTED_HOLD = (20, 30)  # the guide's advice for a static hold, within the stretch's own bounds
MAX_REPETITIONS = 5  # as the schema allows


@dataclass
class RoutineDraft:
    id: str
    name: str = ""
    description: str = ""
    area: str = "back"
    place: str = "floor"
    warm_up: str | None = None
    steps: list[Step] = field(default_factory=list)

    @classmethod
    def of(cls, routine: Routine) -> RoutineDraft:
        return cls(routine.id, routine.name, routine.description, routine.area, routine.place,
                   routine.warm_up, list(routine.steps))

    def routine(self) -> Routine:
        return Routine(self.id, self.name, self.area, self.place, self.description, self.warm_up,
                       tuple(self.steps), source="")


def hold_refusal(stretch: Stretch, seconds: int) -> str | None:
    """Why `seconds` cannot be this stretch's hold, or None when it can."""
    if stretch.hold is None:
        return i18n.fill(Drafts.tr("%1 is not a timed hold."), stretch.name)
    if not stretch.hold.min <= seconds <= stretch.hold.max:
        return i18n.fill(Drafts.tr("%1 is held for %2 to %3 seconds, not %4.", "a stretch's name, then seconds"),
                         stretch.name, str(stretch.hold.min), str(stretch.hold.max), str(seconds))
    return None


def suggested_hold(stretch: Stretch) -> int | None:
    """The stretch's own default, nudged into the guide's 20-30 s where its bounds allow."""
    if stretch.hold is None:
        return None
    low, high = SUGGESTED_HOLD
    return stretch.hold.clamp(max(low, min(high, stretch.hold.default)))


def new_step(stretch: Stretch) -> Step:
    return Step(stretch.id, hold_seconds=suggested_hold(stretch))


def with_hold(step: Step, seconds: int | None) -> Step:
    return replace(step, hold_seconds=seconds)


# letters that do not come apart into a base letter and an accent
_SPELLED_OUT = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "þ": "th"})


def ascii_words(name: str) -> list[str]:
    """The name's words in plain ASCII: 'Hüfte öffnen' -> ['hufte', 'offnen'], 'Große Pause' ->
    ['grosse', 'pause'] (an id must be ASCII; dropping the accented letters would give 'h-fte')."""
    spelled = unicodedata.normalize("NFKD", name.lower().translate(_SPELLED_OUT))
    bare = "".join(c for c in spelled if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", bare)


def free_id(name: str, taken: Iterable[str]) -> str:
    """An id from the name ("My back" -> "my-back"), numbered when that one is taken."""
    words = ascii_words(name) or ["my", "routine"]
    stem = "-".join(words)[:50].strip("-")
    used = set(taken)
    candidate, number = stem, 2
    while candidate in used:
        candidate, number = f"{stem}-{number}", number + 1
    return candidate


def copy_name(name: str) -> str:
    """'Desk break (my copy)', in the person's language: the name a copy starts with."""
    return i18n.fill(Drafts.tr("%1 (my copy)", "the name of a copy of a routine or stretch"), name)


def copy_id(item_id: str, taken: Iterable[str]) -> str:
    """'desk-break-my-copy': a copy's id, made from the original's id rather than the copy's name,
    so it stays plain ASCII whatever language the name is in."""
    return free_id(f"{item_id} my copy", taken)


def copy_of(routine: Routine, taken: Iterable[str]) -> RoutineDraft:
    """A draft of `routine` under a new id and name: a built-in routine is never changed."""
    draft = RoutineDraft.of(routine)
    draft.name = copy_name(routine.name)
    draft.id = copy_id(routine.id, taken)
    return draft
