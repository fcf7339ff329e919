"""What the mini timer and the tray say at a glance about a session. Qt-free, so tests read it directly.

It lives beside the Qt views it serves, but imports nothing from Qt: the words are decided here, the
widgets only show them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import i18n
from app.catalogue import Catalogue
from app.i18n import Words
from app.paths import APP_NAME
from app.presenters.presentation import coming_up, timer_face
from app.session import PhaseKind, SessionView, State
from app.wording import name_and_side

Glancing = Words("Glancing")  # the context of these words (the class below is Glance)


@dataclass(frozen=True)
class Glance:
    stretch_id: str | None  # whose thumbnail to show; None when no stretch is under way
    title: str  # the stretch's name, or "Routine complete" (in the person's language)
    side: str  # "Left leg", or ""
    following: str  # "Next: cat-cow", "Last stretch", or "" when the ring already says what is next
    finished: bool = False


READY = Glance(None, "Ready", "", "")  # the English source; `glance` says it in the person's language


def glance(view: SessionView | None, catalogue: Catalogue) -> Glance:
    if view is None or view.state is State.READY:
        return Glance(None, Glancing.tr("Ready"), "", "")
    if view.state.finished or view.phase is None:
        title = Glancing.tr("Routine complete") if view.state is State.COMPLETE else Glancing.tr("Routine stopped")
        return Glance(None, title, "", "", finished=True)
    phase = view.phase
    stretch = catalogue.stretch(phase.stretch_id)
    side = stretch.side_label(phase.side)
    if view.state is State.AWAITING_CHOICE:
        return Glance(stretch.id, stretch.name, side, Glancing.tr("Go on gently, or skip it"))
    if phase.kind is PhaseKind.TRANSITION:  # the ring says "Next up" over this very stretch
        return Glance(stretch.id, stretch.name, side, "")
    return Glance(stretch.id, stretch.name, side, coming_up(phase, catalogue))


def status_line(view: SessionView | None, catalogue: Catalogue) -> str:
    """One line for the tray: 'Knee to chest, left leg — Hold, 12 s'."""
    seen = glance(view, catalogue)
    if seen.stretch_id is None and not seen.finished:
        return APP_NAME
    if seen.finished:
        return i18n.fill(Glancing.tr("%1 — %2", "the app's name, then how the routine ended"), APP_NAME, seen.title)
    face = timer_face(view, catalogue)
    # '12 s', or '4:55' for a warm-up's minutes
    seconds = face.whole_seconds  # a bare name: lupdate drops the plural forms of an attribute
    time_left = Glancing.tr("%n s", "seconds left, in short", seconds) if seconds < 60 else face.digits
    stretch = name_and_side(seen.title, seen.side)
    if not face.show_seconds:
        return i18n.fill(Glancing.tr("%1 — %2", "a stretch, then its phase: 'Cat-cow — Paused'"), stretch, face.phase)
    return i18n.fill(Glancing.tr("%1 — %2, %3", "a stretch, its phase, the time left: "
                                 "'Knee to chest, left leg — Hold, 12 s'"), stretch, face.phase, time_left)
