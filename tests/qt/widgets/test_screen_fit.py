"""A window opens no larger than its screen, and no smaller than it can be."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.qt.widgets.screen_fit import FRAME_ALLOWANCE, fitted_size, resize_to_fit


def test_a_large_screen_gives_what_is_wanted() -> None:
    assert fitted_size(QSize(980, 680), QSize(1920, 1080), QSize(600, 400)) == QSize(980, 680)


def test_a_small_screen_cuts_it_down_leaving_room_for_the_frame() -> None:
    assert fitted_size(QSize(1240, 760), QSize(800, 600), QSize(700, 500)) == QSize(800, 600) - FRAME_ALLOWANCE


def test_never_below_the_windows_own_minimum() -> None:
    assert fitted_size(QSize(1240, 760), QSize(640, 480), QSize(700, 500)) == QSize(700, 500)


def test_resize_to_fit_reads_the_screen(qtbot: QtBot, qapp: QApplication) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    available = QGuiApplication.primaryScreen().availableGeometry().size()
    resize_to_fit(window, available * 2)
    assert window.width() <= available.width() and window.height() <= available.height()
