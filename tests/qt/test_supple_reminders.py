"""The running app with its break companion: --background shows no window, a reminder after the
work it asks for shows the prompt, which starts the routine it offers; the tray says what comes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt.application import Supple
from app.qt.tray.icon import Tray
from app.session import FakeClock, State
from app.settings import Settings, save_settings
from tests.qt.companion_fakes import working_sources


@pytest.fixture
def supple(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Supple]:
    monkeypatch.setattr(Tray, "show", lambda self: None)  # offscreen has no tray to show an icon in
    save_settings(isolated_paths.settings_file, Settings(reminder_every_minutes=15))
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=True,
                     clock=FakeClock(), sources=working_sources())
    qtbot.addWidget(running.window)
    yield running
    running.controller.stop()
    running.reminders.close()
    running.tray.hide()
    running.deleteLater()


def work(supple: Supple, minutes: float) -> None:
    clock = supple.reminders.companion._clock
    assert isinstance(clock, FakeClock)
    for _ in range(round(minutes * 2)):
        clock.advance(30)
        supple.reminders.adapter.look()


def test_in_the_background_no_window_shows(supple: Supple) -> None:
    supple.open(None, mini=False, at_start=True, background=True)
    assert not supple.window.isVisible()
    assert supple.reminders.adapter.looking


def test_a_reminder_shows_the_prompt_and_it_starts_the_routine_it_offers(qtbot: QtBot, supple: Supple) -> None:
    supple.open(None, mini=False, at_start=True, background=True)
    assert supple.tray.menu is not None
    assert supple.tray.menu.reminder_line.text() == "Next reminder in 15 min of work"
    work(supple, 15)
    prompt = supple.reminders.prompt
    assert prompt.isVisible() and prompt.windowTitle().startswith("Time for a stretch")
    assert prompt.offer is not None
    assert supple.preferences.settings.last_suggested == prompt.offer.routine_id
    prompt.startButton.click()
    assert supple.controller.state is State.RUNNING and supple.window.isVisible()
    assert not prompt.isVisible() and not supple.reminders.adapter.looking


def test_the_tray_pauses_reminders(supple: Supple) -> None:
    supple.open(None, mini=False, at_start=True, background=True)
    assert supple.tray.menu is not None
    supple.tray.menu.pause_hour.trigger()
    assert supple.tray.menu.reminder_line.text() == "Reminders are paused"
    work(supple, 30)
    assert not supple.reminders.prompt.isVisible()


def test_turning_start_at_login_on_writes_the_autostart_entry_and_off_removes_it(
    supple: Supple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "io.github.supple_app.Supple.desktop"
    preferences = supple.preferences
    preferences.apply(preferences.settings.replace(start_at_login=True))  # as the dialog's OK does
    assert entry.is_file() and "--background" in entry.read_text(encoding="utf-8")
    preferences.apply(preferences.settings.replace(start_at_login=False))
    assert not entry.exists()
