"""The progress view shows the history's figures, exports and clears it, and survives no history."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPainter, QPalette
from pytestqt.qtbot import QtBot

from app.catalogue import Catalogue, load_catalogue
from app.history import DisabledHistory, History, HistoryStore
from app.paths import Paths, default_paths
from app.presenters.recorded_names import RecordedNames
from app.qt import translation
from app.qt.progress.progress_view import ProgressView
from tests.history.builders import synthetic, write_rows

TODAY = date(2025, 3, 14)


@pytest.fixture
def store(isolated_paths: Paths) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(isolated_paths.history_file, timeout=0)
    assert isinstance(opened, HistoryStore)
    yield opened
    opened.close()


def _view(
    qtbot: QtBot, store: History, *, choose_export_file: Callable[[], Path | None] | None = None,
    confirm_clear: Callable[[], bool] | None = None,
) -> ProgressView:
    view = ProgressView(store, today=lambda: TODAY, choose_export_file=choose_export_file,
                        confirm_clear=confirm_clear)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_an_empty_history_invites_a_first_session(qtbot: QtBot, store: HistoryStore) -> None:
    view = _view(qtbot, store)
    assert "No sessions yet" in view.statusLabel.text()
    assert "Current streak: 0 days" in view.streakLabel.text()
    assert not view.exportButton.isEnabled()
    assert "None yet" in view.stretchesLabel.text()
    view.chart.grab()  # paints without data


def test_sessions_show_as_figures(qtbot: QtBot, store: HistoryStore) -> None:
    write_rows(store.path, *(synthetic(TODAY - timedelta(days=back), "desk-break", minutes=6, pains=int(back == 5))
                             for back in (0, 1, 2, 5)))
    view = _view(qtbot, store)
    assert view.statusLabel.isHidden()
    assert "Current streak: 3 days" in view.streakLabel.text()
    assert "Best streak: 3 days" in view.streakLabel.text()
    assert view.totalsLabel.text() == "4 sessions · Time stretching: 24:00"
    assert "Seated glute stretch — 4 holds" in view.stretchesLabel.text()
    assert "Desk break — 4 times" in view.routinesLabel.text()
    assert "9 Mar 2025" in view.painsLabel.text()
    assert view.chart.days()[-1].minutes == 6
    assert "4 of the last 56 days" in view.chart.accessibleDescription()


def test_history_off_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(qtbot, DisabledHistory(tmp_path / "history.sqlite3", "is in use by another program"))
    assert "History is off" in view.statusLabel.text()
    assert not view.exportButton.isEnabled() and not view.clearButton.isEnabled()


def test_export_writes_the_chosen_file(qtbot: QtBot, store: HistoryStore, tmp_path: Path) -> None:
    write_rows(store.path, synthetic(TODAY, minutes=3))
    target = tmp_path / "out.csv"
    view = _view(qtbot, store, choose_export_file=lambda: target)
    view.exportButton.click()
    assert "Exported 1 session to" in view.statusLabel.text()
    with target.open(encoding="utf-8", newline="") as stream:
        assert [row["routine"] for row in csv.DictReader(stream)] == ["desk-break"]


def test_a_failed_export_is_shown(qtbot: QtBot, store: HistoryStore, tmp_path: Path) -> None:
    write_rows(store.path, synthetic(TODAY, minutes=3))
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    view = _view(qtbot, store, choose_export_file=lambda: blocker / "out.csv")
    view.exportButton.click()
    assert "Could not export" in view.statusLabel.text()


def test_clear_asks_first(qtbot: QtBot, store: HistoryStore) -> None:
    write_rows(store.path, synthetic(TODAY, minutes=3))
    answers = iter([False, True])  # "no" the first time, "yes" the second
    view = _view(qtbot, store, confirm_clear=lambda: next(answers))
    view.clearButton.click()
    assert store.session_count() == 1
    with qtbot.waitSignal(view.historyCleared):
        view.clearButton.click()
    assert store.session_count() == 0
    assert "No sessions yet" in view.statusLabel.text()


@pytest.mark.parametrize(("window", "highlight"), [("#ffffff", "#2a6fdb"), ("#1f2227", "#3d8fd1")])
def test_the_chart_paints_in_the_palette_colours(qtbot: QtBot, store: HistoryStore, window: str,
                                                 highlight: str) -> None:
    write_rows(store.path, synthetic(TODAY, minutes=20))
    view = _view(qtbot, store)
    palette = view.chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    view.chart.setPalette(palette)
    view.chart.setAutoFillBackground(True)
    image = view.chart.grab().toImage()
    ratio = image.devicePixelRatio()
    area = view.chart._plot_area()
    bar = area.right() - view.chart._slot(area) / 2, area.bottom() - 4
    assert image.pixelColor(round(bar[0] * ratio), round(bar[1] * ratio)).name() == highlight
    assert image.pixelColor(round((area.left() + 3) * ratio), round((area.top() + 8) * ratio)).name() == window
    assert view.chart.dayAt(bar[0]) == view.chart.days()[-1]


def test_breaks_taken_against_reminders_show_by_day(qtbot: QtBot, store: HistoryStore) -> None:
    view = _view(qtbot, store)
    assert view.remindersLabel.text() == "No reminders this week."
    thursday = datetime(2025, 3, 13, 11, 0).astimezone()  # TODAY is a Friday
    for outcome in ("shown", "snoozed", "shown", "taken", "shown"):
        store.add_reminder(outcome, thursday)
    view.refresh()
    assert view.remindersLabel.text().startswith("Thu 1 of 3")


@pytest.fixture
def german(qapp: object) -> Iterator[Catalogue]:
    installed = translation.install("de")
    paths = default_paths()
    yield load_catalogue(paths.builtin_catalogue, paths.catalogue_schema, language="de",
                         translations=paths.catalogue_translations).catalogue
    installed.remove()
    translation.install("en")


def test_recorded_names_are_said_as_the_catalogue_says_them_now(qtbot: QtBot, store: HistoryStore,
                                                                  german: Catalogue) -> None:
    """The history keeps the English names a session had; a German reader sees them in German."""
    write_rows(store.path, synthetic(TODAY, "desk-break", minutes=6, pains=1),
               synthetic(TODAY - timedelta(days=1), "my-deleted-routine", stretches=("gone-stretch",), pains=1))
    view = ProgressView(store, today=lambda: TODAY, names=RecordedNames(lambda: german))
    qtbot.addWidget(view)
    stretch, routine = german.stretch("seated-glute-stretch").name, german.routine("desk-break").name
    assert stretch in view.stretchesLabel.text() and "Seated glute stretch" not in view.stretchesLabel.text()
    assert routine in view.routinesLabel.text() and "Desk break" not in view.routinesLabel.text()
    assert "My deleted routine" in view.routinesLabel.text()  # no longer in the catalogue: as recorded
    pains = view.painsLabel.text()
    assert f"<b>{stretch}</b> (linkes Bein)" in pains  # the stretch's own side, inside the sentence
    assert "<b>Gone stretch</b> (linke Seite)" in pains
    assert "(left)" not in pains


def test_the_charts_scale_is_in_the_persons_language(qtbot: QtBot, store: HistoryStore, german: Catalogue) -> None:
    view = _view(qtbot, store)
    drawn: list[str] = []
    painter_text = QPainter.drawText

    def record(self: QPainter, *args: object) -> None:
        drawn.extend(arg for arg in args if isinstance(arg, str))
        painter_text(self, *args)  # type: ignore[call-overload]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QPainter, "drawText", record)
        view.chart.grab()
    assert {"0 Min.", "5 Min.", "10 Min."} <= set(drawn), drawn


def test_a_small_window_scrolls_the_figures_rather_than_cutting_lines(qtbot: QtBot, store: HistoryStore) -> None:
    write_rows(store.path, *(synthetic(TODAY - timedelta(days=back), "desk-break", pains=1,
                                       stretches=("seated-glute-stretch", "knee-to-chest", "cat-cow"))
                             for back in range(8)))
    view = _view(qtbot, store)
    view.resize(420, 360)
    qtbot.wait(1)  # the layout settles on the next turn of the event loop
    for label in (view.stretchesLabel, view.routinesLabel, view.painsLabel):
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    assert view.exportButton.isVisible() and view.exportButton.geometry().bottom() <= view.height()
