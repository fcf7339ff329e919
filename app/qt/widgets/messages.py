"""Messages that never block: a routine asked for on the command line starts (or goes on)
underneath, and a launcher with --exit-when-done is not held up by a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import Words
from app.paths import APP_NAME
from app.qt.translation import arg

Messages = Words("Messages")

SHOWN_PROBLEMS = 3


def tell(parent: QWidget | None, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """Say something without blocking: a routine asked for on the command line starts (or goes
    on) underneath, and a launcher with --exit-when-done is not held up by a dialog."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def tell_problems(parent: QWidget, problems: list[str]) -> QMessageBox | None:
    """The start-up problems: the first few in the box, all of them under "Show Details", so a long
    list never pushes the OK button off a small screen."""
    if not problems:
        return None
    shown = "\n\n".join(problems[:SHOWN_PROBLEMS])
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        shown += "\n\n" + Messages.tr("... and %n more (see the details).", "", more)
    box = tell(parent, arg(Messages.tr("Some of your files could not be used:\n\n%1"), shown), QMessageBox.Icon.Warning)
    if more > 0:
        box.setDetailedText("\n\n".join(problems))
    return box
