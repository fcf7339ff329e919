"""The Reminders page shows the reminder settings, gives them back edited, and says what the
platform cannot see."""

from __future__ import annotations

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from app.qt.settings.reminder_settings import ReminderSettingsPanel, abilities_text
from app.qt.settings.settings_dialog import SettingsDialog
from app.schedule.sources import Abilities
from app.settings import Settings

X11 = Abilities("X11 screen saver extension", sees=("full screen",), blind_to=("do not disturb", "screen locked"))


def _panel(qtbot: QtBot, settings: Settings, abilities: Abilities | None = X11) -> ReminderSettingsPanel:
    panel = ReminderSettingsPanel(settings, abilities)
    qtbot.addWidget(panel)
    return panel


def test_it_gives_the_settings_back_unchanged(qtbot: QtBot) -> None:
    settings = Settings(reminders_enabled=False, reminder_every_minutes=35, idle_reset_minutes=9, snooze_limit=5,
                        working_hours_enabled=True, working_days="0246", working_start_minute=450,
                        working_end_minute=24 * 60, start_at_login=True)
    assert _panel(qtbot, settings).apply_to(settings) == settings
    assert _panel(qtbot, Settings()).apply_to(Settings()) == Settings()


def test_edits_come_back(qtbot: QtBot) -> None:
    panel = _panel(qtbot, Settings())
    panel.everySpin.setValue(200)  # past the declared range: the box stops at 180
    panel.hoursCheck.setChecked(True)
    panel.dayChecks[5].setChecked(True)
    panel.startEdit.setTime(QTime(7, 15))
    edited = panel.apply_to(Settings())
    assert edited == Settings(reminder_every_minutes=180, working_hours_enabled=True, working_days="012345",
                              working_start_minute=7 * 60 + 15)


def test_the_working_days_follow_the_check_box(qtbot: QtBot) -> None:
    panel = _panel(qtbot, Settings())
    assert not panel.dayChecks[0].isEnabled()
    panel.hoursCheck.setChecked(True)
    assert panel.dayChecks[0].isEnabled() and panel.endEdit.isEnabled()


def test_it_says_what_the_platform_cannot_see() -> None:
    said = abilities_text(X11)
    assert "X11 screen saver extension" in said and "when it sees: full screen." in said
    assert "Not seen on this computer: do not disturb and screen locked." in said
    assert "plain time" in abilities_text(Abilities(None))
    assert "plain time" in abilities_text(None)


def test_the_dialog_takes_it_as_a_page_of_its_own(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    panel = ReminderSettingsPanel(Settings(), None)
    dialog.add_page("Reminders", panel, panel)
    panel.everySpin.setValue(20)
    assert dialog.pages.tabText(dialog.pages.count() - 1) == "Reminders"
    assert dialog.edited_settings().reminder_every_minutes == 20
