"""The main window, driven by the keyboard on a fake clock, as a person would use it."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.catalogue import Side
from app.context import load_context
from app.history import HistoryStore
from app.paths import Paths
from app.qt.adapters.history_recorder import HistoryRecorder
from app.qt.adapters.session_controller import SessionController
from app.qt.widgets.contrast import contrast
from app.qt.widgets.hold_timer import HoldTimer
from app.qt.widgets.theme import load_style_sheet
from app.qt.window.main_window import MainWindow
from app.qt.window.pose_panel import PosePanel
from app.qt.window.routine_list import RoutineList
from app.session import FakeClock, PhaseKind, SessionResult, State
from tests.qt.accessibility import accessible, assert_named_as_shown, role
from tests.qt.conftest import Rig, make_rig


def press(qtbot: QtBot, rig: Rig, key: Qt.Key) -> None:
    focus = rig.window.focusWidget() or rig.window
    qtbot.keyClick(focus, key)


def page(rig: Rig) -> str:
    return rig.window.stage.currentWidget().objectName()


def test_the_widgets_tests_and_screen_readers_rely_on_have_their_names(rig: Rig) -> None:
    window = rig.window
    for kind, name in [
        (RoutineList, "routineList"), (PosePanel, "posePanel"), (QWidget, "poseView"),
        (HoldTimer, "holdTimer"), (QProgressBar, "routineProgress"), (QPushButton, "painButton"),
    ]:
        assert window.findChild(kind, name) is not None, name
    window.start_routine("desk-break")
    for button in window.findChildren(QPushButton):
        assert_named_as_shown(button)
    assert accessible(window.holdTimer) == "Get into position, 8 seconds left, left leg"
    assert role(window.holdTimer) is QAccessible.Role.ProgressBar  # with a value: the seconds gone
    assert (window.holdTimer.value(), window.holdTimer.maximum()) == (0, 8)


def test_choose_with_the_keyboard_and_start_with_enter(qtbot: QtBot, rig: Rig) -> None:
    routines = rig.window.routineList
    assert routines.hasFocus()
    assert routines.selected_routine() == "lower-back-relief"
    press(qtbot, rig, Qt.Key.Key_Down)
    assert routines.selected_routine() == "deep-glute-release"
    assert rig.window.posePanel.nameLabel.text() == "Deep glute release"  # the preview follows
    press(qtbot, rig, Qt.Key.Key_Return)
    assert rig.controller.state is State.RUNNING
    assert rig.controller.session is not None
    assert rig.controller.session.plan.routine.id == "deep-glute-release"
    assert not rig.window.sidebar.isVisible()
    assert rig.window.painButton.isVisible()


def test_space_pauses_and_resumes_and_time_stands_still_meanwhile(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    rig.advance(2)
    press(qtbot, rig, Qt.Key.Key_Space)
    assert rig.controller.state is State.PAUSED
    assert rig.window.buttons["pause"].text() == "Resume"
    assert not rig.controller.polling  # nothing ticks while paused
    before = rig.window.holdTimer.face().seconds
    rig.clock.advance(30)
    assert rig.window.holdTimer.face().seconds == before
    assert rig.window.holdTimer.face().phase.startswith("Paused")
    press(qtbot, rig, Qt.Key.Key_Space)
    assert rig.controller.state is State.RUNNING
    assert rig.controller.polling


def test_skip_and_back_move_through_the_routine(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    session = rig.controller.session
    assert session is not None
    press(qtbot, rig, Qt.Key.Key_Right)
    assert session.phase.kind is PhaseKind.HOLD
    press(qtbot, rig, Qt.Key.Key_Right)
    press(qtbot, rig, Qt.Key.Key_Right)
    press(qtbot, rig, Qt.Key.Key_Right)
    press(qtbot, rig, Qt.Key.Key_Right)  # past the right hold: next up, cat-cow
    assert session.phase.stretch_id == "cat-cow"
    assert "Stretch 2 of 3" in rig.window.progressLabel.text()
    at_cat_cow = rig.window.routineProgress.value()
    assert 30 < at_cat_cow < 45  # percent: cat-cow starts 79 s into the 195 s routine
    press(qtbot, rig, Qt.Key.Key_Left)
    assert (session.phase.stretch_id, session.phase.kind) == ("knee-to-chest", PhaseKind.PREPARE)
    assert "Stretch 1 of 3" in rig.window.progressLabel.text()
    assert rig.window.routineProgress.value() == 0


def test_the_pose_panel_shows_the_stretch_and_the_side_being_worked(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    panel = rig.window.posePanel
    assert panel.nameLabel.text() == "Knee to chest"
    assert panel.sideLabel.isVisible()
    assert panel.sideLabel.text() == "Left leg"
    assert "Lie down" in panel.detailsLabel.text()
    assert rig.window.holdTimer.face().side == "Left leg"
    press(qtbot, rig, Qt.Key.Key_Right)
    press(qtbot, rig, Qt.Key.Key_Right)  # the left hold is over: switch sides
    assert panel.sideLabel.text() == "Right leg"
    assert panel.poseView.moment() is not None
    rig.advance(4.9)  # the end of the switch: the right side, drawn as the mirror
    moment = panel.poseView.moment()
    assert moment is not None and moment.side is Side.RIGHT
    assert "right leg" in panel.poseView.accessibleDescription()


def test_the_illustration_moves_into_the_pose_and_holds_still(rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    view = rig.window.posePanel.poseView
    seen = set()
    for _ in range(8):
        rig.advance(1)
        seen.add(view.moment())
    rig.advance(0.2)
    assert len(seen) >= 5  # moved through several in-between frames during "get into position"
    assert rig.controller.session is not None and rig.controller.session.phase.kind is PhaseKind.HOLD
    holding = view.moment()
    rig.advance(5)
    assert view.moment() == holding


def test_pain_releases_then_offers_a_choice(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    press(qtbot, rig, Qt.Key.Key_Right)  # into the hold
    press(qtbot, rig, Qt.Key.Key_P)
    session = rig.controller.session
    assert session is not None and session.phase.kind is PhaseKind.RELEASE
    assert rig.window.posePanel.nameLabel.text() == "Ease out of knee to chest slowly"
    rig.advance(10.5)
    assert rig.controller.state is State.AWAITING_CHOICE
    assert rig.window.buttons["skipStretch"].isVisible()
    assert rig.window.buttons["goOn"].isVisible()
    rig.window.buttons["skipStretch"].click()
    assert session.phase.stretch_id == "cat-cow"


def test_a_whole_routine_reaches_the_completion_view(qtbot: QtBot, rig: Rig) -> None:
    finished: list[SessionResult] = []
    rig.window.routineFinished.connect(finished.append)
    rig.window.start_routine("lower-back-relief")
    press(qtbot, rig, Qt.Key.Key_Right)
    press(qtbot, rig, Qt.Key.Key_P)  # one pain report, then carry on
    rig.advance(10.5)
    rig.window.buttons["goOn"].click()
    rig.advance(400, step=0.25)
    assert page(rig) == "completionPage"
    assert len(finished) == 1 and finished[0].state is State.COMPLETE
    title = rig.window.findChild(QLabel, "completionTitle")
    summary = rig.window.findChild(QLabel, "completionSummary")
    assert title is not None and summary is not None
    assert "complete" in title.text().lower()
    assert "Sharp pain reported" in summary.text()
    assert "Child's pose" in html.unescape(summary.text())


def test_escape_stops_after_confirmation_and_a_no_keeps_going(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("desk-break")
    rig.window.confirm_stop = lambda: False
    press(qtbot, rig, Qt.Key.Key_Escape)
    assert rig.controller.state is State.RUNNING
    rig.window.confirm_stop = lambda: True
    press(qtbot, rig, Qt.Key.Key_Escape)
    assert rig.controller.state is State.STOPPED
    assert page(rig) == "completionPage"


def test_keys_do_nothing_to_a_session_that_is_not_running(qtbot: QtBot, rig: Rig) -> None:
    for key in (Qt.Key.Key_P, Qt.Key.Key_R, Qt.Key.Key_Left, Qt.Key.Key_Escape):
        press(qtbot, rig, key)
    assert rig.controller.state is State.READY
    assert rig.window.sidebar.isVisible()


def test_the_progress_page_opens_from_the_sidebar_and_a_routine_brings_the_preview_back(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.window.buttons["progress"].click()
    assert page(rig) == "progressPage"
    assert rig.window.progress.view is not None and rig.window.progress.view.isVisible()
    assert rig.window.buttons["progress"].isChecked()
    press(qtbot, rig, Qt.Key.Key_Down)  # back in the list: the chosen routine's preview returns
    assert page(rig) == "sessionPage"
    assert rig.window.posePanel.nameLabel.text() == "Deep glute release"
    assert not rig.window.buttons["progress"].isChecked()


def test_new_timings_change_the_routine_lengths_shown(rig: Rig) -> None:
    def listed_minutes() -> str:
        item = rig.window.routineList.routine_items()[-1]  # full back and glutes, with its warm-up
        return item.text(0).splitlines()[1]

    before = listed_minutes()
    rig.window.apply_settings(rig.window.planner.settings.replace(warm_up_enabled=False))
    assert listed_minutes() != before
    assert rig.window.routineList.selected_routine() == "lower-back-relief"


def test_settings_are_asked_for_with_ctrl_comma(qtbot: QtBot, rig: Rig) -> None:
    with qtbot.waitSignal(rig.window.settingsRequested, timeout=1000):
        qtbot.keyClick(rig.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)


def test_a_finished_routine_is_recorded_and_the_progress_view_shows_it(qtbot: QtBot, isolated_paths: Paths) -> None:
    store = HistoryStore.open(isolated_paths.history_file)
    assert store.available, store.problem
    rig = make_rig(qtbot, isolated_paths, store)
    recorder = HistoryRecorder(rig.controller, store)
    recorder.recorded.connect(rig.window.history_changed)
    rig.window.buttons["progress"].click()
    assert rig.window.progress.view is not None
    rig.window.buttons["progress"].click()
    rig.window.start_routine("desk-break")
    rig.advance(200, step=0.25)
    assert page(rig) == "completionPage"
    summary = rig.window.findChild(QLabel, "completionSummary")
    assert summary is not None
    rig.window.buttons["done"].click()
    rig.window.buttons["progress"].click()
    routines = rig.window.progress.view.findChild(QLabel, "topRoutines")
    assert routines is not None and "Desk break" in routines.text()
    # one session: both pages say the same time stretching, in the same words
    totals = rig.window.progress.view.findChild(QLabel, "totalsLabel")
    assert totals is not None
    said = re.search(r"Time stretching: [0-9:]+", totals.text())
    assert said is not None and said.group() in html.unescape(summary.text())


def test_settings_or_progress_after_a_routine_never_leave_a_half_session_view(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("desk-break")
    rig.advance(200, step=0.25)
    assert page(rig) == "completionPage"
    rig.window.apply_settings(rig.window.planner.settings.replace(hold_seconds=20))
    assert page(rig) == "completionPage"  # the summary stays until the person leaves it
    qtbot.keyClick(rig.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert page(rig) == "progressPage"
    assert not rig.window.sidebar.isHidden()
    assert rig.window.timerColumn.isHidden()
    for name in ("pause", "back", "restart", "skip", "pain", "stop", "mini"):
        assert rig.window.buttons[name].isHidden(), name
    qtbot.keyClick(rig.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert page(rig) == "sessionPage"
    assert rig.window.posePanel.nameLabel.text() == "Desk break"


def test_new_settings_keep_the_progress_page_open(rig: Rig) -> None:
    rig.window.buttons["progress"].click()
    rig.window.apply_settings(rig.window.planner.settings.replace(hold_seconds=20))
    assert page(rig) == "progressPage"


def test_nothing_is_promised_next_while_easing_out_after_pain(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    assert rig.window.nextLabel.text() == "Next: right leg"
    press(qtbot, rig, Qt.Key.Key_P)
    assert rig.window.nextLabel.text() == ""
    rig.advance(10.5)
    assert rig.controller.state is State.AWAITING_CHOICE
    assert "Next" not in rig.window.nextLabel.text()  # the choice is the person's


def test_a_computer_that_slept_pauses_the_routine_and_says_so(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    rig.advance(2)
    rig.clock.advance(3600)  # an hour asleep between two polls
    rig.controller.poll()
    assert rig.controller.state is State.PAUSED
    assert "asleep" in rig.window.nextLabel.text()
    press(qtbot, rig, Qt.Key.Key_Space)
    assert rig.controller.state is State.RUNNING
    assert rig.window.nextLabel.text() == "Next: right leg"


def test_an_audio_failure_is_told_once_above_the_timer_with_a_way_to_try_again(rig: Rig, qtbot: QtBot) -> None:
    window = rig.window
    assert not window.audioNotice.isVisible()
    assert window.audioNotice.icon.pixmap().isNull()
    window.start_routine("desk-break")
    window.show_audio_trouble("The voice stopped responding, so the routine goes on with chimes only.")
    assert window.audioNotice.isVisible()
    assert "chimes only" in window.audioNotice.text.text()
    assert not window.audioNotice.icon.pixmap().isNull()  # the warning sign, found when first said
    assert rig.controller.state is State.RUNNING  # nothing modal, nothing paused
    with qtbot.waitSignal(window.audioRetryRequested, timeout=100):
        window.audioNotice.retry.click()
    assert not window.audioNotice.isVisible()


def test_the_choice_after_pain_shows_its_keys_and_space_goes_on_gently(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    press(qtbot, rig, Qt.Key.Key_Right)  # into the hold
    press(qtbot, rig, Qt.Key.Key_P)
    rig.advance(10.5)
    shown = rig.window.nextLabel.text()
    assert "Space" in shown and "Right arrow" in shown
    assert "go on gently" in shown.lower() and "skip this stretch" in shown.lower()
    for name, key in (("goOn", "Space"), ("skipStretch", "Right arrow")):
        button = rig.window.buttons[name]
        assert button.isVisible()
        assert button.accessibleName() == button.text()  # speech input says what it sees
        assert button.accessibleDescription() == f"Key: {key}"
    press(qtbot, rig, Qt.Key.Key_Space)
    session = rig.controller.session
    assert session is not None and session.phase.gentle and rig.controller.state is State.RUNNING
    assert "light stretch" in rig.window.nextLabel.text()


def test_the_stop_question_pauses_the_routine_and_no_goes_on_where_it_was(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    rig.advance(10)  # 2 s into the hold
    before = rig.window.holdTimer.face().seconds
    while_asking: list[State] = []

    def no() -> bool:
        while_asking.append(rig.controller.state)
        rig.clock.advance(6)  # the person reads the question
        return False

    rig.window.confirm_stop = no
    press(qtbot, rig, Qt.Key.Key_Escape)
    assert while_asking == [State.PAUSED]
    assert rig.controller.state is State.RUNNING
    assert rig.window.holdTimer.face().seconds == before


def test_a_routine_paused_before_the_stop_question_stays_paused_after_no(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    rig.advance(2)
    press(qtbot, rig, Qt.Key.Key_Space)
    rig.window.confirm_stop = lambda: False
    press(qtbot, rig, Qt.Key.Key_Escape)
    assert rig.controller.state is State.PAUSED


def test_ctrl_h_during_a_routine_says_why_the_progress_waits(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    qtbot.keyClick(rig.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert page(rig) == "sessionPage"  # the timer stays in view
    qtbot.keyClick(rig.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    shown = rig.window.nextLabel.text()
    assert "Next: right leg" in shown and shown.lower().count("progress") == 1
    rig.advance(8.1)  # the next phase: the note has been read
    assert "progress" not in rig.window.nextLabel.text().lower()
    rig.controller.stop()
    qtbot.keyClick(rig.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert page(rig) == "progressPage"


def ring_and_words(rig: Rig) -> tuple[int, int]:
    """The ring's diameter on screen, and the height the words and digits inside it cover."""
    image = rig.window.holdTimer.grab().toImage()
    window = rig.window.holdTimer.palette().color(QPalette.ColorRole.Window)
    middle_row, middle_column = image.height() // 2, image.width() // 2
    ring = [x for x in range(image.width()) if contrast(image.pixelColor(x, middle_row), window) > 1.1]
    inside = round((ring[-1] - ring[0]) * 0.3)  # a band down the middle, clear of the ring
    columns = range(middle_column - 40, middle_column + 40)
    words = [y for y in range(middle_row - inside, middle_row + inside)
             if any(contrast(image.pixelColor(x, y), window) > 3 for x in columns)]
    return ring[-1] - ring[0], words[-1] - words[0]


