"""The reminder prompt: where it goes, what it offers, that it leaves the focus alone, and its answers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.qt.companion.prompt import ReminderPrompt, corner_position
from app.schedule.suggest import Offer

OFFER = Offer("lower-back-relief", "Lower back relief", 400.0, "floor")
SCREEN = QRect(0, 0, 1920, 1050)  # a panel below


def _prompt(qtbot: QtBot) -> ReminderPrompt:
    prompt = ReminderPrompt()
    qtbot.addWidget(prompt)
    return prompt


def test_it_goes_to_the_bottom_right_corner_or_by_the_tray_icon() -> None:
    size = QSize(300, 120)
    assert corner_position(SCREEN, size) == QPoint(1920 - 1 - 16 - 300, 1050 - 1 - 16 - 120)
    top_tray = QRect(1800, 0, 24, 24)
    assert corner_position(SCREEN, size, top_tray) == QPoint(1920 - 1 - 16 - 300, 24 + 16 - 1)
    bottom_tray = QRect(1000, 1030, 20, 20)
    placed = corner_position(SCREEN, size, bottom_tray)
    assert placed.y() + size.height() < bottom_tray.top() and SCREEN.contains(QRect(placed, size))


def test_its_title_begins_time_for_a_stretch_and_names_the_routine_and_its_minutes(qtbot: QtBot) -> None:
    prompt = _prompt(qtbot)
    prompt.offer_break(OFFER, short_only=False, worked_minutes=50)
    assert prompt.windowTitle() == "Time for a stretch: Lower back relief (7 min)"
    assert "50 min" in prompt.reason.text()
    assert not prompt.snoozeButton.isHidden()


def test_past_the_snooze_limit_it_offers_no_snooze(qtbot: QtBot) -> None:
    prompt = _prompt(qtbot)
    prompt.offer_break(OFFER, short_only=True, worked_minutes=80)
    assert prompt.snoozeButton.isHidden()
    assert "desk" in prompt.reason.text()


def test_it_never_takes_the_focus_from_the_person_s_work(qtbot: QtBot) -> None:
    work = QLineEdit()
    qtbot.addWidget(work)
    work.show()
    work.activateWindow()
    work.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is work)
    prompt = _prompt(qtbot)
    prompt.offer_break(OFFER, short_only=False, worked_minutes=50)
    prompt.appear()
    qtbot.waitExposed(prompt)
    assert prompt.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.focusWidget() is work


def test_its_buttons_answer(qtbot: QtBot) -> None:
    prompt = _prompt(qtbot)
    prompt.offer_break(OFFER, short_only=False, worked_minutes=50)
    prompt.appear()
    with qtbot.waitSignal(prompt.snoozeRequested) as snoozed:
        prompt.snoozeButton.click()
    assert snoozed.args == [10] and not prompt.isVisible()
    prompt.appear()
    qtbot.mouseClick(prompt.reason, Qt.MouseButton.LeftButton)  # the person reaches for it
    assert not prompt.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    with qtbot.waitSignal(prompt.startRequested) as started:
        qtbot.keyClick(prompt, Qt.Key.Key_S)
    assert started.args == ["lower-back-relief"]
    prompt.appear()
    with qtbot.waitSignal(prompt.skipRequested):
        prompt.skipButton.click()


def test_unanswered_it_fades_away(qtbot: QtBot) -> None:
    prompt = _prompt(qtbot)
    prompt.offer_break(OFFER, short_only=False, worked_minutes=50)
    prompt.appear()
    prompt.fade()
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=5000)
    assert prompt.body.graphicsEffect().opacity() == 1.0  # ready for the next time
