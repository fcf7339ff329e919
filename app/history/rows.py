"""The shapes the history keeps and hands back, free of any database or toolkit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# A session's outcome. One being written has its row from the start, so it can also be these:
IN_PROGRESS = "in-progress"  # still running (or the process running it is)
INTERRUPTED = "interrupted"  # Supple crashed or was killed; the holds it kept count as done


@dataclass(frozen=True)
class SessionRow:
    routine_id: str
    routine_name: str
    started_at: datetime  # aware, local
    ended_at: datetime
    outcome: str  # 'complete', 'stopped', IN_PROGRESS or INTERRUPTED
    active_seconds: float
    stretched_seconds: float

    @property
    def day(self) -> str:
        """The person's calendar day the session counts for: the day it started, locally."""
        return self.started_at.date().isoformat()


@dataclass(frozen=True)
class HoldRow:
    step: int
    stretch_id: str
    stretch_name: str
    side: str | None
    repetition: int
    warm_up: bool
    planned_seconds: float
    held_seconds: float
    outcome: str  # a HoldOutcome value


@dataclass(frozen=True)
class PainRow:
    step: int
    stretch_id: str
    stretch_name: str
    side: str | None
    phase: str
    at_seconds: float


@dataclass(frozen=True)
class SessionRows:
    session: SessionRow
    holds: tuple[HoldRow, ...]
    pains: tuple[PainRow, ...]


@dataclass(frozen=True)
class Ranked:
    """A stretch or routine and how often it was done."""

    id: str
    name: str
    count: int


@dataclass(frozen=True)
class PainEntry:
    when: datetime  # when the session it happened in started
    routine_name: str
    stretch_name: str
    side: str | None
    phase: str  # 'hold', 'prepare', ...
    routine_id: str = ""  # the ids, so a reader can show the names as the catalogue now says them
    stretch_id: str = ""
