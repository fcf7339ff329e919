""""A routine is running. Stop it and start X?": asked without blocking, one box at a time.

Later launches can arrive faster than anyone answers (a launcher clicked again and again, or a
script): each one used to open its own box. Now a request made while the box is open changes
what it asks about, so the newest request wins, and "no" leaves things as they were before the
first one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.paths import APP_NAME


def _wording(name: str) -> str:
    return f"A routine is running. Stop it and start {name}?"


class ReplaceQuestion:
    """The one pending question of whether to replace the running routine, under `parent`."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._box: QMessageBox | None = None
        self._replace: Callable[[], None] = lambda: None
        self._keep: Callable[[], None] = lambda: None

    def ask(self, name: str, replace: Callable[[], None], keep: Callable[[], None]) -> QMessageBox:
        """Ask about starting `name`: `replace` runs on yes, `keep` on no. While a question is
        open, it asks about `name` instead and yes runs this `replace`; no still runs the first
        `keep`, which knows where the person was before any question came."""
        self._replace = replace
        if self._box is not None:
            self._box.setText(_wording(name))
            return self._box
        self._keep = keep
        self._box = self._open(name)
        return self._box

    def _open(self, name: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question, APP_NAME, _wording(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._parent,
        )
        box.setObjectName("replaceRoutineQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter never ends a routine
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._answered)
        box.open()
        return box

    def _answered(self, button: int) -> None:
        self._box = None  # answered: closed and deleted, and the next request asks afresh
        chosen = self._replace if button == QMessageBox.StandardButton.Yes else self._keep
        chosen()
