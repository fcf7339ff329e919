"""The session engine: plays a Plan against an injected monotonic clock.

Which command is allowed when is app.session.commands' table; this module carries them out.
Every phase has a deadline (countdown.py), so what remains is computed from the clock, never
counted down, and phases are chained deadline to deadline: polling late never stretches a session,
and an uninterrupted run takes exactly the planned time. A clock jump far beyond the poll interval
means the computer slept: the session pauses itself where it was last seen.

Listeners receive events (events.py); the Qt layer is one such listener and polls from a timer.
Each hold is announced (HoldEnded) the moment it closes, so the history can keep it before the
session ends; the result (result.py) holds exactly those announcements, in order. course.py says
which phase plays where (gently, after pain) and makes the SessionView (view.py) displays read.
"""

from __future__ import annotations

from collections.abc import Callable

from app.session.clock import Clock
from app.session.commands import Command, Situation, allowed, toggle
from app.session.countdown import ActiveTime, Countdown
from app.session.course import Course
from app.session.events import (
    AwaitingChoice,
    CueEvent,
    Finished,
    HoldEnded,
    HoldOutcome,
    Listener,
    Listeners,
    PainReported,
    Paused,
    PauseReason,
    PhaseStarted,
    Resumed,
    SessionResult,
    SessionStarted,
    State,
)
from app.session.pain import past_stretch, release_phase
from app.session.phases import Cue, PlannedPhase
from app.session.plan import Plan
from app.session.result import Tally
from app.session.view import SessionView


