"""The progress page of the main window: its ProgressView, made the first time it is shown
(it reads the history database, which a person who never looks should not pay for at start)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.history import DisabledHistory, History
from app.history.words import HistoryWords
from app.presenters.recorded_names import RecordedNames

if TYPE_CHECKING:
    from app.qt.progress.progress_view import ProgressView


class ProgressPage:
    def __init__(self, page: QWidget, history: History | None, history_file: Path, names: RecordedNames) -> None:
        """`names`: what the page calls the stretches and routines the history recorded."""
        self.page = page
        self._names = names
        self._history = history
        self._history_file = history_file
        self.view: ProgressView | None = None

    def open(self) -> None:
        """Make the view (or bring it up to date) before the page is shown."""
        if self.view is not None:
            self.view.refresh()
            return
        from app.qt.progress.progress_view import ProgressView  # noqa: PLC0415 - loaded when first shown

        history = self._history or DisabledHistory(self._history_file, HistoryWords.tr("was not opened"))
        self.view = ProgressView(history, names=self._names)
        self.view.setObjectName("progressView")
        layout = self.page.layout()
        assert layout is not None
        layout.addWidget(self.view)

    def history_changed(self) -> None:
        """A session was recorded: the view, if made, shows it."""
        if self.view is not None:
            self.view.refresh()
