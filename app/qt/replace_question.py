""""A routine is running. Stop it and start X?": asked without blocking, answered through a callback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.paths import APP_NAME


def ask_to_replace(parent: QWidget, name: str, answered: Callable[[bool], None]) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_NAME, f"A routine is running. Stop it and start {name}?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent,
    )
    box.setObjectName("replaceRoutineQuestion")
    box.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter never ends a routine
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda button: answered(button == QMessageBox.StandardButton.Yes))
    box.open()
    return box
