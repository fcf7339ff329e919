"""The mini timer on its own: a controller on a fake clock, no main window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from app.context import Context, load_context, timing_from
from app.paths import Paths
from app.qt.adapters.session_controller import SessionController
from app.qt.mini.mini_place import Rect, layout_key
from app.qt.mini.mini_timer import MiniTimer, on_top_limitation, stays_on_top
from app.session import FakeClock, State, build_plan
from tests.qt.accessibility import accessible, assert_named_as_shown, role

# Showing a tool window makes Qt raise it, which the offscreen platform cannot do and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)


@dataclass
class MiniRig:
    mini: MiniTimer
    controller: SessionController
    clock: FakeClock
    context: Context

    def advance(self, seconds: float, step: float = 1 / 30) -> None:
        """Let `seconds` pass on the fake clock, polling as the controller's timer would."""
        for _ in range(round(seconds / step)):
            self.clock.advance(step)
            self.controller.poll()

    def start(self, routine: str = "lower-back-relief") -> None:
        catalogue = self.context.catalogue.catalogue
        timing = timing_from(self.context.settings.settings)
        self.controller.load(build_plan(catalogue.routine(routine), catalogue, timing))
        self.controller.start()


@pytest.fixture
def rig(qtbot: QtBot, isolated_paths: Paths) -> Iterator[MiniRig]:
    clock = FakeClock()
    controller = SessionController(clock)
    context = load_context(isolated_paths)
    mini = MiniTimer(controller, context.catalogue.catalogue)
    qtbot.addWidget(mini)
    mini.show()
    qtbot.waitExposed(mini)
    yield MiniRig(mini, controller, clock, context)
    controller.stop()


def _screen_key() -> str:
    return layout_key(Rect(s.geometry().x(), s.geometry().y(), s.geometry().width(), s.geometry().height())
                      for s in QGuiApplication.screens())


def _mouse(widget: MiniTimer, kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
    local = QPointF(at)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(at)), Qt.MouseButton.LeftButton, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_it_is_a_frameless_tool_window_kept_on_top(rig: MiniRig) -> None:
    flags = rig.mini.windowFlags()
    for flag in (Qt.WindowType.FramelessWindowHint, Qt.WindowType.WindowStaysOnTopHint, Qt.WindowType.Tool):
        assert flags & flag == flag
    assert rig.mini.objectName() == "miniTimer"
    assert 180 <= rig.mini.width() <= 280


def test_it_mirrors_the_session_as_time_passes(rig: MiniRig) -> None:
    rig.start()
    face = rig.mini.face
    assert face.nameLabel.text() == "Knee to chest"
    assert face.sideLabel.text() == "Left leg"
    assert face.nextLabel.text() == "Next: right leg"
    assert face.ring.face().phase == "Get into position"
    assert not face.thumbnail.pixmap().isNull()
    rig.advance(8.1)
    assert face.ring.face().phase == "Hold"
    rig.advance(5)
    assert face.ring.face().whole_seconds == 25
    assert face.ring.accessibleName() == "Hold, 25 seconds left, left leg"
    rig.advance(30)  # past the left hold and the switch
    assert face.sideLabel.text() == "Right leg"
    assert face.nextLabel.text() == "Next: cat-cow"


def test_a_click_on_the_ring_pauses_and_a_second_resumes(qtbot: QtBot, rig: MiniRig) -> None:
    rig.start()
    ring = rig.mini.face.ring
    qtbot.mouseClick(ring, Qt.MouseButton.LeftButton)
    assert rig.controller.state is State.PAUSED
    assert rig.mini.commands.pause.text() == "Resume"
    qtbot.mouseClick(ring, Qt.MouseButton.LeftButton)
    assert rig.controller.state is State.RUNNING


