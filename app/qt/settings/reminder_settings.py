"""The Reminders page of the settings dialog: how often, when, and what this computer lets Supple see.

A SettingsSection like the sound panel. The ranges come from the settings' declarations; the words
under the controls come from the platform's Abilities, so the person knows when reminders follow
plain time or cannot tell that a meeting is full screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import Words
from app.qt.translation import arg
from app.schedule.sources import Abilities
from app.settings import RULES, Settings

LAST_MINUTE = 24 * 60 - 1  # a QTimeEdit cannot say 24:00; its 23:59 stands for "to midnight"


Seeing = Words("Seeing")  # what the platform lets the reminders see


def _listed(names: tuple[str, ...]) -> str:
    # the names are marked in app.qt.companion under the context Abilities
    return QLocale().createSeparatedList([QCoreApplication.translate("Abilities", name) for name in names])


def abilities_text(abilities: Abilities | None) -> str:
    """What the platform can and cannot see, in a sentence or two."""
    if abilities is None or abilities.idle is None:
        said = [Seeing.tr("This computer does not tell Supple when you are away, so reminders follow plain time: "
                    "a break away from the keyboard is not noticed.")]
    else:
        idle = QCoreApplication.translate("Abilities", abilities.idle)
        said = [arg(Seeing.tr("Supple notices when you are away through the %1."), idle)]
    # the platform names states as short nouns ("full screen", "do not disturb"): listed after a colon
    if abilities is not None and abilities.sees:
        said.append(arg(Seeing.tr("A reminder waits for a better moment when it sees: %1."), _listed(abilities.sees)))
    if abilities is not None and abilities.blind_to:
        said.append(arg(Seeing.tr("Not seen on this computer: %1."), _listed(abilities.blind_to)))
    return " ".join(said)


def _minutes(edit: QTimeEdit) -> int:
    time = edit.time()
    return time.hour() * 60 + time.minute()


class ReminderSettingsPanel(QWidget):
    def __init__(self, settings: Settings, abilities: Abilities | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        layout = QVBoxLayout(self)
        self.enabledCheck = QCheckBox(self.tr("&Remind me to stretch"))
        layout.addWidget(self.enabledCheck)
        form = QFormLayout()
        minutes = self.tr(" min", "a spin box's suffix: minutes")
        self.everySpin = self._spin("reminder_every_minutes", minutes, self.tr("Minutes of work between reminders"))
        form.addRow(self.tr("After w&orking for"), self.everySpin)
        self.idleSpin = self._spin("idle_reset_minutes", minutes, self.tr("Minutes away that count as a break"))
        form.addRow(self.tr("Time &away that counts as a break"), self.idleSpin)
        self.snoozeSpin = self._spin("snooze_limit", "",
                                     self.tr("Snoozes in a row before only a short break is offered"))
        form.addRow(self.tr("&Snoozes in a row, at most"), self.snoozeSpin)
        layout.addLayout(form)
        self.hoursCheck = QCheckBox(self.tr("Only during my working &hours"))
        layout.addWidget(self.hoursCheck)
        layout.addLayout(self._hours_row())
        self.loginCheck = QCheckBox(self.tr("Start Supple when I log &in (in the tray)"))
        layout.addWidget(self.loginCheck)
        self.abilitiesLabel = QLabel(abilities_text(abilities))
        self.abilitiesLabel.setWordWrap(True)
        layout.addWidget(self.abilitiesLabel)
        layout.addStretch(1)
        self.hoursCheck.toggled.connect(self._hours_enabled)
        self.set_settings(settings)

    def _spin(self, key: str, suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*RULES[key].steps())
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def _hours_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # Monday first, as the setting counts them (0-6), named the person's way
        locale = QLocale()
        self.dayChecks = [QCheckBox(locale.dayName(day, QLocale.FormatType.ShortFormat)) for day in range(1, 8)]
        for check in self.dayChecks:
            row.addWidget(check)
        self.startEdit, self.endEdit = QTimeEdit(), QTimeEdit()
        self.startEdit.setAccessibleName(self.tr("Working hours start"))
        self.endEdit.setAccessibleName(self.tr("Working hours end"))
        row.addWidget(QLabel(self.tr("from", "working hours: from 9:00")))
        row.addWidget(self.startEdit)
        row.addWidget(QLabel(self.tr("to", "working hours: to 17:00")))
        row.addWidget(self.endEdit)
        row.addStretch(1)
        return row

    def _hours_enabled(self, on: bool) -> None:
        for widget in (*self.dayChecks, self.startEdit, self.endEdit):
            widget.setEnabled(on)

    def set_settings(self, settings: Settings) -> None:
        self.enabledCheck.setChecked(settings.reminders_enabled)
        self.everySpin.setValue(settings.reminder_every_minutes)
        self.idleSpin.setValue(settings.idle_reset_minutes)
        self.snoozeSpin.setValue(settings.snooze_limit)
        self.hoursCheck.setChecked(settings.working_hours_enabled)
        for number, check in enumerate(self.dayChecks):
            check.setChecked(str(number) in settings.working_days)
        start, end = settings.working_start_minute, min(settings.working_end_minute, LAST_MINUTE)
        self.startEdit.setTime(QTime(start // 60, start % 60))
        self.endEdit.setTime(QTime(end // 60, end % 60))
        self._hours_enabled(settings.working_hours_enabled)
        self.loginCheck.setChecked(settings.start_at_login)

    def apply_to(self, settings: Settings) -> Settings:
        end = _minutes(self.endEdit)
        return settings.replace(
            reminders_enabled=self.enabledCheck.isChecked(),
            reminder_every_minutes=self.everySpin.value(),
            idle_reset_minutes=self.idleSpin.value(),
            snooze_limit=self.snoozeSpin.value(),
            working_hours_enabled=self.hoursCheck.isChecked(),
            working_days="".join(str(n) for n, check in enumerate(self.dayChecks) if check.isChecked()),
            working_start_minute=_minutes(self.startEdit),
            working_end_minute=24 * 60 if end == LAST_MINUTE else end,
            start_at_login=self.loginCheck.isChecked(),
        )
