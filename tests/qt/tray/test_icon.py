"""The tray: its menu, its pause action and its tooltip, with or without a system tray."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.catalogue import Catalogue
from app.context import load_context, timing_from
from app.paths import APP_ID, Paths
from app.presenters.glance import status_line
from app.qt.adapters.session_controller import SessionController
from app.qt.tray import icon
from app.qt.tray.icon import Tray, TrayMenu, app_icon_file
from app.session import FakeClock, Timing, build_plan


@dataclass
class TrayRig:
    tray: Tray
    menu: TrayMenu
    controller: SessionController
    clock: FakeClock
    catalogue: Catalogue
    timing: Timing
    shown: list[bool]

    def start(self, routine: str = "lower-back-relief") -> None:
        self.controller.load(build_plan(self.catalogue.routine(routine), self.catalogue, self.timing))
        self.controller.start()

    def advance(self, seconds: float, step: float = 1 / 30) -> None:
        for _ in range(round(seconds / step)):
            self.clock.advance(step)
            self.controller.poll()


@pytest.fixture
def rig(qapp: QApplication, isolated_paths: Paths) -> Iterator[TrayRig]:
    context = load_context(isolated_paths)
    clock = FakeClock()
    controller = SessionController(clock)
    shown = [True]
    # The offscreen platform has no tray: pretend it has, to check what would be shown.
    tray = Tray(controller, context.catalogue.catalogue, context.paths.assets,
                window_visible=lambda: shown[0], available=True)
    assert tray.menu is not None
    timing = timing_from(context.settings.settings)
    yield TrayRig(tray, tray.menu, controller, clock, context.catalogue.catalogue, timing, shown)
    controller.stop()


def test_without_a_tray_nothing_is_made(qapp: QApplication, isolated_paths: Paths) -> None:
    context = load_context(isolated_paths)
    tray = Tray(SessionController(FakeClock()), context.catalogue.catalogue, context.paths.assets)
    assert tray.available is False  # offscreen has no system tray
    assert tray.icon is None and tray.menu is None
    tray.show()
    tray.refresh()


def test_the_menu_lists_every_routine_and_asks_for_the_one_chosen(qtbot: QtBot, rig: TrayRig) -> None:
    names = [action.text() for action in rig.menu.routines.actions()]
    assert names == [routine.name for routine in rig.catalogue.routines]
    assert "Desk break" in names
    with qtbot.waitSignal(rig.tray.routineRequested, timeout=1000) as blocker:
        rig.menu.routines.actions()[names.index("Desk break")].trigger()
    assert blocker.args == ["desk-break"]


def test_the_pause_action_follows_the_session(rig: TrayRig) -> None:
    pause = rig.menu.pause
    assert not pause.isEnabled()
    rig.start()
    assert pause.isEnabled() and pause.text() == "Pause"
    assert not rig.menu.routines.menuAction().isEnabled()  # one routine at a time
    pause.trigger()
    assert pause.text() == "Resume"
    pause.trigger()
    assert pause.text() == "Pause"
    rig.controller.stop()
    assert not pause.isEnabled()
    assert rig.menu.routines.menuAction().isEnabled()


def test_the_tooltip_says_what_is_running(rig: TrayRig) -> None:
    assert rig.tray.icon is not None
    assert rig.tray.icon.toolTip() == "Supple"
    rig.start()
    rig.controller.skip()  # into the hold
    rig.advance(18.5)
    assert rig.tray.icon.toolTip() == "Knee to chest, left leg — Hold, 12 s"
    assert rig.menu.status.text() == rig.tray.icon.toolTip()


def test_show_or_hide_follows_the_window(qtbot: QtBot, rig: TrayRig) -> None:
    rig.menu.aboutToShow.emit()
    assert rig.menu.show_hide.text() == "Hide Supple"
    with qtbot.waitSignal(rig.tray.hideWindowRequested, timeout=1000):
        rig.menu.show_hide.trigger()
    rig.shown[0] = False
    rig.menu.aboutToShow.emit()
    assert rig.menu.show_hide.text() == "Show Supple"
    with qtbot.waitSignal(rig.tray.showWindowRequested, timeout=1000):
        rig.menu.show_hide.trigger()
    with qtbot.waitSignal(rig.tray.quitRequested, timeout=1000):
        rig.menu.quit.trigger()


def test_the_app_icon_is_found_when_installed(tmp_path: Path) -> None:
    assert app_icon_file(tmp_path) is None
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "a-symbolic.svg").write_text("<svg/>", encoding="utf-8")
    assert app_icon_file(tmp_path) == tmp_path / "icons" / "a-symbolic.svg"
    (tmp_path / "icons" / f"{APP_ID}.svg").write_text("<svg/>", encoding="utf-8")
    assert app_icon_file(tmp_path) == tmp_path / "icons" / f"{APP_ID}.svg"


def test_it_shows_the_time_to_the_next_reminder_and_offers_snooze_and_pause(rig: TrayRig, qtbot: QtBot) -> None:
    rig.tray.show_reminders("Next reminder in 23 min of work", paused=False, enabled=True)
    assert rig.menu.reminder_line.text() == "Next reminder in 23 min of work"
    assert "Next reminder in 23 min of work" in rig.tray.icon.toolTip()  # type: ignore[union-attr]
    assert not rig.menu.resume.isVisible() and rig.menu.reminders.menuAction().isVisible()
    with qtbot.waitSignal(rig.tray.snoozeRequested) as snoozed:
        rig.menu.reminders.actions()[1].trigger()
    assert snoozed.args == [10]
    with qtbot.waitSignal(rig.tray.pauseRequested) as paused:
        rig.menu.pause_tomorrow.trigger()
    assert paused.args == ["tomorrow"]
    rig.tray.show_reminders("Reminders are paused", paused=True, enabled=True)
    assert rig.menu.resume.isVisible() and not rig.menu.pause_hour.isVisible()


def test_with_reminders_off_it_offers_none(rig: TrayRig) -> None:
    rig.tray.show_reminders("", paused=False, enabled=False)
    assert not rig.menu.reminder_line.isVisible() and not rig.menu.reminders.menuAction().isVisible()


def _menu_texts(menu: TrayMenu) -> list[str]:
    return [action.text() for action in menu.actions() if action.isVisible() and not action.isSeparator()]


def test_where_the_mini_timer_cannot_stay_on_top_the_tray_brings_it_forward(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths,
) -> None:
    # a native Wayland window: the offscreen platform has no tray, so the menu is checked as it would be shown
    context = load_context(isolated_paths)
    controller = SessionController(FakeClock())
    tray = Tray(controller, context.catalogue.catalogue, context.paths.assets, available=True, offer_forward=True)
    assert tray.menu is not None
    forward = tray.menu.bring_forward
    assert "&Bring the mini timer forward" in _menu_texts(tray.menu)  # one key, B, in the open menu
    assert not forward.isEnabled()  # nothing to follow yet
    catalogue = context.catalogue.catalogue
    controller.load(build_plan(catalogue.routine("desk-break"), catalogue, timing_from(context.settings.settings)))
    controller.start()
    assert forward.isEnabled()
    with qtbot.waitSignal(tray.miniForwardRequested, timeout=1000):
        forward.trigger()
    controller.stop()


def test_where_it_stays_on_top_by_itself_the_tray_does_not_offer_it(rig: TrayRig) -> None:
    assert not any("forward" in text for text in _menu_texts(rig.menu))


def test_the_status_is_worked_out_once_a_second_not_at_each_poll(rig: TrayRig, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []

    def counted(*args: object) -> str:
        said.append(status_line(*args))  # type: ignore[arg-type]
        return said[-1]

    monkeypatch.setattr(icon, "status_line", counted)
    rig.start()
    rig.advance(10.5)  # 315 polls, from getting into position into the hold
    assert 10 <= len(said) <= 13
    assert rig.tray.status() == said[-1] == "Knee to chest, left leg — Hold, 28 s"