def test_the_main_window_is_one_double_click_button_or_key_away(qtbot: QtBot, rig: MiniRig) -> None:
    mini = rig.mini
    with qtbot.waitSignal(mini.showMainWindowRequested, timeout=1000):
        qtbot.mouseDClick(mini, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    with qtbot.waitSignal(mini.showMainWindowRequested, timeout=1000):
        mini.face.mainButton.click()
    with qtbot.waitSignal(mini.showMainWindowRequested, timeout=1000):
        mini.commands.unpin.trigger()
    mini.activateWindow()
    mini.setFocus()
    with qtbot.waitSignal(mini.showMainWindowRequested, timeout=1000):
        qtbot.keyClick(mini, Qt.Key.Key_M)


def test_the_keys_drive_the_session_and_escape_asks_to_stop(qtbot: QtBot, rig: MiniRig) -> None:
    rig.start()
    session = rig.controller.session
    assert session is not None
    mini = rig.mini
    mini.activateWindow()
    mini.setFocus()
    qtbot.keyClick(mini, Qt.Key.Key_Space)
    assert rig.controller.state is State.PAUSED
    qtbot.keyClick(mini, Qt.Key.Key_Space)
    qtbot.keyClick(mini, Qt.Key.Key_Right)
    assert mini.face.ring.face().phase == "Hold"
    with qtbot.waitSignal(mini.stopRequested, timeout=1000):
        qtbot.keyClick(mini, Qt.Key.Key_Escape)
    assert rig.controller.state is State.RUNNING  # stopping is the main window's to confirm
    mini.face.skipButton.click()
    assert mini.face.ring.face().phase == "Switch sides"


def test_the_context_menu_offers_every_command(rig: MiniRig) -> None:
    rig.start()
    menu = rig.mini.commands.menu(rig.mini, opacity_available=True)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["Pause", "Skip ahead", "Back to the previous stretch", "Restart this stretch", "Sharp pain",
                     "Stop the routine…", "Opacity", "Back to the main window", "Unpin"]
    opacity = next(a for a in menu.actions() if a.menu() is not None).menu()
    assert [a.text() for a in opacity.actions()] == ["100%", "85%", "70%", "55%"]
    menu.deleteLater()


def test_commands_that_need_a_session_wait_for_one(rig: MiniRig) -> None:
    commands = rig.mini.commands
    assert not commands.pause.isEnabled() and not commands.pain.isEnabled()
    assert commands.main.isEnabled()
    rig.start()
    assert commands.pause.isEnabled() and commands.pain.isEnabled() and commands.stop.isEnabled()


def test_opacity_is_remembered_through_a_signal(qtbot: QtBot, rig: MiniRig) -> None:
    with qtbot.waitSignal(rig.mini.opacityChanged, timeout=1000) as blocker:
        rig.mini.set_opacity(70)
    assert blocker.args == [70]
    assert rig.mini.opacity() == 70
    checked = [a.text() for a in rig.mini.commands.opacity_group.actions() if a.isChecked()]
    assert checked == ["70%"]


def test_the_end_of_the_routine_says_so_and_offers_the_main_window(qtbot: QtBot, rig: MiniRig) -> None:
    rig.start("desk-break")
    rig.advance(400, step=0.25)
    face = rig.mini.face
    assert rig.controller.state is State.COMPLETE
    assert face.stack.currentIndex() == 1
    assert face.doneLabel.text() == "Routine complete"
    with qtbot.waitSignal(rig.mini.showMainWindowRequested, timeout=1000):
        face.openButton.click()


def test_every_control_has_an_accessible_name(rig: MiniRig) -> None:
    for button in [*rig.mini.findChildren(QToolButton), *rig.mini.findChildren(QPushButton)]:
        assert_named_as_shown(button)
    assert rig.mini.face.ring.accessibleName() == "Ready"


def test_the_mini_timer_is_a_window_with_pause_and_pain_within_reach(rig: MiniRig) -> None:
    mini, face = rig.mini, rig.mini.face
    assert role(mini) is QAccessible.Role.Window
    assert accessible(mini) == "Supple mini timer"
    for button in (face.pauseButton, face.painButton, face.skipButton, face.mainButton):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.objectName()
    assert face.painButton.text() == "Sharp pain"


def test_a_drag_dropped_near_an_edge_snaps_and_is_remembered(qtbot: QtBot, rig: MiniRig) -> None:
    mini = rig.mini
    mini.move(300, 300)
    area = mini.screen().availableGeometry()
    start = QPoint(6, 6)
    _mouse(mini, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    # offscreen cannot move windows for us, so the window follows the pointer itself
    target = QPoint(area.left() + 10 - 300, area.top() + 40 - 300) + start
    _mouse(mini, QEvent.Type.MouseMove, target, Qt.MouseButton.LeftButton)  # 10 px from the left edge
    with qtbot.waitSignal(mini.positionsChanged, timeout=1000) as blocker:
        _mouse(mini, QEvent.Type.MouseButtonRelease, start, Qt.MouseButton.NoButton)
    assert (mini.x(), mini.y()) == (area.left(), area.top() + 40)
    assert blocker.args == [{_screen_key(): [area.left(), area.top() + 40]}]


def test_a_saved_place_off_every_screen_falls_back_onto_the_primary(isolated_paths: Paths, qtbot: QtBot) -> None:
    catalogue = load_context(isolated_paths).catalogue.catalogue
    lost = MiniTimer(SessionController(FakeClock()), catalogue, positions={_screen_key(): [5000, 5000]})
    qtbot.addWidget(lost)
    lost.show()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert (lost.x() + lost.width(), lost.y()) == (area.right() + 1 - 16, area.top() + 16)
    kept = MiniTimer(SessionController(FakeClock()), catalogue, positions={_screen_key(): [100, 120]})
    qtbot.addWidget(kept)
    kept.show()
    assert (kept.x(), kept.y()) == (100, 120)


def test_only_wayland_needs_a_word_about_staying_on_top() -> None:
    assert on_top_limitation("xcb") is None
    assert on_top_limitation("offscreen") is None
    advice = on_top_limitation("wayland")
    assert advice is not None
    # how to pin it on GNOME and on KDE, the tray's way back, and the setting that keeps it on top
    for words in ('"Always on Top"', '"Keep Above Others"', '"Bring the mini timer forward"', '"Through XWayland"'):
        assert words in advice


def test_only_a_wayland_window_cannot_keep_itself_on_top() -> None:
    assert stays_on_top("xcb") and stays_on_top("windows") and stays_on_top("offscreen")
    assert not stays_on_top("wayland") and not stays_on_top("wayland-egl")


class _Hides(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Hide
        return False


def _standalone(qtbot: QtBot, isolated_paths: Paths, *, on_top: bool) -> tuple[MiniTimer, _Hides]:
    mini = MiniTimer(SessionController(FakeClock()), load_context(isolated_paths).catalogue.catalogue, on_top=on_top)
    qtbot.addWidget(mini)
    mini.show()
    hides = _Hides()
    mini.installEventFilter(hides)
    return mini, hides


def test_bringing_it_forward_maps_it_anew_where_it_cannot_stay_on_top(qtbot: QtBot, isolated_paths: Paths) -> None:
    # a compositor puts a window it maps on top, where it refuses a raise from an app in the background
    mini, hides = _standalone(qtbot, isolated_paths, on_top=False)
    mini.bring_forward()
    assert hides.count == 1 and mini.isVisible()
    kept, kept_hides = _standalone(qtbot, isolated_paths, on_top=True)
    kept.bring_forward()
    assert kept_hides.count == 0 and kept.isVisible()


def test_where_it_is_not_on_top_its_menu_says_how_to_pin_it(qtbot: QtBot, isolated_paths: Paths) -> None:
    mini, _hides = _standalone(qtbot, isolated_paths, on_top=False)
    assert not mini.on_top
    menu = mini.commands.menu(mini, opacity_available=False, on_top=False)
    help_item = next(a for a in menu.actions() if a.text() == "How to keep it on top")
    help_item.trigger()
    told = [box for box in mini.findChildren(QMessageBox) if box.isVisible()]
    assert len(told) == 1 and '"Always on Top"' in told[0].text()
    # it may sit over the mini timer, whose Sharp pain button must still answer at once
    assert told[0].windowModality() == Qt.WindowModality.NonModal
    menu.deleteLater()
    on_top_menu = mini.commands.menu(mini, opacity_available=True, on_top=True)
    assert "How to keep it on top" not in [a.text() for a in on_top_menu.actions()]
    on_top_menu.deleteLater()


def test_when_the_monitors_change_a_window_left_off_screen_comes_back(rig: MiniRig) -> None:
    mini = rig.mini
    mini.move(-3000, 200)  # where a monitor that was just unplugged used to be
    mini.follow_screens()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert (mini.x() + mini.width(), mini.y()) == (area.right() + 1 - 16, area.top() + 16)
    mini.move(120, 140)
    mini.follow_screens()  # still on a screen: it stays where the person put it
    assert (mini.x(), mini.y()) == (120, 140)


def test_sharp_pain_from_the_focused_mini_button_leaves_the_focus_on_pause(qtbot: QtBot, rig: MiniRig) -> None:
    mini, face = rig.mini, rig.mini.face
    rig.start()
    rig.advance(9)  # into the hold
    face.painButton.setFocus()
    qtbot.keyClick(face.painButton, Qt.Key.Key_Space)
    assert rig.controller.state is State.EASING_OUT
    assert mini.focusWidget() is face.pauseButton  # not Skip, which Space would then press


def test_in_a_hold_the_words_are_worked_out_once_a_second_and_the_ring_at_each_poll(rig: MiniRig) -> None:
    rig.start()
    rig.advance(8.5)  # into the hold
    glances, refreshes = [], []
    show_glance, refresh = rig.mini.face.show_glance, rig.mini.face.ring.refresh
    rig.mini.face.show_glance = lambda seen: (glances.append(seen), show_glance(seen))  # type: ignore[method-assign]
    rig.mini.face.ring.refresh = lambda: (refreshes.append(1), refresh())  # type: ignore[method-assign]
    rig.advance(5)
    assert len(refreshes) == 150
    assert 5 <= len(glances) <= 6
    rig.controller.skip()  # switching sides: the words change at once
    assert rig.mini.face.sideLabel.text() == "Right leg"