def styled(rig: Rig) -> None:
    """The window with the app's style sheet (its larger fonts), as a person sees it."""
    paths = rig.window.context.paths
    rig.window.setStyleSheet(load_style_sheet(paths.ui / "supple.qss", paths.assets / "icons"))


def test_a_bigger_window_shows_a_bigger_ring_and_digits(qtbot: QtBot, rig: Rig) -> None:
    styled(rig)
    rig.window.start_routine("lower-back-relief")
    press(qtbot, rig, Qt.Key.Key_Right)  # into the hold: phase, seconds and side
    rig.window.resize(1280, 800)
    qtbot.wait(1)  # let the layout settle; no time passes for the session
    ring, words = ring_and_words(rig)
    rig.window.resize(1920, 1080)
    qtbot.wait(1)
    bigger_ring, bigger_words = ring_and_words(rig)
    assert bigger_ring > ring * 1.25
    assert bigger_words > words * 1.25


@pytest.mark.parametrize("kind", [PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.FLOW, PhaseKind.RELEASE])
def test_each_phase_shows_what_matters_without_scrolling_at_1280x800(qtbot: QtBot, rig: Rig,
                                                                     kind: PhaseKind) -> None:
    styled(rig)
    rig.window.start_routine("lower-back-relief")
    rig.window.resize(1280, 770)  # a maximised window under a title bar
    panel = rig.window.posePanel
    for stretch in rig.window.catalogue.stretches.values():
        side = Side.LEFT if stretch.one_sided else None
        panel.show_stretch(stretch, side, "", kind)
        qtbot.wait(1)  # the layout settles
        assert not panel.detailsScroll.verticalScrollBar().isVisible(), stretch.id


