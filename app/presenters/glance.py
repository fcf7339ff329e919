"""What the mini timer and the tray say at a glance about a session. Qt-free, so tests read it directly.

It lives beside the Qt views it serves, but imports nothing from Qt: the words are decided here, the
widgets only show them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue import Catalogue
from app.paths import APP_NAME
from app.presenters.presentation import coming_up, timer_face
from app.session import PhaseKind, SessionView, State
from app.wording import name_and_side


@dataclass(frozen=True)
class Glance:
    stretch_id: str | None  # whose thumbnail to show; None when no stretch is under way
    title: str  # the stretch's name, or "Routine complete"
    side: str  # "Left leg", or ""
    following: str  # "Next: cat-cow", "Last stretch", or "" when the ring already says what is next
    finished: bool = False


READY = Glance(None, "Ready", "", "")


def glance(view: SessionView | None, catalogue: Catalogue) -> Glance:
    if view is None or view.state is State.READY:
        return READY
    if view.state.finished or view.phase is None:
        title = "Routine complete" if view.state is State.COMPLETE else "Routine stopped"
        return Glance(None, title, "", "", finished=True)
    phase = view.phase
    stretch = catalogue.stretch(phase.stretch_id)
    side = stretch.side_label(phase.side)
    if view.state is State.AWAITING_CHOICE:
        return Glance(stretch.id, stretch.name, side, "Go on gently, or skip it")
    if phase.kind is PhaseKind.TRANSITION:  # the ring says "Next up" over this very stretch
        return Glance(stretch.id, stretch.name, side, "")
    return Glance(stretch.id, stretch.name, side, coming_up(phase, catalogue))


def status_line(view: SessionView | None, catalogue: Catalogue) -> str:
    """One line for the tray: 'Knee to chest, left leg — Hold, 12 s'."""
    seen = glance(view, catalogue)
    if seen is READY:
        return APP_NAME
    if seen.finished:
        return f"{APP_NAME} — {seen.title}"
    face = timer_face(view, catalogue)
    # '12 s', or '4:55' for a warm-up's minutes
    time_left = f"{face.digits} s" if face.whole_seconds < 60 else face.digits
    what = f"{face.phase}, {time_left}" if face.show_seconds else face.phase
    return f"{name_and_side(seen.title, seen.side)} — {what}"
