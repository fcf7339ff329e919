"""Keeps each session in the history as it happens, following the session controller's signals.

The writing itself is app.history's SessionJournal; this adds what a running app needs around it.
A failed write must never stop someone's stretch: it is logged, reported once through `problem`,
and history is off for the rest of the run (a half-kept session is closed as interrupted the next
time the history is opened).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.history import History, HistoryError, SessionJournal
from app.qt.adapters.session_controller import SessionController
from app.session import HoldEnded, PainReported, SessionResult, SessionStarted

log = logging.getLogger(__name__)


class HistoryRecorder(QObject):
    problem = Signal(str)  # a write failed; the message is for the person. Sent at most once.
    recorded = Signal()  # a session was kept to its end: the progress view may refresh

    def __init__(
        self,
        controller: SessionController,
        history: History,
        parent: QObject | None = None,
    ) -> None:
        # Owned by the controller unless told otherwise, so it lives exactly as long as its source.
        super().__init__(parent if parent is not None else controller)
        self._history = history
        self._journal: SessionJournal | None = SessionJournal(history)  # None once a write failed
        controller.sessionStarted.connect(self._on_session_started)
        controller.holdEnded.connect(self._on_hold_ended)
        controller.painReported.connect(self._on_pain_reported)
        controller.finished.connect(self._on_finished)

    @property
    def recording(self) -> bool:
        """False when there is no history, or after a write failed."""
        return self._history.available and self._journal is not None

    def _on_session_started(self, event: SessionStarted) -> None:
        self._write(lambda journal: journal.started(event))

    def _on_hold_ended(self, event: HoldEnded) -> None:
        self._write(lambda journal: journal.hold_ended(event))

    def _on_pain_reported(self, event: PainReported) -> None:
        self._write(lambda journal: journal.pain_reported(event))

    def _on_finished(self, result: SessionResult) -> None:
        if self._write(lambda journal: journal.finished(result)):
            self.recorded.emit()

    def keep_reminder(self, outcome: str) -> None:
        """What became of a reminder (app.schedule's Outcome value); a failure turns history off
        as a session's would."""
        def keep(_journal: SessionJournal) -> bool:
            self._history.add_reminder(outcome)
            return True

        if self._history.available and self._write(keep):
            self.recorded.emit()

    def _write(self, action: Callable[[SessionJournal], bool | None]) -> bool:
        """Run one journal step. True only when it says so (`finished`, when it closed a session)."""
        if self._journal is None:
            return False
        try:
            return bool(action(self._journal))
        except HistoryError as error:
            self._journal = None
            log.warning("history turned off: %s", error)
            self.problem.emit(f"{error}\n\nSupple goes on without history until it is restarted.")
            return False
