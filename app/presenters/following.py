"""What the session page shows while a routine is followed, for one moment. Qt-free.

The window only puts these words and numbers on screen: which stretch of how many, how much of the
routine has passed, what the picture shows, and what comes next.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue import Catalogue
from app.presenters.presentation import coming_up, progress_text
from app.session import PhaseKind, Plan, PlannedPhase, SessionView
from app.session.commands import Command, key_for
from app.wording import name_and_side

PROGRESS_STEPS = 1000  # the progress bar's range: fine enough to move smoothly, coarse enough to be quiet
# Going on gently after pain (app.session.pain): shown for as long as the stretch is done gently.
GENTLY = "Gently this time: only to a light stretch, and ease out if it hurts."
KEY_NAMES = {"Right": "Right arrow", "Left": "Left arrow"}  # keys as the keyboard shows them


@dataclass(frozen=True)
class Choice:
    """One answer to "skip or go on?" after pain, as its button shows it."""

    command: Command
    words: str  # the button's text, and so its accessible name
    key: str  # as the keyboard shows it
    what: str  # what choosing it does, for the line above the buttons


# The buttons by their names in the form (ui/main_window.ui), going on first as Space gives it.
CHOICES: dict[str, Choice] = {
    "goOn": Choice(Command.GO_ON, "Go on gently", key_for(Command.GO_ON), "a shorter, lighter hold"),
    "skipStretch": Choice(Command.SKIP, "Skip this stretch", KEY_NAMES[key_for(Command.SKIP)], "on to the next one"),
}


def choice_line() -> str:
    """The line above the two buttons: each choice with its key, for a person who uses keys."""
    return "\n".join(f"{c.words} ({c.key}): {c.what}." for c in CHOICES.values())


@dataclass(frozen=True)
class Moment:
    progress: str  # 'Stretch 2 of 3 · 3:10 left'
    done: int  # 0..PROGRESS_STEPS of the routine
    picture: str  # what the illustration shows, for a screen reader


class Following:
    def __init__(self, plan: Plan, catalogue: Catalogue) -> None:
        self.plan = plan
        self.catalogue = catalogue

    def moment(self, view: SessionView) -> Moment | None:
        if view.phase is None:
            return None
        step = self.plan.steps[view.phase.step]
        number = None if step.is_warm_up else self.plan.stretch_steps.index(step) + 1
        done = round(PROGRESS_STEPS * view.done)  # never back, but for Back and Restart
        stretch = self.catalogue.stretch(view.phase.stretch_id)
        picture = name_and_side(stretch.name, stretch.side_label(view.phase.side))
        return Moment(progress_text(view, len(self.plan.stretch_steps), number), done, picture)

    def next_line(self, phase: PlannedPhase) -> str:
        """The 'next' line; empty while moving to the next stretch, which the ring already names.
        While a stretch is done gently after pain, it first says how."""
        upcoming = "" if phase.kind is PhaseKind.TRANSITION else coming_up(phase, self.catalogue)
        return f"{GENTLY}\n{upcoming}" if phase.gentle else upcoming
