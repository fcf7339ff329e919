"""What the app asks of its history, and the stand-in used when there is none. No Qt here.

`HistoryStore.open` always gives a `History`: the working store, or a `DisabledHistory` when the
file cannot be used. Callers never ask which one they have: a disabled history reads as empty and
its writes do nothing, and `problem` says why it is off, for the places that must tell the person.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.history.rows import HoldRow, PainEntry, PainRow, Ranked, SessionRow
from app.history.words import HistoryWords
from app.i18n import fill
from app.session import HoldRecord, PainReport, Plan, SessionResult


def local_now() -> datetime:
    return datetime.now().astimezone()


class History(ABC):
    """The history of sessions. A working one raises HistoryError when a read or write fails."""

    path: Path

    @property
    def problem(self) -> str | None:
        """None while history works; otherwise why it is off, in words for the person."""
        return None

    @property
    def available(self) -> bool:
        """Whether sessions are kept at all (a disabled history keeps nothing)."""
        return self.problem is None

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def now(self) -> datetime:
        """The wall time sessions are stamped with (tests inject it)."""

    # -- writing a session as it happens (see HistoryStore) ---------------------------------

    @abstractmethod
    def begin(self, plan: Plan, started_at: datetime | None = None) -> int: ...

    @abstractmethod
    def add_hold(
        self, session_id: int, hold: HoldRecord, plan: Plan, *, active_seconds: float, at: datetime | None = None
    ) -> None: ...

    @abstractmethod
    def add_pain(self, session_id: int, pain: PainReport, plan: Plan) -> None: ...

    @abstractmethod
    def finish(
        self, session_id: int, result: SessionResult, plan: Plan, ended_at: datetime | None = None
    ) -> None: ...

    @abstractmethod
    def interrupt(self, session_id: int) -> None: ...

    @abstractmethod
    def clear(self) -> None: ...

    @abstractmethod
    def add_reminder(self, outcome: str, at: datetime | None = None) -> None:
        """Keep what became of a reminder: 'shown', 'taken', 'snoozed', 'skipped' or 'missed'."""

    @abstractmethod
    def reminders_per_day(self) -> dict[date, dict[str, int]]:
        """Each day's reminders counted by what became of them."""

    # -- reading, for the progress view and export -------------------------------------------

    @abstractmethod
    def seconds_per_day(self) -> dict[date, float]: ...

    @abstractmethod
    def session_count(self) -> int: ...

    @abstractmethod
    def top_stretches(self, limit: int) -> list[Ranked]: ...

    @abstractmethod
    def top_routines(self, limit: int) -> list[Ranked]: ...

    @abstractmethod
    def pain_count(self) -> int: ...

    @abstractmethod
    def recent_pains(self, limit: int) -> list[PainEntry]: ...

    @abstractmethod
    def sessions(self) -> list[tuple[int, SessionRow]]: ...

    @abstractmethod
    def holds(self) -> list[tuple[int, HoldRow]]: ...

    @abstractmethod
    def pains(self) -> list[tuple[int, PainRow]]: ...



NO_SESSION = 0  # SQLite numbers rows from 1, so this id names no session


@dataclass(frozen=True)
class DisabledHistory(History):
    """History is off this run: `path` could not be used, for `reason`. Nothing is read from it or
    written to it, so a file that may hold years of someone's sessions is left exactly as it is.
    `existed`: whether there is a file at all (one that could not be made is not there to leave)."""

    path: Path
    reason: str
    existed: bool = True

    @property
    def problem(self) -> str:
        if self.existed:
            sentence = HistoryWords.tr("History is off: %1 %2. The file was left as it is; sessions are not "
                                       "recorded until this is sorted out.", "%1: the file, %2: why ('is damaged')")
        else:
            sentence = HistoryWords.tr("History is off: %1 %2. Sessions are not recorded until this is sorted out.",
                                       "%1: the file, %2: why ('could not be made')")
        return fill(sentence, str(self.path), self.reason)

    def close(self) -> None:
        pass

    def now(self) -> datetime:
        return local_now()

    def begin(self, plan: Plan, started_at: datetime | None = None) -> int:
        return NO_SESSION

    def add_hold(
        self, session_id: int, hold: HoldRecord, plan: Plan, *, active_seconds: float, at: datetime | None = None
    ) -> None:
        pass

    def add_pain(self, session_id: int, pain: PainReport, plan: Plan) -> None:
        pass

    def finish(self, session_id: int, result: SessionResult, plan: Plan, ended_at: datetime | None = None) -> None:
        pass

    def interrupt(self, session_id: int) -> None:
        pass

    def clear(self) -> None:
        pass

    def add_reminder(self, outcome: str, at: datetime | None = None) -> None:
        pass

    def reminders_per_day(self) -> dict[date, dict[str, int]]:
        return {}

    def seconds_per_day(self) -> dict[date, float]:
        return {}

    def session_count(self) -> int:
        return 0

    def top_stretches(self, limit: int) -> list[Ranked]:
        return []

    def top_routines(self, limit: int) -> list[Ranked]:
        return []

    def pain_count(self) -> int:
        return 0

    def recent_pains(self, limit: int) -> list[PainEntry]:
        return []

    def sessions(self) -> list[tuple[int, SessionRow]]:
        return []

    def holds(self) -> list[tuple[int, HoldRow]]:
        return []

    def pains(self) -> list[tuple[int, PainRow]]:
        return []
