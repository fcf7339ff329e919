"""The first start that shows the window asks once whether to remind; the answer is kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt.application import Supple
from app.settings import load_settings
from tests.qt.companion_fakes import working_sources


@pytest.fixture
def supple(qtbot: QtBot, qapp: QApplication, isolated_paths: Paths) -> Iterator[Supple]:
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=False,
                     sources=working_sources())
    qtbot.addWidget(running.window)
    yield running
    running.controller.stop()
    running.reminders.close()
    running.deleteLater()


def question(supple: Supple) -> QMessageBox | None:
    return supple.window.findChild(QMessageBox, "remindersQuestion")


@pytest.mark.parametrize("answer", ["Remind me", "Not now"])
def test_the_first_start_asks_once_and_keeps_the_answer(supple: Supple, isolated_paths: Paths, answer: str) -> None:
    supple.open(None, mini=False, at_start=True)
    box = question(supple)
    assert box is not None and "50 minutes" in box.text()
    [button] = [b for b in box.buttons() if b.text() == answer]
    button.click()
    saved = load_settings(isolated_paths.settings_file).settings
    assert saved.asked_about_reminders
    assert saved.reminders_enabled is (answer == "Remind me")
    assert supple.reminders.adapter.enabled is (answer == "Remind me")


def test_it_is_not_asked_again_nor_over_a_routine_asked_for(supple: Supple) -> None:
    supple.open("desk-break", mini=False, at_start=True)
    assert question(supple) is None  # a routine from the launcher is not interrupted by it
    supple.preferences.remember(asked_about_reminders=True)
    supple.controller.stop()
    supple.open(None, mini=False, at_start=True)
    assert question(supple) is None
