"""How a setting is declared: its type, range and group ride on its field of the Settings dataclass. Qt-free.

Each field of Settings is written once, as `name: type = whole(default, low, high, group)` (or
`real`, `flag`, `text`, `choice`, `places`). The helpers return a dataclass field whose metadata
holds a Rule, so the default, the check of a value read from a file, the range a widget offers
and the group the setting belongs to all come from that one line.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

_RULE = "supple.rule"  # the key of a field's Rule in its dataclass metadata


class Group(enum.Enum):
    TIMING = "timing"
    SOUND = "sound"
    VOICE = "voice"
    CUES = "cues"
    WINDOW = "window"
    MINI_TIMER = "mini timer"
    REMINDERS = "reminders"
    INTERNAL = "internal"  # remembered by the app for itself, never shown as a choice


class Consumer(enum.Enum):
    """A value built from some settings elsewhere, filled from these declarations field by field."""

    TIMING = "Timing"  # app.session's Timing, through app.context.timing_from
    CUE_OPTIONS = "CueOptions"  # app.audio.policy's CueOptions


@dataclass(frozen=True)
class Feed:
    into: Consumer
    field: str | None = None  # None: the consumer's field has the setting's own name


def timing(field_name: str | None = None) -> Feed:
    return Feed(Consumer.TIMING, field_name)


def cue_option(field_name: str) -> Feed:
    return Feed(Consumer.CUE_OPTIONS, field_name)


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON true is no number


def _is_real(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)  # a file may well say 1 for 1.0


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _is_dict(value: object) -> bool:
    return isinstance(value, dict)


_OF_KIND: dict[type, Callable[[object], bool]] = {
    bool: _is_bool, int: _is_int, float: _is_real, str: _is_str, dict: _is_dict,
}


@dataclass(frozen=True)
class Rule:
    """What a setting may hold and where it belongs."""

    kind: type  # bool, int, float, str or dict
    group: Group
    low: float | None = None  # numbers: the inclusive range
    high: float | None = None
    choices: tuple[str, ...] = ()  # a choice: every value allowed, in the order to offer them
    shape: Callable[[Any], bool] | None = None  # structured values: a check of their content
    feeds: Feed | None = None

    def accepts(self, value: object) -> bool:
        """Whether `value` (read from a file) is usable as this setting."""
        return (
            _OF_KIND[self.kind](value)
            and self._in_range(value)
            and (not self.choices or value in self.choices)
            and (self.shape is None or self.shape(value))
        )

    # Any: reached only once the value is of the rule's kind, a number wherever a range is declared
    def _in_range(self, value: Any) -> bool:
        return self.low is None or self.high is None or self.low <= value <= self.high

    def span(self) -> tuple[float, float]:
        """The declared range, for a widget that shows the value as it is stored."""
        if self.low is None or self.high is None:
            raise ValueError(f"a {self.kind.__name__} setting without a range has no span")
        return self.low, self.high

    def steps(self, step: float = 1) -> tuple[int, int]:
        """The range counted in whole steps of `step` (a warm-up in seconds shown in minutes: 60),
        rounded inwards so that every position a widget offers is a valid value."""
        low, high = self.span()
        # rounding first keeps -1.0 / 0.1 from landing a hair off -10
        return math.ceil(round(low / step, 9)), math.floor(round(high / step, 9))


def _declared(default: object, rule: Rule) -> Any:
    # Any, so that each helper below can say what its field holds to the type checker
    return field(default=default, metadata={_RULE: rule})


def whole(default: int, low: int, high: int, group: Group, feeds: Feed | None = None) -> int:
    result: int = _declared(default, Rule(int, group, low, high, feeds=feeds))
    return result


def real(default: float, low: float, high: float, group: Group, feeds: Feed | None = None) -> float:
    result: float = _declared(default, Rule(float, group, low, high, feeds=feeds))
    return result


def flag(default: bool, group: Group, feeds: Feed | None = None) -> bool:
    result: bool = _declared(default, Rule(bool, group, feeds=feeds))
    return result


def text(default: str, group: Group) -> str:
    result: str = _declared(default, Rule(str, group))
    return result


def choice(default: str, choices: tuple[str, ...], group: Group) -> str:
    result: str = _declared(default, Rule(str, group, choices=choices))
    return result


def _is_days(value: str) -> bool:
    return len(set(value)) == len(value) and all(day in "0123456" for day in value)


def days(default: str, group: Group) -> str:
    """Days of the week as the digits of their numbers, Monday 0 ("01234" is Monday to Friday)."""
    result: str = _declared(default, Rule(str, group, shape=_is_days))
    return result


def places(group: Group, shape: Callable[[Any], bool]) -> dict[str, list[int]]:
    """A mapping that starts empty (a fresh one each time); `shape` checks what a file holds in it."""
    result: dict[str, list[int]] = field(default_factory=dict, metadata={_RULE: Rule(dict, group, shape=shape)})
    return result


def rules_of(cls: type) -> Mapping[str, Rule]:
    """Every declared field of the dataclass `cls` by name, in declaration order; undeclared fields
    (such as the keys kept for newer versions) are left out."""
    return {item.name: item.metadata[_RULE] for item in dataclasses.fields(cls) if _RULE in item.metadata}
