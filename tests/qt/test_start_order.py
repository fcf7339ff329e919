"""How Supple starts: the window it shows first, then (after that window's first paint) the tray
icon, the reminders, the routine list's commands and the watcher; in the background, no window at
all until one is wanted. What a start imports before its first paint is checked in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt.application import Supple
from app.qt.tray.icon import Tray
from app.qt.widgets.first_paint import after_first_paint
from app.session import FakeClock, State
from app.settings import Settings, save_settings
from tests.qt.companion_fakes import working_sources


class Paints(QObject):
    """Counts the paints of `window`, as they arrive."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def starting(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Supple]:
    """Supple as `run` makes it: gradually."""
    monkeypatch.setattr(Tray, "show", lambda self: None)  # offscreen has no tray to show an icon in
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=True,
                     clock=FakeClock(), sources=working_sources(), gradual=True)
    yield running
    running.controller.stop()
    if running.reminders is not None:
        running.reminders.close()
    if running.tray is not None:
        running.tray.hide()
    if running._window is not None:
        running._window.close()
        running._window.deleteLater()
    running.deleteLater()


def test_the_tray_and_the_reminders_are_made_after_the_first_paint(
    qtbot: QtBot, qapp: QApplication, starting: Supple
) -> None:
    starting.open(None, mini=False, at_start=True)
    paints = Paints(starting.window)
    seen_when_made: list[int] = []
    after_first_paint(qapp, lambda: (seen_when_made.append(paints.count), starting.complete()))
    assert starting.window.isVisible()
    assert (starting.tray, starting.reminders, starting.routine_actions, starting.catalogue_watcher) == (
        None, None, None, None)
    qtbot.waitUntil(lambda: starting.tray is not None)
    assert seen_when_made[0] >= 1  # the window had been painted
    assert starting.reminders is not None and starting.reminders.adapter.looking
    assert starting.routine_actions is not None and starting.catalogue_watcher is not None
    assert starting.system_motion is not None


def test_a_routine_runs_and_can_be_stopped_before_the_rest_is_made(starting: Supple) -> None:
    starting.open("desk-break", mini=False, at_start=True)
    assert starting.controller.state is State.RUNNING
    assert starting.tray is None  # Sharp pain and Stop are the window's own, from the start
    starting.window.confirm_stop = lambda: True
    starting.window.request_stop()
    assert starting.controller.state is State.STOPPED


def test_a_routine_begun_at_start_is_kept_once_the_window_is_up(starting: Supple) -> None:
    starting.open("desk-break", mini=False, at_start=True)
    assert starting._history is None  # nothing opened, and SQLite not loaded, before the first paint
    starting.complete()
    kept = starting.history.sessions()
    assert [row.routine_id for _, row in kept] == ["desk-break"]


def test_in_the_background_no_window_is_made_until_one_is_wanted(qtbot: QtBot, qapp: QApplication,
                                                                 starting: Supple) -> None:
    starting.open(None, mini=False, at_start=True, background=True)
    after_first_paint(qapp, starting.complete)
    qtbot.waitUntil(lambda: starting.reminders is not None)
    assert starting._window is None
    assert starting.tray is not None and starting.tray.menu is not None
    assert starting.routine_actions is None  # the window's own, made with it
    starting.reminders.startRequested.emit("desk-break")  # the prompt's Start
    assert starting._window is not None and starting.window.isVisible()
    assert starting.controller.state is State.RUNNING
    assert starting.routine_actions is not None


def test_a_window_made_later_follows_the_settings_changed_meanwhile(qtbot: QtBot, qapp: QApplication,
                                                                   starting: Supple) -> None:
    starting.open(None, mini=False, at_start=True, background=True)
    starting.complete()
    assert starting.tray is not None
    starting.preferences.apply(starting.preferences.settings.replace(prepare_seconds=12))
    starting.tray.showWindowRequested.emit()  # "Show Supple"
    assert starting.window.isVisible()
    assert starting.window.planner.settings.prepare_seconds == 12


# what a start has imported at its first paint, and once the rest is made; run in a fresh process
_IMPORTED = """
import gc
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from app.qt import application

app = application.make_application()
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            seen.setdefault("painted", set(sys.modules))
        return False

probe = FirstPaint()
app.installEventFilter(probe)
completed = application.Supple.complete

def complete(self):
    seen.setdefault("before", set(sys.modules))
    completed(self)
    seen["after"] = set(sys.modules)
    QTimer.singleShot(0, lambda: (print("collector", gc.isenabled(), gc.get_freeze_count() > 0), app.exit(0)))

application.Supple.complete = complete
from app.cli import main
code = main(sys.argv[1:])
for name in ("painted", "after"):
    print(name, " ".join(sorted(seen.get(name, ()))))
sys.exit(code)
"""

# not needed to show the first window: made (and imported) only after its first paint
AFTER_THE_FIRST_PAINT = ("app.qt.tray.icon", "app.qt.reminders", "app.qt.companion.platform",
                         "app.qt.editor.routine_actions", "app.qt.adapters.catalogue_watcher",
                         "app.schedule.scheduler", "app.history.store", "sqlite3",
                         # the desktop's wish for still pictures, asked over D-Bus
                         "app.qt.companion.motion_preference", "PySide6.QtDBus")
# the window and what only it draws: a start in the background never loads them
THE_WINDOW = ("app.qt.window.main_window", "app.qt.window.session_pane", "app.qt.widgets.hold_timer",
              "app.qt.window.pose_view", "app.figure", "app.qt.editor.routine_actions")
# never in the window's process, as the audio workers alone use them; and QtUiTools, which reads
# only the forms opened later (the main window's is compiled)
NEVER = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtUiTools")
if os.name == "posix":  # the single-instance socket is Python's own there (app.qt.unix_socket)
    NEVER += ("PySide6.QtNetwork",)
# held for the app's life for nothing: the HTML entity tables, and a matcher only a broken catalogue needs
NEVER += ("html", "difflib")


def _imported(tmp_path: Path, arguments: list[str]) -> dict[str, set[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("CONFIG", "DATA"):
        env[f"SUPPLE_{name}_DIR"] = str(tmp_path / name.lower())
    done = subprocess.run([sys.executable, "-c", _IMPORTED, *arguments], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return {line.split(" ", 1)[0]: set(line.split()[1:]) for line in done.stdout.splitlines()}


def test_a_start_holds_the_garbage_collector_off_until_the_rest_is_made(tmp_path: Path) -> None:
    seen = _imported(tmp_path, ["--routine", "lower-back-relief"])
    assert seen["collector"] == {"True"}  # collecting again, with the start's objects frozen


@pytest.mark.parametrize("arguments", [[], ["--routine", "lower-back-relief"]])
def test_a_start_imports_what_the_first_paint_does_not_show_only_after_it(tmp_path: Path,
                                                                         arguments: list[str]) -> None:
    save_settings(tmp_path / "config" / "settings.json", Settings(asked_about_reminders=True))
    seen = _imported(tmp_path, arguments)
    assert "app.qt.window.main_window" in seen["painted"]
    assert sorted(seen["painted"].intersection(AFTER_THE_FIRST_PAINT)) == []
    assert set(AFTER_THE_FIRST_PAINT) <= seen["after"]
    assert sorted(seen["after"].intersection(NEVER)) == []


def test_a_start_in_the_background_imports_no_window(tmp_path: Path) -> None:
    seen = _imported(tmp_path, ["--background"])
    assert "app.qt.reminders" in seen["after"]
    assert sorted(seen["after"].intersection(THE_WINDOW + NEVER)) == []
