"""Drives the break companion (app.schedule) from a QTimer and tells the prompt and the tray.

While it waits, one single-shot timer wakes it when the companion next needs to look
(`Companion.look_in`: when idle could reach a break, a reminder come due, a snooze or pause end;
at most every few minutes) or the tray's line next says another minute, and never sooner than
30 s after the last wake (shortened only by a demo's --speed); not at all while a routine runs,
when the session's own timer is the only one. The timer only asks; the companion computes
everything from the clock, so a late wake changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.qt.adapters.session_controller import SessionController
from app.schedule.companion import Companion
from app.schedule.policy import Policy
from app.schedule.scheduler import Prompt
from app.session import SessionResult, State

LOOK_SECONDS = 30.0  # the most often it wakes while waiting (issue #15: no timer more often than 30 s)
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
        self._line_shown = False  # something shows the line (a tray icon): wake for its minutes too
        self._shortest_ms = look_interval_ms(speed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # whole seconds are precise enough, and let the system wake once for several timers
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer if speed == 1.0 else Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._wake)
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

    def show_line(self, shown: bool) -> None:
        """Whether something shows the tray's line, which then changes minute by minute."""
        self._line_shown = shown
        self._plan()

    def set_policy(self, policy: Policy) -> None:
        self.companion.policy = policy
        self.companion.replan()
        self._plan()
        self.changed.emit()

    def _follow(self) -> None:
        if self._enabled and not self._session_running:
            if not self._timer.isActive():
                self._timer.start(self._shortest_ms)  # a first look soon
        else:
            self._timer.stop()
        self.changed.emit()

    def _wake(self) -> None:
        if self.companion.look_in() * 1000 <= min(1000, self._shortest_ms / 2):  # a coarse timer may be early
            self.look()
        else:
            self.changed.emit()  # only the tray's minutes moved on
            self._plan()

    def look(self) -> None:
        seen = self.companion.look()
        self._tell_outcomes()
        if seen.missed:
            self.reminderMissed.emit()
        if seen.shown is not None:
            self.reminderDue.emit(seen.shown)
        self._plan()
        self.changed.emit()

    def _plan(self) -> None:
        """Wake for the next look, or the tray line's next minute if that comes first."""
        if not (self._enabled and not self._session_running):
            return
        waits = [self.companion.look_in()]
        line = self.companion.line_changes_in() if self._line_shown else None
        if line is not None:
            waits.append(line)
        self._timer.start(max(self._shortest_ms, round(min(waits) * 1000)))

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
        self._plan()  # the companion planned its next look again
        self.changed.emit()

    @property
    def prompt(self) -> Prompt | None:
        return self.companion.prompt

