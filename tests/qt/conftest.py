"""Qt fixtures: a main window on a fake clock, with the session controller it drives."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.context import load_context
from app.history import History
from app.paths import Paths
from app.qt import translation
from app.qt.adapters.session_controller import SessionController
from app.qt.window.main_window import MainWindow
from app.session import FakeClock


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> Iterator[translation.Installed]:
    """English, as the app installs it at start: its plural forms come from supple_en.qm."""
    installed = translation.install("en")
    yield installed
    installed.remove()


@dataclass
class Rig:
    window: MainWindow
    controller: SessionController
    clock: FakeClock

    def advance(self, seconds: float, step: float = 1 / 30) -> None:
        """Let `seconds` pass on the fake clock, polling as the controller's timer would."""
        steps = round(seconds / step)
        for _ in range(steps):
            self.clock.advance(step)
            self.controller.poll()


def make_rig(qtbot: QtBot, paths: Paths, history: History | None = None) -> Rig:
    """A shown main window on a fake clock; stop its controller when done."""
    clock = FakeClock()
    controller = SessionController(clock)
    window = MainWindow(load_context(paths), controller, history=history)
    window.confirm_stop = lambda: True
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return Rig(window, controller, clock)


@pytest.fixture
def rig(qtbot: QtBot, isolated_paths: Paths) -> Iterator[Rig]:
    made = make_rig(qtbot, isolated_paths)
    yield made
    made.controller.stop()
