"""The progress page of the main window: its ProgressView, made the first time it is shown
(it reads the history database, which a person who never looks should not pay for at start)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.history import History
    from app.presenters.recorded_names import RecordedNames
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
        from app.history import DisabledHistory  # noqa: PLC0415 - loaded when first shown
        from app.history.words import HistoryWords  # noqa: PLC0415
        from app.qt.progress.progress_view import ProgressView  # noqa: PLC0415

        history = self._history or DisabledHistory(self._history_file, HistoryWords.tr("was not opened"))
        self.view = ProgressView(history, names=self._names)
        self.view.setObjectName("progressView")
        layout = self.page.layout()
        assert layout is not None
        layout.addWidget(self.view)

    def use_history(self, history: History) -> None:
        self._history = history
        if self.view is not None:  # shown before the history was opened: shown again from it
            self.view.deleteLater()
            self.view = None
            self.open()

    def history_changed(self) -> None:
        """A session was recorded: the view, if made, shows it."""
        if self.view is not None:
            self.view.refresh()
