"""What a display reads from a session: one snapshot, computed at one instant. No Qt here.

Windows, the mini timer, the tray, the figure's motion and the hold timer's face all read this,
never the engine's insides, so they agree with one another and with the clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.session.events import State
from app.session.phases import Cue, PlannedPhase
from app.session.plan import Plan


@dataclass(frozen=True)
class SessionView:
    """A snapshot for displays, computed at one instant."""

    state: State
    phase: PlannedPhase | None
    remaining: float  # seconds left in the phase (0 when none)
    routine_remaining: float
    breath: tuple[Cue, float, float] | None  # (INHALE/EXHALE, seconds left, breath length)
    done: float = 0.0  # how much of the routine is behind, 0..1; falls only when the person goes back
    at: float = 0.0  # the clock's reading it was computed at: a display that moves between polls starts there

    @property
    def progress(self) -> float:
        """How much of the phase has passed, 0..1."""
        if self.phase is None or self.phase.seconds <= 0:
            return 0.0
        return min(1.0, max(0.0, 1.0 - self.remaining / self.phase.seconds))


def session_view(
    plan: Plan, state: State, playing: PlannedPhase, remaining: float, after: int, *,
    done: float = 0.0, sooner: float = 0.0, at: float = 0.0,
) -> SessionView:
    """The view of `plan` in `state`, `remaining` seconds before `playing` ends; what is left of
    the routine is that and every planned phase after index `after`, less `sooner` seconds (the
    gentle holds to come are shorter); `done` of it is behind (all of it once complete); `at` is the
    clock's reading. A finished session shows no phase."""
    phase = None if state.finished else playing
    routine_remaining = 0.0 if phase is None else remaining + plan.seconds_after(after) - sooner
    breath = None
    if phase is not None and phase.breath is not None:
        breath = phase.breath.at(phase.seconds - remaining)
    done = 1.0 if state is State.COMPLETE else done
    return SessionView(state, phase, remaining, routine_remaining, breath, done, at)
