"""The progress view: minutes per day, streaks, most-done stretches and routines, pain reports.

It reads the figures from app.history and only shows them. Export and clear ask the person through
two callables, which tests pass in to answer without a modal dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.history import History, HistoryError, Progress, Ranked, progress_of
from app.history.export import export_csv
from app.history.stats import ReminderDay
from app.i18n import Words
from app.markup import escape
from app.presenters.recorded_names import RecordedNames, as_recorded
from app.qt.progress.minutes_chart import MinutesChart
from app.qt.translation import arg
from app.qt.widgets.scroll_column import scroll_column
from app.wording import side_in_sentence, stretching_text

log = logging.getLogger(__name__)
# the module's words (Qt's tr() is for QObjects; these are read from plain functions too)
Figures = Words("Figures")


def _date(day: date, pattern: str) -> str:
    """A date in the person's language: QLocale's month and day names, not the C library's."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _streaks(progress: Progress) -> str:
    current, best = progress.current_streak, progress.best_streak
    return "   ·   ".join([Figures.tr("Current streak: %n day(s)", "", current),
                           Figures.tr("Best streak: %n day(s)", "", best)])


def _ranked_html(items: tuple[Ranked, ...], stretches: bool, names: RecordedNames) -> str:
    if not items:
        none = Figures.tr("None yet")
        return f"<i>{escape(none)}</i>"
    rows = []
    for item in items:
        count = item.count
        counted = Figures.tr("%n hold(s)", "", count) if stretches else Figures.tr("%n time(s)", "", count)
        name = names.stretch(item.id, item.name) if stretches else names.routine(item.id, item.name)
        rows.append(f"<li>{escape(name)} — {counted}</li>")
    return f"<ol>{''.join(rows)}</ol>"


def _pains_html(progress: Progress, names: RecordedNames) -> str:
    if not progress.recent_pains:
        none = Figures.tr("No sharp pain reported.")
        return f"<i>{escape(none)}</i>"
    rows = []
    for pain in progress.recent_pains:
        stretch = f"<b>{escape(names.stretch(pain.stretch_id, pain.stretch_name))}</b>"
        side = names.side(pain.stretch_id, pain.side)
        if side:
            said = Figures.tr("%1: %2 (%3), during %4", "date: stretch (side), during routine")
        else:
            said = Figures.tr("%1: %2, during %4", "date: stretch, during routine")
        when = _date(pain.when, "d MMM yyyy")
        routine = escape(names.routine(pain.routine_id, pain.routine_name))
        rows.append(f"<li>{arg(said, when, stretch, escape(side_in_sentence(side)), routine)}</li>")
    more = progress.pain_count - len(progress.recent_pains)
    earlier = Figures.tr("and %n earlier", "", more)
    tail = f"<p>{earlier}</p>" if more > 0 else ""
    return f"<ul>{''.join(rows)}</ul>{tail}"


def _reminders_line(days: tuple[ReminderDay, ...]) -> str:
    """Breaks taken against reminders, day by day: "Mon 2 of 3 · Tue 0 of 1"."""
    if not days:
        return Figures.tr("No reminders this week.")
    return "   ·   ".join(
        arg(Figures.tr("%1 %2 of %3", "day of the week, breaks taken of reminders shown"),
            _date(day.day, "ddd"), day.taken, day.shown)
        for day in days
    )


