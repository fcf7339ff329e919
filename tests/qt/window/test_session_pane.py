"""What the session page does at each of the controller's polls (up to 30 a second): the ring every
time, the figure while it moves, the words and the bar when they change. Counted, never timed."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.context import load_context
from app.paths import Paths
from app.qt.adapters.session_controller import SessionController
from app.qt.window.main_window import MainWindow
from app.session import FakeClock, PhaseKind
from tests.qt.conftest import Rig


def count_calls(owner: QObject, name: str) -> list[tuple[Any, ...]]:
    """Record each call of `owner.name` (a Python-side call: the page's own) and let it through."""
    calls: list[tuple[Any, ...]] = []
    method: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any) -> Any:
        calls.append(args)
        return method(*args)

    setattr(owner, name, counted)
    return calls


def into_the_first_hold(rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    rig.advance(8.5)  # getting into position takes 8 s
    assert rig.controller.session is not None and rig.controller.session.phase.kind is PhaseKind.HOLD


def test_in_a_hold_the_words_are_put_on_screen_once_a_second(rig: Rig) -> None:
    into_the_first_hold(rig)
    texts = count_calls(rig.window.progressLabel, "setText")
    rig.advance(5)  # 150 polls
    assert 5 <= len(texts) <= 6
    assert len(set(texts)) == len(texts)  # each one new: "Stretch 1 of 3 · 3:01 left", "3:00 left", ...
    assert rig.window.progressLabel.text() == texts[-1][0]


def test_a_still_figure_is_not_worked_out_again_at_each_poll(rig: Rig) -> None:
    into_the_first_hold(rig)
    view = rig.window.posePanel.poseView
    shown = count_calls(view, "showMoment")
    rig.advance(5)
    assert shown == []
    assert rig.window.pane.seconds_to_change() == rig.window.holdTimer.seconds_to_change()  # paced by the ring


def test_in_a_still_hold_the_controller_polls_for_the_words_and_the_ring_moves_its_arc(rig: Rig) -> None:
    """The ring moves its own arc by the session's clock, so the controller is asked to poll only
    when the seconds turn (at most twice a second), not at every frame."""
    into_the_first_hold(rig)
    rig.advance(0.3)
    ring = rig.window.holdTimer
    pace = rig.window.pane.seconds_to_change()
    session = rig.controller.session
    assert session is not None and pace is not None
    left = session.remaining()
    assert pace == pytest.approx(left - math.floor(left) or 1.0)  # the next whole second
    assert ring._frames.isActive() and ring._frames.interval() < 100  # the arc: its next device pixel
    before = session.view().progress
    rig.clock.advance(0.2)
    ring._frames.timeout.emit()  # no poll: the ring's own frame
    assert ring._asked is not None and ring._asked[1] == pytest.approx(session.view().progress)
    assert ring._asked[1] > before
    rig.controller.pause()
    assert not ring._frames.isActive()  # a paused arc stands


def test_a_moving_figure_is_drawn_at_every_poll_and_a_restart_moves_it_again(rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    view = rig.window.posePanel.poseView
    shown = count_calls(view, "showMoment")
    rig.advance(2)  # the knee comes up over the first 5.6 s of the 8 s of getting into position
    assert len(shown) >= 55
    assert len({moment for moment, _ in shown}) >= 55  # a new picture each time
    rig.advance(4)  # in position: still for the rest of it
    before = len(shown)
    rig.advance(1.5)
    assert len(shown) == before
    assert rig.controller.session is not None and rig.controller.session.phase.kind is PhaseKind.PREPARE
    rig.controller.restart_step()  # the same phase from its start: it moves again
    rig.advance(1)
    assert len(shown) >= before + 25
    assert view.moving


def test_pain_in_a_still_hold_eases_out_at_once(rig: Rig) -> None:
    into_the_first_hold(rig)
    view = rig.window.posePanel.poseView
    holding = view.moment()
    rig.advance(2)
    rig.controller.pain()
    rig.advance(2)
    assert view.moment() != holding and view.moving


def test_a_window_never_shown_does_not_follow_the_polls(qtbot: QtBot, isolated_paths: Paths) -> None:
    """`supple --routine ... --mini` starts with the main window hidden: until it is shown, its ring
    and page are not brought up to each poll (the mini timer is)."""
    clock = FakeClock()
    controller = SessionController(clock)
    window = MainWindow(load_context(isolated_paths), controller)
    qtbot.addWidget(window)
    refreshes = count_calls(window.holdTimer, "refresh")
    window.start_routine("lower-back-relief")
    for _ in range(60):
        clock.advance(1 / 30)
        controller.poll()
    assert refreshes == []
    window.show()
    qtbot.waitExposed(window)
    assert refreshes  # brought up to the moment once shown
    controller.stop()
