"""Tells screen readers, politely and once per change, how the routine moves on.

A hold timer that changes its accessible name every second would make a screen reader either say
nothing (it is not focused) or talk without pause (it is). So the timer keeps its name current for
whoever reads it, and this class sends one polite announcement (`QAccessibleAnnouncementEvent`,
AT-SPI's `object:announcement`) when a phase begins, when the pain choice appears, on pause and on
going on. The words come from app.presenters.status_words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.catalogue import Catalogue
from app.presenters import status_words
from app.qt.adapters.session_controller import SessionController
from app.session import AwaitingChoice, Paused, PauseReason, PhaseStarted

Choices = Callable[[], list[tuple[str, str]]]  # the (words, key) of each choice the screen offers


class ScreenReaderStatus(QObject):
    def __init__(self, controller: SessionController, catalogue: Catalogue,
                 speaker: Callable[[], QObject], choices: Choices, parent: QObject | None = None) -> None:
        """`speaker`: the object announcements come from (the visible timer); `choices`: what the
        pain choice offers, read from the buttons on screen so the words are the ones shown."""
        super().__init__(parent)
        self._catalogue, self._speaker, self._choices = catalogue, speaker, choices
        self.last = ""  # the last announcement, for tests and for anyone who asks again
        controller.phaseStarted.connect(self._phase_started)
        controller.awaitingChoice.connect(self._awaiting_choice)
        controller.paused.connect(self._paused)
        controller.resumed.connect(lambda _event: self.announce(status_words.resumed()))

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue

    def _phase_started(self, event: PhaseStarted) -> None:
        self.announce(status_words.phase_status(event.phase, self._catalogue))

    def _awaiting_choice(self, _event: AwaitingChoice) -> None:
        self.announce(status_words.choice_status(self._choices()))

    def _paused(self, event: Paused) -> None:
        self.announce(status_words.asleep() if event.reason is PauseReason.SLEEP else status_words.paused())

    def announce(self, message: str) -> None:
        # Qt's accessibility classes with the first announcement: building their enums costs a
        # start that shows only the routine list 3 ms and 100 kB
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # noqa: PLC0415

        self.last = message
        if not QAccessible.isActive():  # no screen reader: building the event would be wasted work
            return
        event = QAccessibleAnnouncementEvent(self._speaker(), message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
