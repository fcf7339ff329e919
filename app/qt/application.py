"""Start the Qt application: one QApplication, the main window, and the command-line options."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app.context import Context
from app.paths import APP_ID, APP_NAME
from app.qt.cue_player import CuePlayer
from app.qt.main_window import MainWindow
from app.qt.session_controller import SessionController
from app.qt.theme import apply_theme
from app.session import SessionResult, State
from app.settings import save_settings

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def _save_geometry(window: MainWindow, context: Context) -> None:
    settings = context.settings.settings.replace(window_geometry=window.encoded_geometry())
    try:
        save_settings(context.paths.settings_file, settings)
    except OSError as error:
        log.warning("could not save the window position to %s: %s", context.paths.settings_file, error)


def run(context: Context, args: argparse.Namespace) -> int:
    app = make_application()
    apply_theme(app, context.settings.settings.theme, context.paths.ui / "supple.qss")
    controller = SessionController()
    # chimes and the voice follow the controller's cues; without a device or engine they stay quiet
    player = CuePlayer(controller, context.catalogue.catalogue, context.settings.settings, assets=context.paths.assets)
    for reason in player.reasons():
        log.info("%s", reason)
    window = MainWindow(context, controller, speed=args.speed)
    window.restore_geometry(context.settings.settings.window_geometry)
    app.aboutToQuit.connect(lambda: _save_geometry(window, context))
    if args.exit_when_done:

        def quit_when_done(result: SessionResult) -> None:
            app.exit(0 if result.state is State.COMPLETE else 1)

        window.routineFinished.connect(quit_when_done)
    window.show()
    if context.problems:
        message = "Some of your files could not be used:\n\n" + "\n\n".join(context.problems)
        QMessageBox.warning(window, APP_NAME, message)
    if args.routine:
        try:
            context.catalogue.catalogue.routine(args.routine)
        except KeyError:
            known = ", ".join(r.id for r in context.catalogue.catalogue.routines)
            print(f"supple: no routine '{args.routine}'. Known routines: {known}", file=sys.stderr)
            return 2
        window.start_routine(args.routine)
    return app.exec()
