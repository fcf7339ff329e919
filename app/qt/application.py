"""Start the Qt application: one QApplication, the main window, and the command-line options.

This is where the parts meet: the session controller, the chimes and voice that follow it, the
history that records it, the settings that shape it, and the windows that show it. Each part only
knows the controller's signals; the connections are made here, once.
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.context import Context
from app.history import HistoryStore, HistoryUnavailable
from app.paths import APP_ID, APP_NAME
from app.qt.cue_player import CuePlayer
from app.qt.history_recorder import HistoryRecorder
from app.qt.main_window import MainWindow
from app.qt.preferences import Preferences
from app.qt.session_controller import SessionController
from app.qt.theme import apply_theme
from app.session import State
from app.settings import Settings

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def _tell_about_problems(window: MainWindow, problems: list[str]) -> None:
    if problems:
        _tell(window, "Some of your files could not be used:\n\n" + "\n\n".join(problems))


def _tell(window: MainWindow, text: str) -> None:
    """Say something without blocking: a routine asked for on the command line starts (or goes
    on) underneath, and a launcher with --exit-when-done is not held up by a dialog."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("problemsMessage")
    box.open()


def run(context: Context, args: argparse.Namespace) -> int:
    app = make_application()
    paths = context.paths
    apply_theme(app, context.settings.settings.theme, paths.ui / "supple.qss")
    controller = SessionController()
    # chimes and the voice follow the controller's cues; without a device or engine they stay quiet
    player = CuePlayer(controller, context.catalogue.catalogue, context.settings.settings, assets=paths.assets)
    for reason in player.reasons():
        log.info("%s", reason)
    preferences = Preferences(context.settings.settings, paths.settings_file, paths.ui / "settings_dialog.ui", player)
    history = HistoryStore.open(paths.history_file)
    window = MainWindow(context, controller, speed=args.speed, history=history)
    window.restore_geometry(context.settings.settings.window_geometry)

    def settings_changed(settings: Settings) -> None:
        apply_theme(app, settings.theme, paths.ui / "supple.qss")
        player.apply_settings(settings)
        window.apply_settings(settings)

    preferences.changed.connect(settings_changed)
    window.settingsRequested.connect(lambda: preferences.edit(window))
    # kept hold by hold, so a crash loses at most the hold in progress; sped-up demos are left out
    recorder = HistoryRecorder(controller, history)
    recorder.recorded.connect(window.history_changed)
    recorder.problem.connect(lambda message: _tell(window, message))
    app.aboutToQuit.connect(lambda: preferences.remember(window_geometry=window.encoded_geometry()))
    if args.exit_when_done:
        window.routineFinished.connect(lambda result: app.exit(0 if result.state is State.COMPLETE else 1))
    window.show()
    problems = list(context.problems)
    if isinstance(history, HistoryUnavailable):
        problems.append(history.message)
    _tell_about_problems(window, problems)
    if args.routine:
        try:
            context.catalogue.catalogue.routine(args.routine)
        except KeyError:
            known = ", ".join(r.id for r in context.catalogue.catalogue.routines)
            print(f"supple: no routine '{args.routine}'. Known routines: {known}", file=sys.stderr)
            return 2
        window.start_routine(args.routine)
    return app.exec()
