"""Which picture the pose panel shows at a moment of a session, and how far it has moved. Qt-free.

The session engine says what phase it is in and how much of it has passed; this module turns that
into "blend keyframe A toward keyframe B by t" for the figure. Because it is a pure function of the
engine's view, the animation cannot drift from the timer: a paused session shows a still picture,
and a skip jumps the picture with everything else.

The keyframes of a stretch are listed in the catalogue in the order they are reached: the starting
position first (what step 1 of its setup describes), the held position last, and any step between
them in turn; getting into position passes through each, easing out goes back through them. For a
flow (cat-cow) the first is the inhale pose and the last the exhale pose; for the warm-up the
keyframes are the two halves of a march.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.catalogue import Kind, Side, Stretch
from app.figure import share_eased_to
from app.session import Cue, PhaseKind, SessionView, State

MOVE_SHARE = 0.7  # of a prepare or release phase spent moving; the rest is still, for reading
MARCH_STEP_SECONDS = 0.8  # one knee up and down in the warm-up, a relaxed walking pace
BREATH_FIRST_STEP = 1e-3  # of a breath's move, on its first frame: too small to see, enough to head somewhere


def wants_still(setting: str, system_reduces: bool) -> bool:
    """The figure is drawn still when the person says so, or leaves it to a system that says so
    (qt.companion.motion_preference asks the desktop)."""
    return setting == "still" or (setting == "system" and system_reduces)


@dataclass(frozen=True)
class PoseMoment:
    """Blend `start` toward `end` by `t` (0..1), drawn for `side` (None: the stretch has no sides)."""

    start: str
    end: str
    t: float
    side: Side | None

    @property
    def still(self) -> bool:
        return self.start == self.end or self.t in (0.0, 1.0)

    def snapped(self) -> PoseMoment:
        """The nearer of its two keyframes, held still: what is drawn for a person who asked for
        still pictures (the figure then changes position at once, half way through each move)."""
        nearer = self.end if self.t >= 0.5 else self.start
        return PoseMoment(nearer, nearer, 1.0, self.side)

    def settled(self) -> PoseMoment:
        """The same moment with a still pose named once, so equal pictures compare equal."""
        if self.t <= 0.0:
            return PoseMoment(self.start, self.start, 1.0, self.side)
        if self.t >= 1.0 or self.start == self.end:
            return PoseMoment(self.end, self.end, 1.0, self.side)
        return self


def held(stretch: Stretch, side: Side | None = None) -> PoseMoment:
    """The stretch's held position: what a preview or a hold shows."""
    last = stretch.keyframes[-1]
    return PoseMoment(last, last, 1.0, side)


def at_start(stretch: Stretch, side: Side | None = None) -> PoseMoment:
    first = stretch.keyframes[0]
    return PoseMoment(first, first, 1.0, side)


def pose_moment(stretch: Stretch, view: SessionView | None) -> PoseMoment:
    """What to draw for `stretch` (the stretch of the view's phase) at the instant of `view`."""
    if view is None or view.phase is None or view.state in (State.READY, State.COMPLETE, State.STOPPED):
        return held(stretch)
    if view.state is State.AWAITING_CHOICE:
        return at_start(stretch, view.phase.side)
    return _BY_PHASE[view.phase.kind](stretch, view)


def still_to_the_end(stretch: Stretch, view: SessionView | None) -> bool:
    """Whether the picture at `view` stays as it is for the rest of its phase, for as long as the
    session goes on counting: a display may then stop working it out until the phase starts again
    or the state changes. Holds and previews are still throughout; getting into position and
    easing out once their move is over; switching sides, flows and the warm-up move to the end."""
    if view is None or view.phase is None or view.state in (State.READY, State.COMPLETE, State.STOPPED):
        return True
    kind = view.phase.kind
    if view.state is State.AWAITING_CHOICE or kind in (PhaseKind.HOLD, PhaseKind.TRANSITION):
        return True
    if kind is PhaseKind.PREPARE and stretch.kind is Kind.FLOW:
        return True
    if kind in (PhaseKind.PREPARE, PhaseKind.RELEASE):
        return _elapsed(view) >= _length(view) * MOVE_SHARE  # the move is over: _moving's t reached 1
    return False


