"""The course a session takes through its plan: which phase plays at each place, and how much of
the routine is behind the person. Qt-free.

A pain report changes both. Going on gently plays the interrupted stretch's getting into position
and its next hold (or flow) in their gentle form (pain.gentle_phase), once. And the progress is
held where the pain came: neither the release nor doing the stretch again moves it back, since
the person did not go back; only Back and Restart do.
"""

from __future__ import annotations

from itertools import accumulate

from app.session.events import State
from app.session.pain import gentle_phase, gentle_until, going_on_from
from app.session.phases import PhaseKind, PlannedPhase
from app.session.plan import Plan
from app.session.view import SessionView, session_view


class Course:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._starts = tuple(accumulate((phase.seconds for phase in plan.phases), initial=0.0))
        self._gentle: frozenset[int] = frozenset()  # planned phases to play gently
        self._held = 0.0  # the progress when pain was last reported, which it never falls below

    def phase(self, index: int) -> PlannedPhase:
        """What plays at planned `index`: that phase, or its gentle form when going on gently.
        Once the course moves outside the gentle part, the rest plays as planned."""
        planned = self.plan.phases[index]
        if index not in self._gentle:
            self._gentle = frozenset()
            return planned
        return gentle_phase(planned, self.plan)

    def go_on_gently(self, interrupted: int) -> int:
        """Do the stretch that pain interrupted at `interrupted` again, gently; returns the planned
        phase to start from."""
        start = going_on_from(self.plan, interrupted)
        self._gentle = frozenset(range(start, gentle_until(self.plan, interrupted) + 1))
        return start

    def hold(self, done: float) -> None:
        """Pain was reported with `done` of the routine behind: keep at least that."""
        self._held = max(self._held, done)

    def rewind(self) -> None:
        """The person went back: the progress may fall, and what follows plays as planned."""
        self._held, self._gentle = 0.0, frozenset()

    def done(self, index: int, playing: PlannedPhase, remaining: float) -> float:
        """How much of the routine is behind, 0..1, on the plan's own timeline, while `playing`
        (planned phase `index`, or its gentle form, or the release after pain) has `remaining`
        seconds to go. A gentle phase's share of the timeline is the planned phase's."""
        total = self._starts[-1]
        if total <= 0 or playing.kind is PhaseKind.RELEASE:
            return self._held
        passed = 1.0 - remaining / playing.seconds if playing.seconds > 0 else 1.0
        position = self._starts[index] + self.plan.phases[index].seconds * passed
        return max(self._held, min(1.0, position / total))

    def view(self, state: State, index: int, playing: PlannedPhase, remaining: float, at: float = 0.0) -> SessionView:
        """The snapshot while `playing` (at planned `index`) has `remaining` seconds to go, `at` on the clock."""
        # after pain, what is left of the routine counts the interrupted phase again: it may come again
        after = index - 1 if playing.kind is PhaseKind.RELEASE else index
        done = self.done(index, playing, remaining)
        return session_view(self.plan, state, playing, remaining, after, done=done, sooner=self._sooner(after),
                            at=at)

    def _sooner(self, after: int) -> float:
        """How much shorter than planned the gentle phases after planned `after` are."""
        later = (self.plan.phases[index] for index in self._gentle if index > after)
        return sum(phase.seconds - gentle_phase(phase, self.plan).seconds for phase in later)
