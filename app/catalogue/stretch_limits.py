"""What a stretch's fields may hold, read from the catalogue schema (and the loader's safe ranges),
so the editor's choices and checks cannot drift from what a load accepts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.catalogue.loader import SAFE_ACTIVITY_SECONDS, SAFE_HOLD_SECONDS


@dataclass(frozen=True)
class Span:
    low: float
    high: float

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class StretchLimits:
    areas: tuple[str, ...]
    positions: tuple[str, ...]
    kinds: tuple[str, ...]
    side_parts: tuple[str, ...]
    text_length: int  # characters in one text: a name, a feel, one cue
    lines: int  # lines in a list: setup, cues, cautions
    id_length: int
    hold: Span  # seconds, both the schema's range and the loader's safe range
    activity: Span
    cycles: Span
    breath: Span  # seconds of one inhale or exhale
    keyframes: int

    @classmethod
    def from_schema(cls, schema: Mapping[str, Any]) -> StretchLimits:
        defs = schema["$defs"]
        fields = defs["stretch"]["properties"]
        seconds = defs["seconds"]["properties"]["default"]
        breath = defs["breath"]["properties"]
        return cls(
            areas=tuple(fields["areas"]["items"]["enum"]),
            positions=tuple(fields["position"]["enum"]),
            kinds=tuple(fields["kind"]["enum"]),
            side_parts=tuple(fields["side_part"]["enum"]),
            text_length=defs["text"]["maxLength"],
            lines=fields["setup"]["maxItems"],
            id_length=defs["id"]["maxLength"],
            hold=_within(seconds, SAFE_HOLD_SECONDS),
            activity=_within(seconds, SAFE_ACTIVITY_SECONDS),
            cycles=Span(breath["cycles"]["minimum"], breath["cycles"]["maximum"]),
            breath=Span(breath["inhale_seconds"]["minimum"], breath["inhale_seconds"]["maximum"]),
            keyframes=fields["keyframes"]["maxItems"],
        )


def _within(number: Mapping[str, Any], safe: tuple[int, int]) -> Span:
    """The schema's range narrowed to the loader's safe one: a value either refuses is refused."""
    return Span(max(number["minimum"], safe[0]), min(number["maximum"], safe[1]))
