"""The break companion put together: the scheduler with the platform's sources, its adapter, the
prompt, and the tray's line. Part of the composition root (application.py makes one), kept apart
so that application.py stays a list of connections.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QRect, Signal

from app.catalogue import Catalogue
from app.planner import Planner
from app.qt.adapters.companion import CompanionController
from app.qt.adapters.session_controller import SessionController
from app.qt.companion.prompt import ReminderPrompt
from app.qt.translation import arg
from app.schedule.companion import Companion
from app.schedule.from_settings import policy_from
from app.schedule.scheduler import Outcome, Prompt
from app.schedule.sources import Abilities, BusySource, IdleSource
from app.schedule.suggest import Offer, suggest
from app.schedule.words import next_reminder_text
from app.session import Clock
from app.settings import Settings

Sources = tuple[IdleSource, BusySource, Abilities]


def offers(catalogue: Catalogue, settings: Settings) -> list[Offer]:
    """Every routine with its planned time at the person's settings, at real speed: honest minutes."""
    planner = Planner(catalogue, settings)
    return [Offer(routine.id, routine.name, planner.plan(routine.id).total_seconds, routine.place)
            for routine in catalogue.routines]


class Reminders(QObject):
    startRequested = Signal(str)  # a routine id, from the prompt
    settingsRequested = Signal()
    suggested = Signal(str)  # the routine a prompt offered: remembered for the turn
    outcome = Signal(object)  # Outcome, for the history
    lineChanged = Signal(str, bool, bool)  # the tray's line, paused, enabled
    problem = Signal(str)  # something the person should know (the login item could not be written)

    def __init__(self, controller: SessionController, catalogue: Catalogue, settings: Settings,
                 sources: Sources, *, speed: float = 1.0, clock: Clock, wall: Callable[[], datetime] = datetime.now,
                 chime: Callable[[], None] = lambda: None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        idle, busy, self.abilities = sources
        self._catalogue, self._settings, self._speed, self._chime = catalogue, settings, speed, chime
        self.companion = Companion(policy_from(settings, speed), clock, wall, idle, busy)
        self.adapter = CompanionController(self.companion, controller, speed, settings.reminders_enabled, self)
        self.prompt = ReminderPrompt()
        self.near: Callable[[], QRect | None] = lambda: None  # where the tray icon is, once there is one
        self._connect()
        self.adapter.look()  # the first look starts the count

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue was reloaded: the next reminder may offer a new routine."""
        self._catalogue = catalogue

    def _connect(self) -> None:
        adapter, prompt = self.adapter, self.prompt
        adapter.reminderDue.connect(self._show)
        adapter.reminderMissed.connect(prompt.fade)
        adapter.outcome.connect(self.outcome)
        adapter.changed.connect(self.tell_line)
        prompt.startRequested.connect(self.startRequested)
        prompt.snoozeRequested.connect(adapter.snooze)
        prompt.skipRequested.connect(adapter.skip)
        prompt.settingsRequested.connect(self.settingsRequested)

    def apply_settings(self, settings: Settings) -> None:
        if settings.start_at_login != self._settings.start_at_login:
            self._start_at_login(settings.start_at_login)
        self._settings = settings
        self.adapter.set_policy(policy_from(settings, self._speed))
        self.adapter.set_enabled(settings.reminders_enabled)
        if not settings.reminders_enabled:
            self.prompt.hide()

    def _start_at_login(self, enabled: bool) -> None:
        """Write or remove the login item (freedesktop autostart entry, Windows Run key, macOS
        LaunchAgent); a failure is said, and the setting stays as the person chose it."""
        from app.qt.companion import login_item  # noqa: PLC0415 - loaded only when the setting changes

        try:
            login_item.start_at_login(enabled)
        except OSError as error:
            said = (self.tr("Supple could not add itself to the programs that start at login: %1.") if enabled
                    else self.tr("Supple could not remove itself from the programs that start at login: %1."))
            self.problem.emit(arg(said, error.strerror or error))

    def pause(self, how: str) -> None:
        (self.adapter.pause_until_tomorrow if how == "tomorrow" else self.adapter.pause_for_hour)()
        self.prompt.hide()

    def snooze(self, minutes: int) -> None:
        self.adapter.snooze(minutes)
        self.prompt.hide()

    def _show(self, prompt: Prompt) -> None:
        offer = suggest(offers(self._catalogue, self._settings), self._settings.last_suggested, prompt.short_only)
        if offer is not None:
            self.suggested.emit(offer.routine_id)
        worked = round(self.companion.state.worked * self._speed / 60)
        self.prompt.offer_break(offer, prompt.short_only, worked)
        self.prompt.appear(self.near())
        self._chime()

    def tell_line(self) -> None:
        enabled = self.adapter.enabled
        line = next_reminder_text(enabled, self.companion.paused, self.companion.prompt is not None,
                                  self.companion.seconds_to_next(), self._speed)
        self.lineChanged.emit(line if enabled else "", self.companion.paused, enabled)

    def close(self) -> None:
        self.prompt.close()
        self.prompt.deleteLater()


__all__ = ["Outcome", "Reminders", "offers"]
