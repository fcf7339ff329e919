"""The catalogue as immutable typed objects: stretches, routines and the safety rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from app.i18n import QT_TRANSLATE_NOOP, Words


class Kind(str, Enum):
    HOLD = "hold"  # a static hold, timed
    FLOW = "flow"  # breath-paced movement (cat-cow)
    ACTIVITY = "activity"  # a timed activity (the warm-up)


class Position(str, Enum):
    LYING_ON_BACK = "lying-on-back"
    ALL_FOURS = "all-fours"
    KNEELING = "kneeling"
    SEATED = "seated"
    STANDING = "standing"

    @property
    def on_floor(self) -> bool:
        return self in (Position.LYING_ON_BACK, Position.ALL_FOURS, Position.KNEELING)


class Side(str, Enum):
    LEFT = "left"
    RIGHT = "right"


Sides = Words("Sides")

# Whole words for each side and part the schema allows, since "left" and "leg" agree in gender and
# case in other languages ("linkes Bein", "linke Hüfte"); the last line of side_label is for a part
# a newer schema may add.
SIDE_LABELS: Mapping[tuple[str, str], str] = MappingProxyType({
    ("left", "leg"): QT_TRANSLATE_NOOP("Sides", "Left leg"),
    ("right", "leg"): QT_TRANSLATE_NOOP("Sides", "Right leg"),
    ("left", "hip"): QT_TRANSLATE_NOOP("Sides", "Left hip"),
    ("right", "hip"): QT_TRANSLATE_NOOP("Sides", "Right hip"),
    ("left", "side"): QT_TRANSLATE_NOOP("Sides", "Left side"),
    ("right", "side"): QT_TRANSLATE_NOOP("Sides", "Right side"),
})


def side_words(side: Side, part: str) -> str:
    """'Left leg' for (LEFT, 'leg'), in the person's language."""
    label = SIDE_LABELS.get((side.value, part))
    return Sides.tr(label) if label else f"{side.value.capitalize()} {part}"


@dataclass(frozen=True)
class SecondsRange:
    default: int
    min: int
    max: int

    def clamp(self, seconds: int) -> int:
        return max(self.min, min(self.max, seconds))


@dataclass(frozen=True)
class Breath:
    cycles: int
    inhale_seconds: float
    exhale_seconds: float


@dataclass(frozen=True)
class SafetyRule:
    id: str
    text: str


@dataclass(frozen=True)
class Stretch:
    id: str
    name: str
    other_names: tuple[str, ...]
    areas: tuple[str, ...]
    muscles: tuple[str, ...]
    position: Position
    kind: Kind
    one_sided: bool
    side_part: str  # what a side names: "leg" in "Left leg"
    hold: SecondsRange | None
    flow: Breath | None
    activity: SecondsRange | None
    setup: tuple[str, ...]
    feel: str
    cues: tuple[str, ...]
    cautions: tuple[str, ...]
    breathing: str
    why: str
    keyframes: tuple[str, ...]
    source: str  # the file it came from

    def side_label(self, side: Side | None) -> str:
        """'Left leg', or '' for a stretch done on both sides at once; in the person's language."""
        if side is None or not self.one_sided:
            return ""
        return side_words(side, self.side_part)


@dataclass(frozen=True)
class Step:
    stretch_id: str
    hold_seconds: int | None = None
    repetitions: int = 1
    sides: tuple[Side, ...] | None = None  # None: both sides of a one-sided stretch, left first


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    area: str  # back, glutes or back-and-glutes
    place: str  # floor or desk
    description: str
    warm_up: str | None
    steps: tuple[Step, ...]
    source: str


@dataclass(frozen=True)
class Catalogue:
    safety: tuple[SafetyRule, ...]
    stretches: Mapping[str, Stretch]
    routines: tuple[Routine, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "stretches", MappingProxyType(dict(self.stretches)))

    def stretch(self, stretch_id: str) -> Stretch:
        return self.stretches[stretch_id]

    def routine(self, routine_id: str) -> Routine:
        for routine in self.routines:
            if routine.id == routine_id:
                return routine
        raise KeyError(routine_id)

    def routine_stretches(self, routine: Routine) -> tuple[Stretch, ...]:
        return tuple(self.stretches[step.stretch_id] for step in routine.steps)
