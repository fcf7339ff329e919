"""The one question a new person is asked: may Supple remind them to stretch?

Reminders are on by default, but a program that starts interrupting without asking is the
complaint people have of break timers; so at the first start that shows the window, Supple asks
once, without blocking (a routine or the window underneath go on), and keeps the answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import Words
from app.paths import APP_NAME

FirstRun = Words("FirstRun")  # plural forms need the seam's call shape


def question(minutes: int) -> str:
    return FirstRun.tr("Supple can remind you to stretch after %n minute(s) at the keyboard. It waits "
                       "while you are away, in full screen or in do-not-disturb, and you can snooze or skip "
                       "each reminder. Remind you?", "", minutes)


def ask_about_reminders(parent: QWidget, minutes: int, answered: Callable[[bool], None]) -> QMessageBox:
    """Ask without blocking; `answered(True)` for yes, `answered(False)` for no (or the box closed)."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question(minutes),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("remindersQuestion")
    yes = box.addButton(FirstRun.tr("Remind me"), QMessageBox.ButtonRole.YesRole)
    box.addButton(FirstRun.tr("Not now"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: answered(box.clickedButton() is yes))
    box.open()
    return box
