"""A focused button is pressed by Space or Enter even where Space is a window-wide key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.qt.widgets.button_keys import press_with_keys


def window_with_space_key(qtbot: QtBot) -> tuple[QWidget, QPushButton, QLineEdit, list[str]]:
    window = QWidget()
    layout = QVBoxLayout(window)
    stop, field = QPushButton("Stop", window), QLineEdit(window)
    layout.addWidget(stop)
    layout.addWidget(field)
    pressed: list[str] = []
    pause = QAction("Pause", window)
    pause.setShortcut(QKeySequence("Space"))
    pause.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    pause.triggered.connect(lambda: pressed.append("pause"))
    window.addAction(pause)
    stop.clicked.connect(lambda: pressed.append("stop"))
    press_with_keys([stop])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)  # window shortcuts work in the active window
    return window, stop, field, pressed


def test_space_presses_the_focused_button_not_the_window_key(qtbot: QtBot) -> None:
    _window, stop, _field, pressed = window_with_space_key(qtbot)
    stop.setFocus()
    qtbot.keyClick(stop, Qt.Key.Key_Space)
    assert pressed == ["stop"]


def test_enter_presses_the_focused_button(qtbot: QtBot) -> None:
    _window, stop, _field, pressed = window_with_space_key(qtbot)
    stop.setFocus()
    qtbot.keyClick(stop, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pressed == ["stop"], timeout=1000)  # animateClick lands on the next turn


def test_with_the_focus_elsewhere_space_is_the_window_key_again(qtbot: QtBot) -> None:
    window, _stop, _field, pressed = window_with_space_key(qtbot)
    window.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert pressed == ["pause"]


def test_a_disabled_button_ignores_enter(qtbot: QtBot) -> None:
    _window, stop, _field, pressed = window_with_space_key(qtbot)
    stop.setFocus()
    stop.setEnabled(False)
    qtbot.keyClick(stop, Qt.Key.Key_Return)
    assert pressed == []