def _holding(stretch: Stretch, view: SessionView) -> PoseMoment:
    return held(stretch, _side(view))


def _preparing(stretch: Stretch, view: SessionView) -> PoseMoment:
    if stretch.kind is Kind.FLOW:  # rest in the exhale pose, so the first inhale moves from it
        return held(stretch, _side(view))
    return _moving(stretch.keyframes, _elapsed(view), _length(view), _side(view))


def _releasing(stretch: Stretch, view: SessionView) -> PoseMoment:
    return _moving(stretch.keyframes[::-1], _elapsed(view), _length(view), _side(view))


def _previewing(stretch: Stretch, view: SessionView) -> PoseMoment:
    return at_start(stretch)  # transition: a still preview of the stretch that comes next


def _side(view: SessionView) -> Side | None:
    return view.phase.side if view.phase else None


def _length(view: SessionView) -> float:
    return view.phase.seconds if view.phase else 0.0


def _elapsed(view: SessionView) -> float:
    return max(0.0, _length(view) - view.remaining)


def _moving(path: tuple[str, ...], elapsed: float, seconds: float, side: Side | None) -> PoseMoment:
    """`elapsed` seconds into a move along the keyframes `path` that takes MOVE_SHARE of `seconds`,
    each step of the path an equal part of it."""
    span = seconds * MOVE_SHARE
    t = 1.0 if span <= 0 else min(1.0, elapsed / span)
    steps = len(path) - 1
    if steps <= 0 or t >= 1.0:
        return PoseMoment(path[-1], path[-1], 1.0, side)
    step = min(int(t * steps), steps - 1)
    return PoseMoment(path[step], path[step + 1], t * steps - step, side).settled()


def _switching(stretch: Stretch, view: SessionView) -> PoseMoment:
    """Ease out of the first side in the first half, into the new side in the second."""
    elapsed, side, half = _elapsed(view), _side(view), _length(view) / 2
    if elapsed < half:
        other = None if side is None else (Side.LEFT if side is Side.RIGHT else Side.RIGHT)
        return _moving(stretch.keyframes[::-1], elapsed, half / MOVE_SHARE, other)
    return _moving(stretch.keyframes, elapsed - half, half / MOVE_SHARE, side)


def _breathing(stretch: Stretch, view: SessionView) -> PoseMoment:
    inhale_pose, exhale_pose, side = stretch.keyframes[0], stretch.keyframes[-1], _side(view)
    if view.breath is None:
        return held(stretch, side)
    cue, left, length = view.breath
    t = _breath_share(1.0 if length <= 0 else 1.0 - left / length)
    if cue is Cue.INHALE:
        return PoseMoment(exhale_pose, inhale_pose, t, side).settled()
    return PoseMoment(inhale_pose, exhale_pose, t, side).settled()


def _breath_share(into: float) -> float:
    """How far the picture has moved `into` (0..1) a breath. It leads the breath: quick at first,
    past halfway a quarter of the way in and seven eighths there by mid-breath, then settling into
    the pose as the breath ends, so the person sees where to go as they begin. Never quite 0, so
    even the first frame heads for this breath's pose and shows its arrow."""
    leading = 1.0 - (1.0 - min(1.0, max(0.0, into))) ** 3
    return max(BREATH_FIRST_STEP, share_eased_to(leading))  # the figure eases the share it is given


def _marching(stretch: Stretch, view: SessionView) -> PoseMoment:
    """Knees up in turn: first to last keyframe, then back, at a steady walking pace."""
    first, last = stretch.keyframes[0], stretch.keyframes[-1]
    into = (_elapsed(view) % (2 * MARCH_STEP_SECONDS)) / MARCH_STEP_SECONDS
    if into < 1.0:
        return PoseMoment(first, last, into, None).settled()
    return PoseMoment(last, first, into - 1.0, None).settled()


_BY_PHASE: dict[PhaseKind, Callable[[Stretch, SessionView], PoseMoment]] = {
    PhaseKind.WARM_UP: _marching,
    PhaseKind.PREPARE: _preparing,
    PhaseKind.HOLD: _holding,
    PhaseKind.SWITCH_SIDES: _switching,
    PhaseKind.FLOW: _breathing,
    PhaseKind.TRANSITION: _previewing,
    PhaseKind.RELEASE: _releasing,
}