class Session:
    def __init__(self, plan: Plan, clock: Clock, sleep_gap: float = 5.0) -> None:
        self.plan = plan
        self._clock = clock
        self._sleep_gap = sleep_gap
        self._listeners = Listeners()
        self.state = State.READY
        self._paused_from: State | None = None  # where a resume goes back to
        self._index = 0  # the planned phase in progress, or the one a pain report interrupted
        self._phase: PlannedPhase = plan.phases[0]  # what plays: that phase, or the release after pain
        self._countdown = Countdown()
        self._countdown.hold(self._phase.seconds)
        self._active = ActiveTime()
        self._next_cue = 0
        self._last_poll = 0.0
        self._tally = Tally(plan)  # what the result will report
        self._course = Course(plan)
        self.result: SessionResult | None = None

    # -- listeners ---------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every event; returns a function that unsubscribes it."""
        return self._listeners.subscribe(listener)

    # -- reading -----------------------------------------------------------------------------

    @property
    def phase(self) -> PlannedPhase:
        return self._phase

    @property
    def step(self) -> int:
        return self._phase.step

    @property
    def situation(self) -> Situation:
        return Situation(self.state, self._paused_from)

    def allowed(self, command: Command) -> bool:
        """Whether `command` would do anything now (app.session.commands has the table)."""
        return allowed(command, self.situation)

    def remaining(self, now: float | None = None) -> float:
        if self.state.finished:
            return 0.0
        return self._countdown.remaining(self._clock() if now is None else now)

    def view(self) -> SessionView:
        now = self._clock()
        return self._course.view(self.state, self._index, self._phase, self.remaining(now), now)

    # -- time --------------------------------------------------------------------------------

    def next_due(self) -> float | None:
        """When, on the clock, the next cue or the end of the phase is due while the session counts
        (None otherwise): a display that polls may sleep until then, or until its own next change."""
        if not self.state.counting:
            return None
        due = self._countdown.deadline
        cues = self._phase.cues
        if self._next_cue < len(cues):
            due = min(due, self._countdown.started_at(self._phase.seconds) + cues[self._next_cue].offset)
        return due

    def poll(self) -> None:
        """Bring the session up to the clock: finish due phases, emit due cues."""
        now = self._clock()
        if self.state.counting:
            if now - self._last_poll > self._sleep_gap:
                self._pause(self._last_poll, PauseReason.SLEEP)
            else:
                self._advance(now)
        self._last_poll = now

    def _advance(self, now: float) -> None:
        while self.state.counting:
            deadline = self._countdown.deadline
            self._emit_due_cues(min(now, deadline))
            if deadline > now:
                return
            self._phase_ran_out(deadline)

    def _emit_due_cues(self, now: float) -> None:
        cues = self._phase.cues
        start = self._countdown.started_at(self._phase.seconds)
        while self._next_cue < len(cues) and cues[self._next_cue].due(start, now):
            timed = cues[self._next_cue]
            self._next_cue += 1
            self._listeners.emit(CueEvent(timed.cue, self._phase, start + timed.offset))

    def _phase_ran_out(self, at: float) -> None:
        if self.state is State.EASING_OUT:
            self._await_choice(at)
            return
        self._record(HoldOutcome.COMPLETED, self._phase.seconds, at)
        self._go_to(self._index + 1, at)

    # -- moving between phases ---------------------------------------------------------------

    def _become(self, state: State, paused_from: State | None = None) -> None:
        """The one place the state changes."""
        self.state, self._paused_from = state, paused_from

    def _go_to(self, index: int, at: float) -> None:
        if index >= len(self.plan.phases):
            self._finish(State.COMPLETE, at)
        else:
            self._enter(index, self._course.phase(index), at, State.RUNNING)

    def _enter(self, index: int, phase: PlannedPhase, at: float, state: State) -> None:
        """Begin `phase` in `state`; navigating while paused stays paused, ready to resume in it."""
        self._index, self._phase, self._next_cue = index, phase, 0
        if self.state is State.PAUSED:
            self._countdown.hold(phase.seconds)
            self._become(State.PAUSED, paused_from=state)
        else:
            self._countdown.run(phase.seconds, at)
            self._become(state)
        self._listeners.emit(PhaseStarted(phase, index, at))
        if self.state.counting:
            self._emit_due_cues(at)

    def _record(self, outcome: HoldOutcome, held: float, at: float) -> None:
        """Close the hold (or flow, or warm-up) in progress and announce it at once."""
        record = self._tally.close(self._phase, held, outcome)
        if record is not None:
            self._listeners.emit(HoldEnded(record, at, self._active.at(at)))

    def _leave(self, outcome: HoldOutcome, now: float) -> None:
        if self.state is not State.AWAITING_CHOICE:
            self._record(outcome, self._phase.seconds - self.remaining(now), now)

    def _unpause(self, now: float) -> None:
        if self.state is State.PAUSED:
            self._active.resume(now)
            self._become(self._paused_from or State.RUNNING)

    def _pause(self, at: float, reason: PauseReason) -> None:
        self._countdown.pause(at)
        self._active.pause(at)
        self._become(State.PAUSED, paused_from=self.state)
        self._listeners.emit(Paused(reason, at))

    def _await_choice(self, at: float) -> None:
        self._countdown.end(at)
        self._become(State.AWAITING_CHOICE)
        self._listeners.emit(AwaitingChoice(self._phase, at))
        self._listeners.emit(CueEvent(Cue.CHOICE, self._phase, at))  # said, for a person on the floor

    def _finish(self, state: State, at: float) -> None:
        self._become(state)
        if state is State.COMPLETE:
            self._listeners.emit(CueEvent(Cue.ROUTINE_COMPLETE, self._phase, at))
        self.result = self._tally.result(state, self._active, at, self._phase.step)
        self._listeners.emit(Finished(self.result))

    # -- commands ----------------------------------------------------------------------------

    def do(self, command: Command) -> None:
        """Carry out `command` if the table allows it now; otherwise nothing happens."""
        handlers: dict[Command, Callable[[], None]] = {
            Command.START: self.start, Command.PAUSE: self.pause, Command.RESUME: self.resume,
            Command.SKIP: self.skip, Command.BACK: self.back, Command.RESTART: self.restart_step,
            Command.PAIN: self.pain, Command.GO_ON: self.go_on, Command.STOP: self.stop,
        }
        handlers[command]()

    def _permits(self, command: Command) -> bool:
        self.poll()  # a command acts on the session as it is now, not as it was at the last tick
        return self.allowed(command)

    def start(self) -> None:
        if not self._permits(Command.START):
            return
        now = self._clock()
        self._active.start(now)
        self._last_poll = now
        self._listeners.emit(SessionStarted(self.plan, now))
        self._go_to(0, now)

    def pause(self) -> None:
        if self._permits(Command.PAUSE):
            self._pause(self._clock(), PauseReason.PERSON)

    def resume(self) -> None:
        if not self._permits(Command.RESUME):
            return
        now = self._clock()
        self._unpause(now)
        self._countdown.resume(now)
        self._last_poll = now
        self._listeners.emit(Resumed(now))
        self._advance(now)

    def toggle_pause(self) -> None:
        """Space: start, pause, resume or go on, whichever fits (commands.TOGGLE)."""
        command = toggle(self.state)
        if command is not None:
            self.do(command)

    def skip(self) -> None:
        """To the next phase; while easing out, to the choice; after a pain report, past the stretch."""
        if not self._permits(Command.SKIP):
            return
        now = self._clock()
        if self.state is State.AWAITING_CHOICE:
            self._skip_stretch(now)
        elif State.EASING_OUT in (self.state, self._paused_from):  # the release, paused or not
            self._unpause(now)
            self._await_choice(now)
        else:
            self._leave(HoldOutcome.SKIPPED, now)
            self._go_to(self._index + 1, now)

    def _skip_stretch(self, now: float) -> None:
        self._tally.skipped_steps.add(self._phase.step)
        self._become(State.RUNNING)
        self._go_to(past_stretch(self.plan, self._phase.step), now)  # the plan's end completes it

    def back(self) -> None:
        """To the start of the previous step (the first step restarts)."""
        if self._permits(Command.BACK):
            self._jump_to_step(max(0, self._phase.step - 1))

    def restart_step(self) -> None:
        if self._permits(Command.RESTART):
            self._jump_to_step(self._phase.step)

    def _jump_to_step(self, step: int) -> None:
        now = self._clock()
        self._leave(HoldOutcome.LEFT, now)
        self._course.rewind()
        if self.state in (State.AWAITING_CHOICE, State.EASING_OUT):
            self._become(State.RUNNING)
        self._go_to(self.plan.steps[step].first_phase, now)

    def pain(self) -> None:
        """Sharp pain: end the phase at once and ease out slowly; then skip or go on."""
        if not self._permits(Command.PAIN):
            return
        now = self._clock()
        phase = self._phase
        self._course.hold(self._course.done(self._index, phase, self.remaining(now)))
        self._leave(HoldOutcome.PAIN, now)
        self._listeners.emit(PainReported(self._tally.report_pain(phase, self._active.at(now)), now))
        self._unpause(now)  # easing out is never left paused: the person needs the guidance now
        self._enter(self._index, release_phase(phase, self.plan), now, State.EASING_OUT)

    def go_on(self) -> None:
        """After a pain report: the interrupted stretch again, gently, from getting into position."""
        if not self._permits(Command.GO_ON):
            return
        self._become(State.RUNNING)
        self._go_to(self._course.go_on_gently(self._index), self._clock())

    def stop(self) -> None:
        if not self._permits(Command.STOP):
            return
        now = self._clock()
        self._leave(HoldOutcome.LEFT, now)
        self._unpause(now)
        self._finish(State.STOPPED, now)

