"""Start the Qt application: one QApplication, the main window, and the command-line options."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox

from app.context import Context
from app.paths import APP_ID, APP_NAME


def _make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def run(context: Context, args: argparse.Namespace) -> int:
    app = _make_application()
    window = QListWidget()
    window.setWindowTitle(APP_NAME)
    for routine in context.catalogue.catalogue.routines:
        window.addItem(routine.name)
    window.resize(420, 300)
    window.show()
    if context.problems:
        QMessageBox.warning(window, APP_NAME, "\n\n".join(context.problems))
    return app.exec()
