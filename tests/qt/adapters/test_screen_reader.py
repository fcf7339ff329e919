"""What a screen reader is told as a routine moves on: each phase once, the pain choice with its keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.session import State
from tests.qt.conftest import Rig


def heard(rig: Rig) -> list[str]:
    said: list[str] = []
    status = rig.window.pane.status
    original = status.announce

    def record(message: str) -> None:
        said.append(message)
        original(message)

    status.announce = record  # type: ignore[method-assign]
    return said


def test_each_phase_is_announced_once_not_every_second(rig: Rig) -> None:
    said = heard(rig)
    rig.window.start_routine("lower-back-relief")
    rig.advance(40)  # into position, the left hold, the switch
    assert said == [
        "Get into position: knee to chest, left leg.",
        "Hold for 30 seconds, left leg.",
        "Switch sides: right leg.",
    ]


def test_pause_and_going_on_are_announced(qtbot: QtBot, rig: Rig) -> None:
    said = heard(rig)
    rig.window.start_routine("lower-back-relief")
    qtbot.keyClick(rig.window.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(rig.window.focusWidget(), Qt.Key.Key_Space)
    assert said[-2:] == ["Paused. Press Space to go on.", "Going on."]


def test_the_pain_choice_is_announced_with_the_words_and_keys_on_screen(qtbot: QtBot, rig: Rig) -> None:
    said = heard(rig)
    window = rig.window
    window.start_routine("lower-back-relief")
    rig.advance(10)  # holding
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_P)
    rig.advance(11)  # the release after pain is over: the choice
    choice = said[-1]
    for name in ("goOn", "skipStretch"):
        assert window.buttons[name].isVisibleTo(window)
        assert f"{window.buttons[name].text()}, key " in choice
    assert "key Space" in choice and "key Right" in choice


def test_the_focus_moves_to_the_choice_when_the_button_that_had_it_disappears(qtbot: QtBot, rig: Rig) -> None:
    window = rig.window
    window.start_routine("lower-back-relief")
    assert window.focusWidget() is window.buttons["pause"]
    rig.advance(10)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_P)
    rig.advance(11)
    assert window.buttons["pause"].isHidden()
    assert window.focusWidget() is window.buttons["goOn"]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)  # the focused choice: go on gently
    assert rig.controller.state.counting
    assert window.focusWidget() is window.buttons["pause"]


def test_sharp_pain_from_a_focused_button_hands_the_focus_to_pause_not_stop(qtbot: QtBot, rig: Rig) -> None:
    window = rig.window
    window.start_routine("lower-back-relief")
    rig.advance(10)
    pain = window.buttons["pain"]
    pain.setFocus()
    qtbot.keyClick(pain, Qt.Key.Key_Space)  # the focused Sharp pain button
    assert rig.controller.state is State.EASING_OUT
    assert window.focusWidget() is window.buttons["pause"]  # Qt alone would have chosen Stop
    asked: list[bool] = []
    window.confirm_stop = lambda: asked.append(True) or False
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert asked == [] and rig.controller.state is State.PAUSED


def test_space_on_the_summary_does_not_start_the_routine_again_but_enter_does(qtbot: QtBot, rig: Rig) -> None:
    window = rig.window
    window.start_routine("desk-break")
    rig.controller.stop()
    again = window.buttons["again"]
    assert window.focusWidget() is again
    qtbot.keyClick(again, Qt.Key.Key_Space)  # a late Space from the floor
    assert not rig.controller.state.counting
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rig.controller.state.counting, timeout=1000)