def test_easing_out_after_pain_tells_how_to_come_out(qtbot: QtBot, rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    details = rig.window.posePanel.detailsLabel
    assert "Lie down face up" in details.text()  # getting into position: the setup
    press(qtbot, rig, Qt.Key.Key_Right)
    assert "You should feel" in details.text() and "Lie down face up" not in details.text()
    press(qtbot, rig, Qt.Key.Key_P)
    assert "Easing out" in details.text() and "Lie down face up" not in details.text()
    rig.advance(10.5)
    assert rig.controller.state is State.AWAITING_CHOICE
    assert "Easing out" in details.text()


def test_progress_at_800x600_keeps_the_window_on_the_screen(qtbot: QtBot, isolated_paths: Paths) -> None:
    store = HistoryStore.open(isolated_paths.history_file)
    rig = make_rig(qtbot, isolated_paths, store)
    HistoryRecorder(rig.controller, store)
    rig.window.start_routine("desk-break")  # a session, so every part of the page has something to show
    rig.advance(200, step=0.25)
    rig.window.buttons["done"].click()
    styled(rig)
    rig.window.resize(800, 570)  # the whole of an 800x600 screen under a title bar
    rig.window.buttons["progress"].click()
    qtbot.wait(1)
    assert page(rig) == "progressPage"
    assert rig.window.width() <= 800
    assert rig.window.minimumSizeHint().width() <= 800
    rig.controller.stop()


def test_while_hidden_the_window_skips_the_ticks_and_catches_up_when_shown(rig: Rig) -> None:
    """Following the routine in the mini timer or the tray, nobody sees the window: it does not
    redo its face thirty times a second, and is current again as soon as it is shown."""
    rig.window.start_routine("lower-back-relief")
    rig.advance(1)
    rig.window.hide()
    before = rig.window.holdTimer.accessibleName()
    rig.advance(3)
    assert rig.window.holdTimer.accessibleName() == before
    rig.window.show()
    now = rig.window.holdTimer.face().accessible_text
    assert now != before
    assert rig.window.holdTimer.accessibleName() == now


def test_the_window_asks_to_be_polled_by_what_it_shows(rig: Rig) -> None:
    rig.window.start_routine("lower-back-relief")
    rig.advance(0.5)
    pane = rig.window.pane
    shown = pane.seconds_to_change()
    assert shown is not None and 0 < shown <= 1  # the ring's next pixel, the next second or the figure's frame
    rig.window.hide()
    assert pane.seconds_to_change() is None  # nobody sees it: the controller needs it for nothing


def test_a_start_into_a_routine_fills_the_list_when_it_is_first_shown(qtbot: QtBot, isolated_paths: Paths) -> None:
    clock = FakeClock()
    controller = SessionController(clock)
    window = MainWindow(load_context(isolated_paths), controller, choosing=False)
    window.confirm_stop = lambda: True
    qtbot.addWidget(window)
    window.start_routine("desk-break")
    window.show()
    qtbot.waitExposed(window)
    rig = Rig(window, controller, clock)
    assert window.routineList.routine_items() == []  # hidden while the routine runs: not filled yet
    window.apply_settings(window.planner.settings.replace(warm_up_enabled=False))  # nor by new timings
    assert window.routineList.routine_items() == []
    assert page(rig) == "sessionPage" and window.holdTimer.isVisible()
    controller.stop()
    qtbot.mouseClick(window.buttons["done"], Qt.MouseButton.LeftButton)  # back to choosing
    assert window.sidebar.isVisible()
    listed = [item.data(0, Qt.ItemDataRole.UserRole) for item in window.routineList.routine_items()]
    assert "desk-break" in listed and len(listed) > 3
    assert window.routineList.selected_routine() == "desk-break"  # the routine just followed
    assert window.posePanel.nameLabel.text() == window.catalogue.routine("desk-break").name
