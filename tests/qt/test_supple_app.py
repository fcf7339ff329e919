"""The running app as a whole: what a later launch's hand-over does, and the two windows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt import application
from app.qt.application import Supple
from app.qt.audio.sound_output import QtSoundOutput
from app.qt.audio.speech_output import QtSpeechOutput
from app.qt.mini.mini_timer import MiniTimer
from app.qt.tray.icon import Tray
from app.qt.widgets.messages import tell_problems
from app.session import FakeClock, PhaseKind, State
from app.session.commands import Command
from tests.audio.fakes import FakeSound, FakeSpeech
from tests.qt import audio_fakes


@pytest.fixture
def supple(qtbot: QtBot, qapp: QApplication, isolated_paths: Paths) -> Iterator[Supple]:
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()))
    qtbot.addWidget(running.window)
    yield running
    running.controller.stop()
    if running.mini is not None:
        running.mini.close()
        running.mini.deleteLater()
    running.deleteLater()


def question(supple: Supple) -> QMessageBox | None:
    return supple.window.findChild(QMessageBox, "replaceRoutineQuestion")


def test_a_hand_over_with_a_routine_starts_it(supple: Supple) -> None:
    supple.open(None, mini=False)
    supple.handed_over(["--routine", "desk-break"])
    assert supple.controller.state is State.RUNNING
    assert supple.controller.session is not None
    assert supple.controller.session.plan.routine.id == "desk-break"
    assert supple.window.isVisible()


def test_a_hand_over_with_mini_opens_the_mini_timer_instead_of_the_window(supple: Supple) -> None:
    supple.handed_over(["--routine", "desk-break", "--mini"])
    assert supple.mini is not None and supple.mini.isVisible()
    assert not supple.window.isVisible()
    supple.mini.showMainWindowRequested.emit()
    assert supple.window.isVisible() and not supple.mini.isVisible()


def test_a_running_session_is_not_replaced_without_asking(qtbot: QtBot, supple: Supple) -> None:
    supple.open("lower-back-relief", mini=False)
    supple.handed_over(["--routine", "desk-break"])
    box = question(supple)
    assert box is not None and "Desk break" in box.text()
    assert supple.controller.session is not None
    assert supple.controller.session.plan.routine.id == "lower-back-relief"
    box.done(QMessageBox.StandardButton.No)
    assert supple.controller.session.plan.routine.id == "lower-back-relief"
    assert supple.controller.state is State.RUNNING


def test_yes_replaces_the_running_session(supple: Supple) -> None:
    supple.open("lower-back-relief", mini=False)
    supple.handed_over(["--routine", "desk-break"])
    box = question(supple)
    assert box is not None
    box.done(QMessageBox.StandardButton.Yes)
    assert supple.controller.session is not None
    assert supple.controller.session.plan.routine.id == "desk-break"
    assert supple.controller.state is State.RUNNING


def test_a_plain_second_launch_only_shows_the_window(supple: Supple) -> None:
    supple.open("lower-back-relief", mini=True)
    assert not supple.window.isVisible()
    supple.handed_over([])
    assert supple.window.isVisible()
    assert supple.controller.state is State.RUNNING  # the session goes on


def test_an_unknown_routine_from_a_later_launch_is_named(supple: Supple) -> None:
    supple.handed_over(["--routine", "no-such-routine"])
    assert supple.controller.state is State.READY
    told = [box.text() for box in supple.window.findChildren(QMessageBox)]
    assert any("no-such-routine" in text for text in told)


def test_m_swaps_the_window_for_the_mini_timer(qtbot: QtBot, supple: Supple) -> None:
    supple.open("desk-break", mini=False)
    supple.window.miniRequested.emit()
    assert supple.mini is not None and supple.mini.isVisible()
    assert supple.mini.objectName() == "miniTimer"
    assert not supple.window.isVisible()


@pytest.fixture
def with_tray(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Supple]:
    # the offscreen platform has no tray to show an icon in, and warns if asked to
    monkeypatch.setattr(Tray, "show", lambda self: None)
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=True)
    qtbot.addWidget(running.window)
    yield running
    running.controller.stop()
    running.tray.hide()
    running.deleteLater()


def test_closing_the_window_during_a_routine_keeps_it_going_in_the_tray(
    with_tray: Supple, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(with_tray.tray, "notify", lambda title, text: told.append(text))
    with_tray.open("desk-break", mini=False)
    with_tray.window.close()
    assert not with_tray.window.isVisible()
    assert with_tray.controller.state is State.RUNNING
    assert len(told) == 1 and "goes on" in told[0]
    assert with_tray.preferences.settings.told_about_tray
    with_tray.show_main()
    with_tray.window.close()
    assert len(told) == 1  # said once, and remembered in the settings


def test_the_tray_starts_routines_and_quits(with_tray: Supple) -> None:
    with_tray.tray.routineRequested.emit("deep-glute-release")
    assert with_tray.controller.session is not None
    assert with_tray.controller.session.plan.routine.id == "deep-glute-release"


def test_without_a_tray_closing_the_window_stops_the_routine(supple: Supple) -> None:
    supple.open("desk-break", mini=False)
    supple.window.close()
    assert supple.controller.state is State.STOPPED


def test_start_in_tray_shows_only_the_icon_when_there_is_one(with_tray: Supple) -> None:
    with_tray.preferences.remember(start_in_tray=True)
    with_tray.open(None, mini=False, at_start=True)
    assert not with_tray.window.isVisible()
    with_tray.open("desk-break", mini=False, at_start=True)  # a routine asked for is always shown
    assert with_tray.window.isVisible()


def test_no_to_stopping_from_the_mini_timer_goes_back_to_it(supple: Supple) -> None:
    supple.open("desk-break", mini=True)
    supple.window.confirm_stop = lambda: False
    assert supple.mini is not None
    supple.actions[Command.STOP].trigger()  # Esc in the mini timer, or its menu
    assert supple.controller.state is State.RUNNING
    assert supple.mini.isVisible() and not supple.window.isVisible()
    supple.window.confirm_stop = lambda: True
    supple.actions[Command.STOP].trigger()
    assert supple.controller.state is State.STOPPED
    assert supple.window.isVisible()


def test_no_to_a_later_launch_goes_back_to_the_mini_timer(supple: Supple) -> None:
    supple.open("desk-break", mini=True)
    supple.handed_over(["--routine", "lower-back-relief"])
    box = question(supple)
    assert box is not None
    box.done(QMessageBox.StandardButton.No)
    assert supple.mini is not None and supple.mini.isVisible()
    assert not supple.window.isVisible()


def test_replacing_a_routine_is_not_reported_as_its_end(supple: Supple) -> None:
    ends: list[State] = []
    supple.routineEnded.connect(lambda result: ends.append(result.state))
    supple.open("desk-break", mini=False)
    supple.handed_over(["--routine", "lower-back-relief"])
    box = question(supple)
    assert box is not None
    box.done(QMessageBox.StandardButton.Yes)
    assert ends == []  # the stop that made room is not the person's routine ending (--exit-when-done)
    assert supple.controller.session is not None
    assert supple.controller.session.plan.routine.id == "lower-back-relief"
    supple.controller.stop()
    assert ends == [State.STOPPED]


def test_a_long_list_of_problems_keeps_the_box_small(qtbot: QtBot, supple: Supple) -> None:
    problems = [f"my-stretches.json: $.stretches[{n}].hold: 300 is above the maximum of 60" for n in range(40)]
    box = tell_problems(supple.window, problems)
    assert box is not None
    assert box.text().count("my-stretches.json") == 3
    assert "37 more" in box.text()
    assert box.detailedText().count("my-stretches.json") == 40
    box.close()


def test_a_damaged_history_is_told_left_alone_and_shown_as_off(qtbot: QtBot, qapp: QApplication,
                                                                isolated_paths: Paths) -> None:
    history = isolated_paths.history_file
    history.parent.mkdir(parents=True, exist_ok=True)
    history.write_bytes(b"somebody's notes, not a database")
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()))
    qtbot.addWidget(running.window)
    try:
        assert any("History is off" in problem for problem in running.problems())
        running.window.buttons["progress"].click()
        assert running.window.progress.view is not None
        assert "History is off" in running.window.progress.view.statusLabel.text()
        assert history.read_bytes() == b"somebody's notes, not a database"
    finally:
        running.deleteLater()


def test_with_a_hung_speech_engine_sharp_pain_works_at_once_and_the_routine_goes_on_silently(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths
) -> None:
    session_clock, watch_clock = FakeClock(), FakeClock()
    hung = audio_fakes.HANGS_ON_FIRST_COMMAND  # blocked in its first command, as libspeechd was
    sound = QtSoundOutput(isolated_paths.assets, command=hung, clock=watch_clock)
    speech = QtSpeechOutput(command=hung, clock=watch_clock)
    running = Supple(qapp, load_context(isolated_paths), outputs=(sound, speech), clock=session_clock)
    qtbot.addWidget(running.window)
    controller = running.controller

    def advance(seconds: float) -> None:
        for _ in range(round(seconds * 30)):
            session_clock.advance(1 / 30)
            controller.poll()

    running.open("lower-back-relief", mini=False)
    qtbot.waitUntil(lambda: sound.worker.ready and speech.worker.ready, timeout=15_000)
    advance(12)  # 8 s to get into position, then into the first hold
    view = controller.view()
    assert view is not None and view.phase.kind is PhaseKind.HOLD
    qtbot.keyClick(running.window, Qt.Key.Key_P)  # the engines have not answered a single cue
    assert controller.view().phase.kind is PhaseKind.RELEASE  # type: ignore[union-attr]

    watch_clock.advance(2.5)
    sound.worker.check()
    speech.worker.check()  # a first stall: each gets one fresh worker, which hangs again
    assert not running.window.audioNotice.isVisible()
    qtbot.waitUntil(lambda: sound.worker.ready and speech.worker.ready, timeout=15_000)
    controller.skip()  # ends the release: cues go to the new workers, which never answer
    controller.skip()  # past the stretch: the next one is announced
    watch_clock.advance(2.5)
    sound.worker.check()
    speech.worker.check()
    notice = running.window.audioNotice
    assert notice.isVisible()
    assert notice.text.text() == "Chimes and voice stopped responding, so the routine goes on silently."
    assert not sound.worker.running and not speech.worker.running

    while not controller.state.finished:
        advance(5)
    assert controller.state is State.COMPLETE
    finished: list[bool] = []
    running.player.when_quiet(lambda: finished.append(True), most_seconds=5)
    assert finished == [True]  # nothing is waited on from engines that were given up
    running.player.close()
    running.deleteLater()


def test_the_audio_engines_start_soon_after_the_window_not_before_it(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(application, "WARM_UP_MS", 0)  # "soon" is the next turn of the event loop here
    sound, speech = FakeSound(), FakeSpeech()
    running = Supple(qapp, load_context(isolated_paths), outputs=(sound, speech))
    qtbot.addWidget(running.window)
    assert "prepare" not in sound.calls + speech.calls
    running.open(None, mini=False, at_start=True)
    assert "prepare" not in sound.calls  # not in the way of the first paint
    qtbot.waitUntil(lambda: "prepare" in sound.calls and "prepare" in speech.calls, timeout=1000)
    running.deleteLater()


def test_later_launches_while_asked_change_the_question_and_no_goes_back_to_the_mini_timer(supple: Supple) -> None:
    supple.open("desk-break", mini=True)
    supple.handed_over(["--routine", "lower-back-relief"])
    supple.handed_over(["--routine", "deep-glute-release"])  # the window is in front now, the mini hidden
    [box] = supple.window.findChildren(QMessageBox, "replaceRoutineQuestion")
    assert "Deep glute release" in box.text()
    box.done(QMessageBox.StandardButton.No)
    assert supple.mini is not None and supple.mini.isVisible()  # where the person was before being asked
    assert supple.controller.session is not None
    assert supple.controller.session.plan.routine.id == "desk-break"


def test_the_routine_waits_while_a_later_launch_asks_to_replace_it(supple: Supple) -> None:
    supple.open("desk-break", mini=False)
    supple.handed_over(["--routine", "lower-back-relief"])
    box = question(supple)
    assert box is not None
    assert supple.controller.state is State.PAUSED  # nobody follows it while reading the question
    box.done(QMessageBox.StandardButton.No)
    assert supple.controller.state is State.RUNNING


def test_a_paused_routine_stays_paused_after_no_to_replacing_it(supple: Supple) -> None:
    supple.open("desk-break", mini=False)
    supple.controller.do(Command.PAUSE)
    supple.handed_over(["--routine", "lower-back-relief"])
    box = question(supple)
    assert box is not None
    box.done(QMessageBox.StandardButton.No)
    assert supple.controller.state is State.PAUSED


@pytest.fixture
def on_wayland(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Supple]:
    """The app as a native Wayland client sees it: its mini timer cannot keep itself on top."""
    monkeypatch.setattr(application, "stays_on_top", lambda: False)
    monkeypatch.setattr(Tray, "show", lambda self: None)
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=True)
    qtbot.addWidget(running.window)
    yield running
    running.controller.stop()
    if running.mini is not None:
        running.mini.close()
        running.mini.deleteLater()
    running.tray.hide()
    running.deleteLater()


def _told(supple: Supple) -> list[str]:
    assert supple.mini is not None
    return [box.text() for box in supple.mini.findChildren(QMessageBox) if box.isVisible()
            and "Always on Top" in box.text()]


def test_on_wayland_the_tray_brings_the_mini_timer_forward(on_wayland: Supple) -> None:
    assert on_wayland.tray.menu is not None
    assert on_wayland.tray.menu.bring_forward.isVisible()
    on_wayland.open("desk-break", mini=False)
    on_wayland.tray.menu.bring_forward.trigger()
    assert on_wayland.mini is not None and on_wayland.mini.isVisible() and not on_wayland.mini.on_top
    assert not on_wayland.window.isVisible()


def test_on_wayland_how_to_pin_the_mini_timer_is_said_once(on_wayland: Supple) -> None:
    on_wayland.open("desk-break", mini=True)
    assert len(_told(on_wayland)) == 1
    assert on_wayland.preferences.settings.told_about_on_top
    assert on_wayland.mini is not None
    on_wayland.mini.close()
    on_wayland.mini.deleteLater()
    on_wayland.mini = None  # as if Supple started again: the mini timer is made anew
    on_wayland.show_mini()
    assert _told(on_wayland) == []


def test_on_wayland_the_advice_comes_once_the_mini_timer_is_shown(
    on_wayland: Supple, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a compositor puts the window it maps last in front: the advice must not be mapped under the mini timer
    shown_first: list[bool] = []
    monkeypatch.setattr(MiniTimer, "tell_how_to_pin", lambda mini: shown_first.append(mini.isVisible()))
    on_wayland.open("desk-break", mini=False)
    on_wayland.tray.miniForwardRequested.emit()
    assert shown_first == [True]
