"""Idle sources read as one: the first that answers wins; with none, reminders follow plain time."""

from __future__ import annotations

from dataclasses import dataclass

from app.qt.companion.idle import FirstAnswer, NoIdleSource


@dataclass
class Answers:
    name: str
    seconds: float | None
    asked: int = 0

    def idle_seconds(self) -> float | None:
        self.asked += 1
        return self.seconds


def test_the_first_source_that_answers_gives_the_idle_time_and_its_name() -> None:
    mutter, screensaver = Answers("GNOME idle monitor", None), Answers("desktop screen saver service", 12.0)
    idle = FirstAnswer([mutter, screensaver])
    assert idle.name == "GNOME idle monitor"  # before anyone has answered, the preferred one
    assert idle.idle_seconds() == 12.0
    assert idle.name == "desktop screen saver service"
    mutter.seconds = 3.0
    assert idle.idle_seconds() == 3.0
    assert idle.name == "GNOME idle monitor"


def test_later_sources_are_not_asked_once_an_earlier_one_answers() -> None:
    x11, mutter = Answers("X11", 1.0), Answers("GNOME", 2.0)
    FirstAnswer([x11, mutter]).idle_seconds()
    assert mutter.asked == 0


def test_none_answering_is_no_answer() -> None:
    assert FirstAnswer([Answers("a", None), Answers("b", None)]).idle_seconds() is None
    assert NoIdleSource().idle_seconds() is None
