"""What the session page shows while a routine is followed, for one moment. Qt-free.

The window only puts these words and numbers on screen: which stretch of how many, how much of the
routine has passed, what the picture shows, and what comes next.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app import i18n
from app.catalogue import Catalogue
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.presenters.presentation import coming_up, progress_text
from app.session import PhaseKind, Plan, PlannedPhase, SessionView
from app.session.commands import Command, key_for
from app.wording import name_and_side, whole_seconds

SessionPage = Words("SessionPage")  # the context of these words (the class below is Following)

PROGRESS_STEPS = 1000  # the progress bar's range: fine enough to move smoothly, coarse enough to be quiet
# Going on gently after pain (app.session.pain): shown for as long as the stretch is done gently.
GENTLY = QT_TRANSLATE_NOOP("SessionPage", "Gently this time: only to a light stretch, and ease out if it hurts.")
KEY_NAMES = {  # keys as the keyboard shows them
    "Space": QT_TRANSLATE_NOOP("SessionPage", "Space"),
    "Right": QT_TRANSLATE_NOOP("SessionPage", "Right arrow"),
    "Left": QT_TRANSLATE_NOOP("SessionPage", "Left arrow"),
}


@dataclass(frozen=True)
class Choice:
    """One answer to "skip or go on?" after pain, as its button shows it."""

    command: Command
    words: str  # the button's text, and so its accessible name (the English source; `label` translated)
    key: str  # as the keyboard shows it (the English source; `key_name` translated)
    what: str  # what choosing it does, for the line above the buttons (the source; `effect` translated)

    @property
    def label(self) -> str:
        return SessionPage.tr(self.words)

    @property
    def key_name(self) -> str:
        return SessionPage.tr(KEY_NAMES.get(self.key, self.key))

    @property
    def effect(self) -> str:
        return SessionPage.tr(self.what)

    @property
    def line(self) -> str:
        """'Go on gently (Space): a shorter, lighter hold.'"""
        sentence = SessionPage.tr("%1 (%2): %3.", "a choice's words, its key, what it does: "
                                  "'Go on gently (Space): a shorter, lighter hold.'")
        return i18n.fill(sentence, self.label, self.key_name, self.effect)


# The buttons by their names in the form (ui/main_window.ui), going on first as Space gives it.
CHOICES: dict[str, Choice] = {
    "goOn": Choice(Command.GO_ON, QT_TRANSLATE_NOOP("SessionPage", "Go on gently"), key_for(Command.GO_ON),
                   QT_TRANSLATE_NOOP("SessionPage", "a shorter, lighter hold")),
    "skipStretch": Choice(Command.SKIP, QT_TRANSLATE_NOOP("SessionPage", "Skip this stretch"),
                          KEY_NAMES[key_for(Command.SKIP)], QT_TRANSLATE_NOOP("SessionPage", "on to the next one")),
}


def choice_line() -> str:
    """The line above the two buttons: each choice with its key, for a person who uses keys."""
    return "\n".join(choice.line for choice in CHOICES.values())


@dataclass(frozen=True)
class Moment:
    progress: str  # 'Stretch 2 of 3 · 3:10 left'
    done: int  # 0..PROGRESS_STEPS of the routine
    picture: str  # what the illustration shows, for a screen reader


class Following:
    def __init__(self, plan: Plan, catalogue: Catalogue) -> None:
        self.plan = plan
        self.catalogue = catalogue
        self._last: Moment | None = None
        self._words: tuple[tuple[object, ...], str, str] | None = None  # by what they depend on: progress, picture

    def moment(self, view: SessionView) -> Moment | None:
        """What the page shows at `view`: the same Moment object for as long as it is unchanged,
        so a page that polls 30 times a second puts it on screen only when it changes. Its words
        are worked out again only for a new phase or a new whole second of the routine left."""
        if view.phase is None:
            return None
        left = view.routine_remaining
        key = (view.phase, whole_seconds(left) if math.isfinite(left) else left)
        if self._words is None or self._words[0] != key:
            self._words = (key, *self._words_at(view))
        done = round(PROGRESS_STEPS * view.done)  # never back, but for Back and Restart
        _, progress, picture = self._words
        last = self._last
        if last is None or (last.done, last.progress, last.picture) != (done, progress, picture):
            self._last = Moment(progress, done, picture)
        return self._last

    def _words_at(self, view: SessionView) -> tuple[str, str]:
        assert view.phase is not None
        step = self.plan.steps[view.phase.step]
        number = None if step.is_warm_up else self.plan.stretch_steps.index(step) + 1
        stretch = self.catalogue.stretch(view.phase.stretch_id)
        picture = name_and_side(stretch.name, stretch.side_label(view.phase.side))
        return progress_text(view, len(self.plan.stretch_steps), number), picture

    def next_line(self, phase: PlannedPhase) -> str:
        """The 'next' line; empty while moving to the next stretch, which the ring already names.
        While a stretch is done gently after pain, it first says how."""
        upcoming = "" if phase.kind is PhaseKind.TRANSITION else coming_up(phase, self.catalogue)
        return f"{SessionPage.tr(GENTLY)}\n{upcoming}" if phase.gentle else upcoming
