"""Keeps each session in the history as it happens, following the session controller's signals.

The writing itself is app.history's SessionJournal; this adds what a running app needs around it.
A failed write must never stop someone's stretch: it is logged, reported once through `problem`,
and history is off for the rest of the run (a half-kept session is closed as interrupted the next
time the history is opened).

The history may be given as the function that opens it: it is then opened (and app.history, with
SQLite, loaded) at the first write. A start `hold`s the writes until its window is up and
`release`s them then, each as it would have been written (a session begun meanwhile keeps the
wall time it began at).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.qt.adapters.session_controller import SessionController
from app.session import HoldEnded, PainReported, SessionResult, SessionStarted

if TYPE_CHECKING:
    from app.history import History, SessionJournal

log = logging.getLogger(__name__)

# one step of the journal, given how late it is written (seconds); True when it closed a session
Step = Callable[["SessionJournal", float], "bool | None"]


class HistoryRecorder(QObject):
    problem = Signal(str)  # a write failed; the message is for the person. Sent at most once.
    recorded = Signal()  # a session was kept to its end: the progress view may refresh

    def __init__(
        self,
        controller: SessionController,
        history: History | Callable[[], History],
        parent: QObject | None = None,
        *,
        elapsed: Callable[[], float] = time.monotonic,
    ) -> None:
        """`elapsed`: seconds on a steady clock, to tell how late a held write is (tests fake it)."""
        # Owned by the controller unless told otherwise, so it lives exactly as long as its source.
        super().__init__(parent if parent is not None else controller)
        self._open = history if callable(history) else None
        self._history: History | None = None if callable(history) else history
        self._journal: SessionJournal | None = None
        self._off = False  # a write failed: no more writes this run
        self._held: list[tuple[float, Step]] | None = None
        self._elapsed = elapsed
        controller.sessionStarted.connect(self._on_session_started)
        controller.holdEnded.connect(self._on_hold_ended)
        controller.painReported.connect(self._on_pain_reported)
        controller.finished.connect(self._on_finished)

    @property
    def recording(self) -> bool:
        """False when there is no history, or after a write failed."""
        return not self._off and self._store().available

    def hold(self) -> None:
        """Keep the writes back until `release` (a start, until its window is up)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        held, self._held = self._held or [], None
        for when, step in held:
            if self._write(step, late=self._elapsed() - when):
                self.recorded.emit()

    def _store(self) -> History:
        if self._history is None:
            assert self._open is not None
            self._history = self._open()
        return self._history

    def _on_session_started(self, event: SessionStarted) -> None:
        self._write(lambda journal, late: journal.started(event, late_by=late))

    def _on_hold_ended(self, event: HoldEnded) -> None:
        self._write(lambda journal, _late: journal.hold_ended(event))

    def _on_pain_reported(self, event: PainReported) -> None:
        self._write(lambda journal, _late: journal.pain_reported(event))

    def _on_finished(self, result: SessionResult) -> None:
        if self._write(lambda journal, _late: journal.finished(result)):
            self.recorded.emit()

    def keep_reminder(self, outcome: str) -> None:
        """What became of a reminder (app.schedule's Outcome value); a failure turns history off
        as a session's would."""
        def keep(_journal: SessionJournal, _late: float) -> bool:
            self._store().add_reminder(outcome)
            return True

        if self._store().available and self._write(keep):
            self.recorded.emit()

    def _write(self, step: Step, late: float = 0.0) -> bool:
        """Run one journal step (or keep it back while held). True only when it says so
        (`finished`, when it closed a session)."""
        if self._off:
            return False
        if self._held is not None:
            self._held.append((self._elapsed(), step))
            return False
        from app.history import HistoryError, SessionJournal  # noqa: PLC0415 - with the first write

        if self._journal is None:
            self._journal = SessionJournal(self._store())
        try:
            return bool(step(self._journal, late))
        except HistoryError as error:
            self._off = True
            log.warning("history turned off: %s", error)
            self.problem.emit(f"{error}\n\nSupple goes on without history until it is restarted.")
            return False
