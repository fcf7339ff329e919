"""Engine fixtures: the built-in catalogue, a fake clock and an event recorder."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from app.catalogue import Catalogue
from app.session import Clock, CueEvent, Event, FakeClock, PhaseStarted, Session, Timing, build_plan
from tests.helpers import builtin_catalogue


@dataclass
class Recorder:
    events: list[Event] = field(default_factory=list)

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def cues(self) -> list[str]:
        return [event.cue.value for event in self.events if isinstance(event, CueEvent)]

    def phases(self) -> list[str]:
        return [event.phase.kind.value for event in self.events if isinstance(event, PhaseStarted)]

    def of(self, kind: type) -> list[Event]:
        return [event for event in self.events if isinstance(event, kind)]


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return builtin_catalogue()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


TIMING = Timing(prepare_seconds=8, switch_seconds=5, transition_seconds=6, release_seconds=10)


def make_session(
    catalogue: Catalogue,
    clock: Clock,
    routine: str = "lower-back-relief",
    timing: Timing = TIMING,
    sleep_gap: float = 5.0,
) -> tuple[Session, Recorder]:
    session = Session(build_plan(catalogue.routine(routine), catalogue, timing), clock, sleep_gap)
    recorder = Recorder()
    session.subscribe(recorder)
    return session, recorder


def run_for(session: Session, clock: FakeClock, seconds: float, poll_every: float = 1 / 30) -> None:
    """Advance the fake clock in poll-sized steps, polling like the Qt adapter does."""
    steps = int(seconds / poll_every)
    for _ in range(steps):
        clock.advance(poll_every)
        session.poll()
    clock.advance(seconds - steps * poll_every)
    session.poll()
