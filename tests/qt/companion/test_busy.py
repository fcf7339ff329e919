"""Busy sources read as one: the first reason given."""

from __future__ import annotations

from dataclasses import dataclass

from app.qt.companion.busy import FirstReason


@dataclass
class Says:
    name: str
    reason: str | None

    def busy_reason(self) -> str | None:
        return self.reason


def test_the_first_reason_given_is_the_reason() -> None:
    busy = FirstReason([Says("x11", None), Says("lock", "the screen is locked"), Says("dnd", "do not disturb is on")])
    assert busy.busy_reason() == "the screen is locked"
    assert busy.name == "x11, lock, dnd"


def test_no_reason_from_anyone_or_no_sources_is_not_busy() -> None:
    assert FirstReason([Says("x11", None)]).busy_reason() is None
    assert FirstReason([]).busy_reason() is None
