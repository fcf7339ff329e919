"""The session engine: plays a Plan against an injected monotonic clock.

Every phase has a deadline; what remains is computed from the clock, never counted down. Phases are
chained deadline to deadline, so polling late never stretches a session: an uninterrupted run
takes exactly the planned time. Pausing stores what remains. A clock jump far beyond the poll
interval means the computer slept: the session pauses itself where it was last seen.

Listeners receive events (see events.py); the Qt layer is one such listener and polls from a timer.
Each hold is announced (HoldEnded) the moment it closes, so the history can keep it before the
session ends; the result's holds are exactly those announcements, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from app.session.clock import Clock
from app.session.events import (
    AwaitingChoice,
    CueEvent,
    Event,
    Finished,
    HoldEnded,
    HoldOutcome,
    HoldRecord,
    PainReport,
    PainReported,
    Paused,
    PauseReason,
    PhaseStarted,
    Resumed,
    SessionResult,
    SessionStarted,
    State,
)
from app.session.phases import Cue, PhaseKind, PlannedPhase, TimedCue
from app.session.plan import Plan

Listener = Callable[[Event], None]

WORK_PHASES = frozenset({PhaseKind.HOLD, PhaseKind.FLOW, PhaseKind.WARM_UP})
RELEASE_INDEX = -1
_EPSILON = 1e-9  # float slack when comparing a cue's offset with elapsed time


@dataclass(frozen=True)
class SessionView:
    """A snapshot for displays, computed at one instant."""

    state: State
    phase: PlannedPhase | None
    remaining: float  # seconds left in the phase (0 when none)
    routine_remaining: float
    breath: tuple[Cue, float, float] | None  # (INHALE/EXHALE, seconds left, breath length)

    @property
    def progress(self) -> float:
        """How much of the phase has passed, 0..1."""
        if self.phase is None or self.phase.seconds <= 0:
            return 0.0
        return min(1.0, max(0.0, 1.0 - self.remaining / self.phase.seconds))


class Session:
    def __init__(self, plan: Plan, clock: Clock, sleep_gap: float = 5.0) -> None:
        self.plan = plan
        self._clock = clock
        self._sleep_gap = sleep_gap
        self._listeners: list[Listener] = []
        self.state = State.READY
        self._index = 0
        self._phase: PlannedPhase = plan.phases[0]
        self._interrupted = 0  # the phase a pain report interrupted
        self._deadline = 0.0
        self._remaining = 0.0
        self._next_cue = 0
        self._last_poll = 0.0
        self._started_at = 0.0
        self._paused_since = 0.0
        self._paused_total = 0.0
        self._holds: list[HoldRecord] = []
        self._pain: list[PainReport] = []
        self._skipped_steps: set[int] = set()
        self.result: SessionResult | None = None

    # -- listeners ---------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every event; returns a function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- reading -----------------------------------------------------------------------------

    @property
    def phase(self) -> PlannedPhase:
        return self._phase

    @property
    def step(self) -> int:
        return self._phase.step

    def remaining(self, now: float | None = None) -> float:
        if self.state is State.RUNNING:
            return max(0.0, self._deadline - (self._clock() if now is None else now))
        if self.state is State.PAUSED or self.state is State.READY:
            return self._remaining if self.state is State.PAUSED else self._phase.seconds
        return 0.0

    def view(self) -> SessionView:
        now = self._clock()
        remaining = self.remaining(now)
        phase = None if self.state.finished else self._phase
        after = self._index if self._index != RELEASE_INDEX else self._interrupted - 1
        routine_remaining = 0.0 if phase is None else remaining + self.plan.seconds_after(after)
        breath = None
        if phase is not None and phase.breath is not None:
            breath = phase.breath.at(phase.seconds - remaining)
        return SessionView(self.state, phase, remaining, routine_remaining, breath)

    # -- time --------------------------------------------------------------------------------

    def poll(self) -> None:
        """Bring the session up to the clock: finish due phases, emit due cues."""
        now = self._clock()
        if self.state is State.RUNNING:
            if now - self._last_poll > self._sleep_gap:
                self._pause(self._last_poll, PauseReason.SLEEP)
            else:
                self._advance(now)
        self._last_poll = now

    def _advance(self, now: float) -> None:
        while self.state is State.RUNNING:
            self._emit_due_cues(min(now, self._deadline))
            if self._deadline > now:
                return
            self._phase_ran_out(self._deadline)

    def _emit_due_cues(self, now: float) -> None:
        cues = self._phase.cues
        start = self._deadline - self._phase.seconds
        while self._next_cue < len(cues) and start + cues[self._next_cue].offset <= now + _EPSILON:
            timed: TimedCue = cues[self._next_cue]
            self._next_cue += 1
            self._emit(CueEvent(timed.cue, self._phase, start + timed.offset))

    def _phase_ran_out(self, at: float) -> None:
        if self._index == RELEASE_INDEX:
            self.state = State.AWAITING_CHOICE
            self._emit(AwaitingChoice(self._phase, at))
            return
        self._record(HoldOutcome.COMPLETED, self._phase.seconds, at)
        self._go_to(self._index + 1, at)

    # -- moving between phases ---------------------------------------------------------------

    def _go_to(self, index: int, at: float) -> None:
        if index >= len(self.plan.phases):
            self._finish(State.COMPLETE, at)
        else:
            self._enter(index, self.plan.phases[index], at)

    def _enter(self, index: int, phase: PlannedPhase, at: float) -> None:
        self._index, self._phase, self._next_cue = index, phase, 0
        if self.state is State.PAUSED:
            self._remaining = phase.seconds  # navigating while paused stays paused
        else:
            self.state = State.RUNNING
            self._deadline = at + phase.seconds
        self._emit(PhaseStarted(phase, index, at))
        if self.state is State.RUNNING:
            self._emit_due_cues(at)

    def _record(self, outcome: HoldOutcome, held: float, at: float) -> None:
        """Close the hold (or flow, or warm-up) in progress and announce it at once."""
        phase = self._phase
        if phase.kind not in WORK_PHASES or self._index == RELEASE_INDEX:
            return
        record = HoldRecord(phase.step, phase.stretch_id, phase.side, phase.repetition, phase.seconds, held, outcome)
        self._holds.append(record)
        self._emit(HoldEnded(record, at, self._active_time(at)))

    def _leave(self, outcome: HoldOutcome, now: float) -> None:
        if self.state in (State.RUNNING, State.PAUSED):
            self._record(outcome, self._phase.seconds - self.remaining(now), now)

    def _end_pause(self, now: float) -> None:
        if self.state is State.PAUSED:
            self._paused_total += now - self._paused_since

    def _pause(self, at: float, reason: PauseReason) -> None:
        self._remaining = max(0.0, self._deadline - at)
        self._paused_since = at
        self.state = State.PAUSED
        self._emit(Paused(reason, at))

    def _finish(self, state: State, at: float) -> None:
        self.state = state
        if state is State.COMPLETE:
            self._emit(CueEvent(Cue.ROUTINE_COMPLETE, self._phase, at))
        self.result = self._result(state, at)
        self._emit(Finished(self.result))

    def _result(self, state: State, at: float) -> SessionResult:
        completed = {(h.step, h.side, h.repetition) for h in self._holds if h.outcome is HoldOutcome.COMPLETED}
        done, skipped = [], []
        reached = len(self.plan.steps) if state is State.COMPLETE else self._phase.step
        for number, step in enumerate(self.plan.steps):
            work = [p for p in self.plan.phases[step.first_phase : step.end_phase] if p.kind in WORK_PHASES]
            if all((p.step, p.side, p.repetition) in completed for p in work):
                done.append(number)
            elif number < reached or number in self._skipped_steps:
                skipped.append(number)
        return SessionResult(
            self.plan.routine.id, state, self._started_at, at, self._paused_total,
            tuple(self._holds), tuple(self._pain), tuple(done), tuple(skipped),
        )

    # -- commands ----------------------------------------------------------------------------

    def start(self) -> None:
        if self.state is not State.READY:
            return
        now = self._clock()
        self._started_at = self._last_poll = now
        self._emit(SessionStarted(self.plan, now))
        self._go_to(0, now)

    def pause(self) -> None:
        self.poll()
        if self.state is State.RUNNING:
            self._pause(self._clock(), PauseReason.PERSON)

    def resume(self) -> None:
        self.poll()
        now = self._clock()
        if self.state is State.AWAITING_CHOICE:
            self.go_on()
        elif self.state is State.PAUSED:
            self._end_pause(now)
            self.state = State.RUNNING
            self._deadline = now + self._remaining
            self._last_poll = now
            self._emit(Resumed(now))
            self._advance(now)

    def toggle_pause(self) -> None:
        """Space: start, pause or resume, whichever fits."""
        if self.state is State.READY:
            self.start()
        elif self.state is State.RUNNING:
            self.pause()
        else:
            self.resume()

    def skip(self) -> None:
        """To the next phase; after a pain report, past the whole stretch."""
        self.poll()
        now = self._clock()
        if self.state is State.AWAITING_CHOICE:
            self._skip_stretch(now)
        elif self.state in (State.RUNNING, State.PAUSED):
            if self._index == RELEASE_INDEX:
                self._deadline = now
                self._remaining = 0.0
                self._end_pause(now)
                self.state = State.AWAITING_CHOICE
                self._emit(AwaitingChoice(self._phase, now))
                return
            self._leave(HoldOutcome.SKIPPED, now)
            self._go_to(self._index + 1, now)

    def _skip_stretch(self, now: float) -> None:
        step = self._phase.step
        self._skipped_steps.add(step)
        self.state = State.RUNNING
        following = step + 1
        if following < len(self.plan.steps):
            self._go_to(self.plan.steps[following].first_phase, now)
        else:
            self._finish(State.COMPLETE, now)

    def back(self) -> None:
        """To the start of the previous step (the first step restarts)."""
        self._jump_to_step(max(0, self._phase.step - 1))

    def restart_step(self) -> None:
        self._jump_to_step(self._phase.step)

    def _jump_to_step(self, step: int) -> None:
        self.poll()
        if not self.state.active:
            return
        now = self._clock()
        self._leave(HoldOutcome.LEFT, now)
        if self.state is State.AWAITING_CHOICE:
            self.state = State.RUNNING
        self._go_to(self.plan.steps[step].first_phase, now)

    def pain(self) -> None:
        """Sharp pain: end the phase at once and ease out slowly; then skip or go on."""
        self.poll()
        if self.state not in (State.RUNNING, State.PAUSED) or self._index == RELEASE_INDEX:
            return
        now = self._clock()
        phase = self._phase
        self._leave(HoldOutcome.PAIN, now)
        report = PainReport(phase.step, phase.stretch_id, phase.side, phase.kind.value, self._active_time(now))
        self._pain.append(report)
        self._emit(PainReported(report, now))
        self._end_pause(now)
        self.state = State.RUNNING
        self._interrupted = self._index
        release = replace(
            phase,
            kind=PhaseKind.RELEASE,
            seconds=self.plan.timing.scaled(self.plan.timing.release_seconds),
            cues=(TimedCue(0.0, Cue.RELEASE),),
            breath=None,
        )
        self._enter(RELEASE_INDEX, release, now)

    def go_on(self) -> None:
        """After a pain report: carry on with the interrupted stretch from getting into position."""
        self.poll()
        if self.state is not State.AWAITING_CHOICE:
            return
        index = self._interrupted
        previous = self.plan.phases[index - 1] if index > 0 else None
        if previous and previous.step == self.plan.phases[index].step and previous.kind in (
            PhaseKind.PREPARE, PhaseKind.SWITCH_SIDES,
        ):
            index -= 1
        self.state = State.RUNNING
        self._go_to(index, self._clock())

    def stop(self) -> None:
        self.poll()
        if not self.state.active:
            return
        now = self._clock()
        self._leave(HoldOutcome.LEFT, now)
        self._end_pause(now)
        self._finish(State.STOPPED, now)

    def _active_time(self, now: float) -> float:
        paused = self._paused_total + (now - self._paused_since if self.state is State.PAUSED else 0.0)
        return now - self._started_at - paused
