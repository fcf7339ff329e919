"""Keeps a session in the history as it happens, from the engine's events. No Qt here.

Subscribe a SessionJournal to a Session (or feed it the Qt controller's signals): it begins the
session's row at the start, keeps each hold and pain report the moment it is announced, and closes
the row at the end, so a crash loses at most the hold in progress. Write errors are raised
(HistoryError) for the caller to report. With a disabled history it keeps no session at all.

The engine's clock is monotonic and knows no calendar, so wall times are the start's wall time
plus the session's own elapsed time: they agree with the durations the engine measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.history.interface import History
from app.session import Event, Finished, HoldEnded, PainReported, Plan, SessionResult, SessionStarted


@dataclass(frozen=True)
class _Open:
    """The session being kept: its row, its plan, and where its clock and the calendar met."""

    session_id: int
    plan: Plan
    wall_start: datetime
    clock_start: float

    def wall(self, at: float) -> datetime:
        return self.wall_start + timedelta(seconds=at - self.clock_start)


class SessionJournal:
    def __init__(self, store: History) -> None:
        self._store = store
        self._open: _Open | None = None

    @property
    def session_id(self) -> int | None:
        """The row of the session being kept, if any."""
        return self._open.session_id if self._open else None

    def __call__(self, event: Event) -> None:
        if isinstance(event, SessionStarted):
            self.started(event)
        elif isinstance(event, HoldEnded):
            self.hold_ended(event)
        elif isinstance(event, PainReported):
            self.pain_reported(event)
        elif isinstance(event, Finished):
            self.finished(event.result)

    def started(self, event: SessionStarted, late_by: float = 0.0) -> None:
        """`late_by`: seconds since the session started, when it is kept only now (the app's
        start writes nothing before its window is up), so its wall time is still when it began."""
        self.abandon()  # a session that never finished is over now that another starts
        if event.plan.timing.speed != 1.0:
            return  # a sped-up demo is not a stretch anyone did
        if not self._store.available:
            return  # nothing is kept, so nothing may be reported as kept either
        wall = self._store.now() - timedelta(seconds=late_by)
        self._open = _Open(self._store.begin(event.plan, wall), event.plan, wall, event.at)

    def hold_ended(self, event: HoldEnded) -> None:
        if self._open is not None:
            self._store.add_hold(
                self._open.session_id, event.record, self._open.plan,
                active_seconds=event.active_seconds, at=self._open.wall(event.at),
            )

    def pain_reported(self, event: PainReported) -> None:
        if self._open is not None:
            self._store.add_pain(self._open.session_id, event.report, self._open.plan)

    def finished(self, result: SessionResult) -> bool:
        """Close the session; True if one was being kept."""
        current, self._open = self._open, None  # a failed finish is not retried: the next open mends it
        if current is None:
            return False
        self._store.finish(current.session_id, result, current.plan, current.wall(result.ended_at))
        return True

    def abandon(self) -> None:
        """Stop keeping the current session without a result: it stays, marked interrupted."""
        current, self._open = self._open, None
        if current is not None:
            self._store.interrupt(current.session_id)
