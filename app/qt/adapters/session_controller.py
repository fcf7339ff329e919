"""The Qt adapter for the session engine: engine events become signals, a QTimer polls.

The timer runs while a session runs and not at all otherwise (paused, waiting for a choice,
finished), so an idle Supple costs nothing. It never counts: each tick only asks the engine to catch
up with the clock. How often: the displays that follow the session say how soon they next show
something new (`pace_by`: the ring's next device pixel, the next second, a moving figure), and the
engine when its next cue is due; it sleeps until the first of these, at most 30 times a second and
at least twice. With no display to ask (tests, a bare controller) it polls 30 times a second.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.session import (
    AwaitingChoice,
    Clock,
    CueEvent,
    Event,
    Finished,
    HoldEnded,
    PainReported,
    Paused,
    PhaseStarted,
    Plan,
    Resumed,
    Session,
    SessionStarted,
    SessionView,
    State,
    monotonic_clock,
)
from app.session.commands import Command

POLL_INTERVAL_MS = 33  # the most often a display makes it poll: 30 times a second
LONGEST_POLL_MS = 500  # the least often: the tray's seconds, and well inside the engine's sleep gap

Pace = Callable[[], "float | None"]  # seconds until a display next changes; None when it shows nothing


class SessionController(QObject):
    sessionStarted = Signal(object)  # SessionStarted
    phaseStarted = Signal(object)  # PhaseStarted
    cue = Signal(object)  # CueEvent
    paused = Signal(object)  # Paused
    resumed = Signal(object)  # Resumed
    awaitingChoice = Signal(object)  # AwaitingChoice
    holdEnded = Signal(object)  # HoldEnded: the history keeps each hold as it closes
    painReported = Signal(object)  # PainReported
    finished = Signal(object)  # SessionResult
    ticked = Signal()  # after every poll while running: displays repaint
    stateChanged = Signal(object)  # State

    def __init__(self, clock: Clock = monotonic_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._session: Session | None = None
        self._unsubscribe = lambda: None
        self._paces: list[Pace] = []
        self._tick_view: SessionView | None = None  # the view every display shares during one tick
        # It repeats at the pace the last poll chose, and is set again only when a poll chooses
        # another: setting a timer afresh at each of 30 polls a second costs more than the poll.
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)

    @property
    def clock(self) -> Clock:
        """The clock the session counts by: a display that moves between polls reads this one."""
        return self._clock

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def state(self) -> State:
        return self._session.state if self._session else State.READY

    @property
    def polling(self) -> bool:
        return self._timer.isActive()

    @property
    def poll_interval_ms(self) -> int:
        """How long the controller sleeps until its next poll."""
        return self._timer.interval()

    def pace_by(self, pace: Pace) -> None:
        """Poll by the time `pace` says its display next changes, as well as by the others'."""
        self._paces.append(pace)

    def view(self) -> SessionView | None:
        """The session as it is now; during a tick, the one view the poller and every display share
        (so the ring, the page and the mini timer do not each work it out again)."""
        if self._tick_view is not None:
            return self._tick_view
        return self._session.view() if self._session else None

    def allowed(self, command: Command) -> bool:
        """Whether `command` would do anything now; with no routine loaded, none would."""
        return self._session is not None and self._session.allowed(command)

    def do(self, command: Command) -> None:
        """Carry out `command` (app.session.commands), if it is allowed now."""
        if self._session is not None:
            session = self._session
            self._apply(lambda: session.do(command))

    def load(self, plan: Plan) -> None:
        """Replace any session with a new, not yet started one for `plan`."""
        self._unsubscribe()
        self._tick_view = None  # that of the session replaced
        self._session = Session(plan, self._clock)
        self._unsubscribe = self._session.subscribe(self._relay)
        self._sync_timer()
        self.stateChanged.emit(self.state)

    def _relay(self, event: Event) -> None:
        signals = {
            SessionStarted: self.sessionStarted,
            PhaseStarted: self.phaseStarted,
            CueEvent: self.cue,
            Paused: self.paused,
            Resumed: self.resumed,
            AwaitingChoice: self.awaitingChoice,
            HoldEnded: self.holdEnded,
            PainReported: self.painReported,
        }
        if isinstance(event, Finished):
            self.finished.emit(event.result)
        else:
            signals[type(event)].emit(event)

    def _sync_timer(self) -> None:
        if not self.state.counting:
            self._timer.stop()
            return
        interval = self._interval_ms()
        if interval != self._timer.interval() or not self._timer.isActive():
            self._timer.start(interval)

    def _interval_ms(self) -> int:
        if not self._paces or self._session is None:
            return POLL_INTERVAL_MS
        soonest = [seconds for seconds in (pace() for pace in self._paces) if seconds is not None]
        shown = max(POLL_INTERVAL_MS, min(LONGEST_POLL_MS, _ms(min(soonest, default=1.0))))
        due = self._session.next_due()
        if due is None:
            return shown
        return max(1, min(shown, _ms(due - self._clock())))  # a cue is not kept waiting for a frame

    def _command(self, name: str) -> None:
        if self._session is not None:
            self._apply(getattr(self._session, name))

    def _apply(self, command: Callable[[], None]) -> None:
        assert self._session is not None
        before = self._session.state
        command()
        self._tick_view = self._session.view()
        try:
            if self._session.state is not before:
                self.stateChanged.emit(self._session.state)
            self.ticked.emit()
            self._sync_timer()  # after the displays: each has just worked out when it next changes
        finally:
            self._tick_view = None  # a command from a slot made its own, now gone: later reads see the clock

    # The commands, as slots for buttons, shortcuts, the mini window and the tray.
    def poll(self) -> None:
        self._command("poll")

    def start(self) -> None:
        self._command("start")

    def pause(self) -> None:
        self._command("pause")

    def resume(self) -> None:
        self._command("resume")

    def toggle_pause(self) -> None:
        self._command("toggle_pause")

    def skip(self) -> None:
        self._command("skip")

    def back(self) -> None:
        self._command("back")

    def restart_step(self) -> None:
        self._command("restart_step")

    def stop(self) -> None:
        self._command("stop")

    def pain(self) -> None:
        self._command("pain")

    def go_on(self) -> None:
        self._command("go_on")


def _ms(seconds: float) -> int:
    """Whole milliseconds, rounded up (so a poll for something due comes when it is due, not just
    before), and a float's last bit is not a millisecond more."""
    return math.ceil(seconds * 1000 - 1e-6)