def _label(name: str, *, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("progressHeading")
    label.setWordWrap(True)  # two headings side by side must not hold the window wider than a small screen
    return label


class ProgressView(QWidget):
    historyCleared = Signal()

    def __init__(
        self,
        store: History,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        choose_export_file: Callable[[], Path | None] | None = None,
        confirm_clear: Callable[[], bool] | None = None,
        names: RecordedNames | None = None,
    ) -> None:
        """`choose_export_file` and `confirm_clear` replace the file dialog and the question."""
        super().__init__(parent)
        self.store = store
        self.today = today
        self._choose_export_file = choose_export_file or self._ask_for_export_file
        self._confirm_clear = confirm_clear or self._ask_before_clearing
        self._names = names or as_recorded()
        self.progress: Progress | None = None
        self._build()
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.statusLabel = _label("progressStatus")
        self.streakLabel = _label("streakLabel")
        self.totalsLabel = _label("totalsLabel")
        self.chart = MinutesChart()
        self.stretchesLabel = _label("topStretches", rich=True)
        self.routinesLabel = _label("topRoutines", rich=True)
        self.painsLabel = _label("painReports", rich=True)
        self.remindersLabel = _label("remindersTaken")
        self.exportButton = QPushButton(self.tr("&Export to CSV…"))
        self.exportButton.setAccessibleName(self.tr("Export the history to a CSV file"))
        self.clearButton = QPushButton(self.tr("&Clear history…"))
        self.clearButton.setAccessibleName(self.tr("Clear the whole history"))
        self.exportButton.clicked.connect(self.export)
        self.clearButton.clicked.connect(self.clear)
        self._lay_out()

    def _lay_out(self) -> None:
        lists = QGridLayout()
        for column, (title, label) in enumerate(
            ((self.tr("Most-done stretches"), self.stretchesLabel), (self.tr("Most-done routines"), self.routinesLabel))
        ):
            heading = _heading(title)
            heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)  # wrapped or not
            lists.addWidget(heading, 0, column)
            lists.addWidget(label, 1, column, Qt.AlignmentFlag.AlignTop)
            lists.setColumnStretch(column, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.exportButton)
        buttons.addWidget(self.clearButton)
        figures = QWidget()
        figures.setObjectName("progressFigures")
        stack = QVBoxLayout(figures)
        stack.setContentsMargins(0, 0, 0, 0)
        for widget in (self.statusLabel, self.streakLabel, self.totalsLabel,
                       _heading(self.tr("Minutes stretched per day")), self.chart):
            stack.addWidget(widget)
        stack.addLayout(lists)
        stack.addWidget(_heading(self.tr("Breaks taken of the reminders shown")))
        stack.addWidget(self.remindersLabel)
        stack.addWidget(_heading(self.tr("Sharp pain reports")))
        stack.addWidget(self.painsLabel)
        stack.addStretch(1)
        layout = QVBoxLayout(self)
        area = scroll_column(figures)  # the buttons stay outside, always in reach
        area.setObjectName("progressScroll")
        layout.addWidget(area, 1)
        layout.addLayout(buttons)

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures again, e.g. after a session was recorded."""
        if self.store.problem is not None:
            self._show_off(self.store.problem)
            return
        try:
            self.progress = progress_of(self.store, self.today())
        except HistoryError as error:
            log.error("%s", error)
            self._show_off(str(error))
            return
        self._show(self.progress)

    def _show_off(self, message: str) -> None:
        self.progress = None
        self.statusLabel.setText(message)
        self.statusLabel.show()
        for widget in (self.streakLabel, self.totalsLabel, self.chart, self.stretchesLabel, self.routinesLabel,
                       self.painsLabel, self.remindersLabel):
            widget.setEnabled(False)
        self.exportButton.setEnabled(False)
        self.clearButton.setEnabled(False)

    def _show(self, progress: Progress) -> None:
        self.statusLabel.setVisible(progress.empty)
        self.statusLabel.setText(self.tr("No sessions yet: your progress shows here after your first routine."))
        self.streakLabel.setText(_streaks(progress))
        sessions = progress.sessions
        counted = self.tr("%n session(s)", "", sessions)
        self.totalsLabel.setText(f"{counted} · {stretching_text(progress.stretched_seconds)}")
        self.chart.setDays(progress.days)
        self.stretchesLabel.setText(_ranked_html(progress.top_stretches, stretches=True, names=self._names))
        self.routinesLabel.setText(_ranked_html(progress.top_routines, stretches=False, names=self._names))
        self.painsLabel.setText(_pains_html(progress, self._names))
        self.remindersLabel.setText(_reminders_line(progress.reminders))
        self.exportButton.setEnabled(not progress.empty)
        self.clearButton.setEnabled(not progress.empty)

    def _report(self, message: str) -> None:
        self.statusLabel.setText(message)
        self.statusLabel.show()

    # -- export and clear --------------------------------------------------------------------

    def _ask_for_export_file(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), "supple-history.csv", self.tr("CSV files (*.csv)"))
        return Path(name) if name else None

    def _ask_before_clearing(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Clear the history?"),
            self.tr("Delete every recorded session, including pain reports? This cannot be undone. "
                    "Export to CSV first if you may want them later."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> None:
        if self.progress is None:  # history is off or unreadable: nothing to export
            return
        path = self._choose_export_file()
        if path is None:
            return
        try:
            count = export_csv(self.store, path)
        except (HistoryError, OSError) as error:
            log.error("export to %s failed: %s", path, error)
            self._report(arg(self.tr("Could not export to %1: %2"), path, error))
            return
        self._report(arg(self.tr("Exported %n session(s) to %1.", "", count), path))

    def clear(self) -> None:
        if self.progress is None or not self._confirm_clear():  # off or unreadable: nothing to clear
            return
        try:
            self.store.clear()
        except HistoryError as error:
            log.error("%s", error)
            self._report(str(error))
            return
        self.refresh()
        self.historyCleared.emit()
