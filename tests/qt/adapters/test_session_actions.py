"""One command model for every surface: in each state, what the main window's buttons, the mini
timer's menu and button, and the tray's menu offer is exactly what the engine's table allows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt.application import Supple
from app.session import FakeClock, State
from app.session.commands import Command, Situation, allowed

BUTTONS = {"back": Command.BACK, "restart": Command.RESTART, "skip": Command.SKIP, "pain": Command.PAIN,
           "stop": Command.STOP, "goOn": Command.GO_ON, "skipStretch": Command.SKIP}
# the offscreen platform has no tray window to follow, and says so when the icon is shown
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged")
MENU_TEXTS = {"Sharp pain": Command.PAIN, "Stop the routine…": Command.STOP, "Skip ahead": Command.SKIP,
              "Back to the previous stretch": Command.BACK, "Restart this stretch": Command.RESTART}


@pytest.fixture
def supple(qtbot: QtBot, qapp: QApplication, isolated_paths: Paths) -> Iterator[tuple[Supple, FakeClock]]:
    clock = FakeClock()
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=True,
                     clock=clock)
    running.window.confirm_stop = lambda: True
    qtbot.addWidget(running.window)
    yield running, clock
    running.controller.stop()
    running.tray.hide()
    if running.mini is not None:
        running.mini.close()
    running.deleteLater()


def offered(menu: QMenu) -> dict[Command, bool]:
    return {MENU_TEXTS[a.text()]: a.isEnabled() for a in menu.actions() if a.text() in MENU_TEXTS}


def check_every_surface(app: Supple, situation: Situation) -> None:
    expected = {command: allowed(command, situation) for command in Command}
    window = app.window
    for name, command in BUTTONS.items():
        assert window.buttons[name].isEnabled() == expected[command], (situation, name)
    assert app.mini is not None
    mini_menu = app.mini.commands.menu(app.mini, opacity_available=True)
    for command, enabled in offered(mini_menu).items():
        assert enabled == expected[command], (situation, "mini", command)
    assert app.mini.face.skipButton.isEnabled() == expected[Command.SKIP]
    assert app.tray.menu is not None
    for command, enabled in offered(app.tray.menu).items():
        assert enabled == expected[command], (situation, "tray", command)
    assert set(offered(app.tray.menu)) == {Command.PAIN, Command.STOP}
    mini_menu.deleteLater()


def test_each_state_offers_the_same_commands_everywhere(supple: tuple[Supple, FakeClock]) -> None:
    app, clock = supple
    c = app.controller

    def advance(seconds: float) -> None:
        for _ in range(round(seconds * 30)):
            clock.advance(1 / 30)
            c.poll()

    steps: list[tuple[Callable[[], None], Situation]] = [
        (lambda: app.open("lower-back-relief", mini=True), Situation(State.RUNNING)),
        (lambda: advance(10), Situation(State.RUNNING)),
        (c.pause, Situation(State.PAUSED, State.RUNNING)),
        (c.resume, Situation(State.RUNNING)),
        (c.pain, Situation(State.EASING_OUT)),
        (c.pause, Situation(State.PAUSED, State.EASING_OUT)),  # pain again would change nothing
        (c.resume, Situation(State.EASING_OUT)),
        (lambda: advance(11), Situation(State.AWAITING_CHOICE)),
        (c.go_on, Situation(State.RUNNING)),
        (c.stop, Situation(State.STOPPED)),
    ]
    for act, situation in steps:
        act()
        assert c.session is not None and c.session.situation == situation
        check_every_surface(app, situation)


def test_the_toggle_says_what_it_will_do_on_every_surface(supple: tuple[Supple, FakeClock]) -> None:
    app, _clock = supple
    app.open("desk-break", mini=True)
    pause_button = app.window.buttons["pause"]
    assert app.tray.menu is not None
    for act, text in ((lambda: None, "Pause"), (app.controller.pause, "Resume"), (app.controller.pain, "Pause")):
        act()
        assert pause_button.text() == app.tray.menu.pause.text() == app.mini.commands.pause.text() == text  # type: ignore[union-attr]
