"""The person's settings while the app runs: one owner, saved atomically, announced on change.

The settings dialog, the window's geometry and the mini timer's place all go through here, so a
change made in one place is never overwritten by a stale copy held by another.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.paths import APP_NAME
from app.qt.audio.cue_player import CuePlayer
from app.qt.translation import arg
from app.schedule.sources import Abilities
from app.settings import Settings, save_settings
from app.settings_disk import OnDisk

log = logging.getLogger(__name__)


class Preferences(QObject):
    changed = Signal(object)  # Settings, after the person changed them in the dialog

    def __init__(
        self, settings: Settings, path: Path, form: Path, player: CuePlayer | None = None,
        parent: QObject | None = None, *, on_disk: OnDisk | None = None,
    ) -> None:
        """`on_disk`: what the file held when it was read (app.settings.LoadedSettings), so that a
        save keeps what this Supple could not read or does not know."""
        super().__init__(parent)
        self._settings = settings
        self._path = path
        self._on_disk = on_disk or OnDisk()
        self._form = form
        self._player = player
        self.abilities: Abilities | None = None  # what the platform lets reminders see, once known

    @property
    def settings(self) -> Settings:
        return self._settings

    def remember(self, **changes: Any) -> None:
        """Keep something the app learned (window geometry, the mini timer's place) and save it."""
        self._settings = self._settings.replace(**changes)
        try:
            self._save(self._settings)
        except OSError as error:  # nothing the person chose is lost: the dialog's saves report
            log.warning("could not save the settings to %s: %s", self._path, error)

    def _save(self, settings: Settings) -> None:
        self._on_disk = save_settings(self._path, settings, self._on_disk)

    def edit(self, parent: QWidget | None = None) -> bool:
        """Show the settings dialog; True when the person changed and saved something."""
        # loaded the first time the dialog opens: a start, and a day in the tray, never need it
        from app.qt.settings.reminder_settings import ReminderSettingsPanel  # noqa: PLC0415
        from app.qt.settings.settings_dialog import SettingsDialog  # noqa: PLC0415
        from app.qt.settings.sound_settings import SoundSettingsPanel  # noqa: PLC0415

        dialog = SettingsDialog(self._settings, self._form, parent)
        if self._player is not None:
            panel = SoundSettingsPanel(self._settings, self._player)
            dialog.add_section(panel, panel)
        reminders = ReminderSettingsPanel(self._settings, self.abilities)
        dialog.add_page(self.tr("R&eminders"), reminders, reminders)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        edited = dialog.edited_settings() if accepted else self._settings
        dialog.deleteLater()
        if edited == self._settings:
            return False
        return self.apply(edited, parent)

    def apply(self, edited: Settings, parent: QWidget | None = None) -> bool:
        try:
            self._save(edited)
        except OSError as error:
            QMessageBox.warning(
                parent, APP_NAME,
                arg(self.tr("Your settings could not be saved to %1: %2.\n\nThey apply until Supple closes."),
                    self._path, error.strerror or error),
            )
        self._settings = edited
        self.changed.emit(edited)
        return True
