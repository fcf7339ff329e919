"""Drives the break companion (app.schedule) from a QTimer and tells the prompt and the tray.

While it waits it looks once every 30 s (shortened only by a demo's --speed), and not at all while
a routine runs: the session's own timer is then the only one. The timer only asks the companion to
look; the companion computes everything from the clock, so a late tick changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.qt.adapters.session_controller import SessionController
from app.schedule.companion import Companion
from app.schedule.policy import Policy
from app.schedule.scheduler import Prompt
from app.session import SessionResult, State

LOOK_SECONDS = 30.0  # the most often it looks while waiting (issue #15: no timer more often than 30 s)
SHORTEST_LOOK_MS = 100  # a demo at --speed 1000 still leaves the event loop breathing


def look_interval_ms(speed: float) -> int:
    return max(SHORTEST_LOOK_MS, round(LOOK_SECONDS * 1000 / speed))


class CompanionController(QObject):
    reminderDue = Signal(object)  # Prompt: show it
    reminderMissed = Signal()  # the prompt faded unanswered: hide it
    outcome = Signal(object)  # Outcome, for the history
    changed = Signal()  # the time to the next reminder or the pause changed: the tray re-reads

    def __init__(self, companion: Companion, controller: SessionController, speed: float = 1.0,
                 enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self._session_running = False
        self._enabled = enabled
        self._timer = QTimer(self)
        self._timer.setInterval(look_interval_ms(speed))
        self._timer.timeout.connect(self.look)
        controller.sessionStarted.connect(self._session_started)
        controller.finished.connect(self._session_ended)
        self._follow()

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def looking(self) -> bool:
        return self._timer.isActive()

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._follow()

    def set_policy(self, policy: Policy) -> None:
        self.companion.policy = policy
        self.changed.emit()

    def _follow(self) -> None:
        if self._enabled and not self._session_running:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        self.changed.emit()

    def look(self) -> None:
        seen = self.companion.look()
        self._tell_outcomes()
        if seen.missed:
            self.reminderMissed.emit()
        if seen.shown is not None:
            self.reminderDue.emit(seen.shown)
        self.changed.emit()

    def _tell_outcomes(self) -> None:
        while self.companion.outcomes:
            self.outcome.emit(self.companion.outcomes.pop(0))

    def _session_started(self, _event: object) -> None:
        if self.companion.prompt is not None:
            self.companion.take()  # started from the prompt, or from the window while it showed
            self._tell_outcomes()
            self.reminderMissed.emit()  # the prompt goes: nothing to answer any more
        self._session_running = True
        self._follow()

    def _session_ended(self, result: SessionResult) -> None:
        self._session_running = False
        self.companion.routine_ended(result.state is State.COMPLETE)
        self._follow()

    # -- the person's answers, from the prompt and the tray --------------------------------------

    def snooze(self, minutes: float) -> None:
        self.companion.snooze(minutes)
        self._answered()

    def skip(self) -> None:
        self.companion.skip()
        self._answered()

    def pause_for_hour(self) -> None:
        self.companion.pause_for_hour()
        self._answered()

    def pause_until_tomorrow(self) -> None:
        self.companion.pause_until_tomorrow()
        self._answered()

    def resume(self) -> None:
        self.companion.resume()
        self._answered()

    def _answered(self) -> None:
        self._tell_outcomes()
        self.changed.emit()

    @property
    def prompt(self) -> Prompt | None:
        return self.companion.prompt

