"""`python packaging/tools/mini_demo.py --demo`: the built-in desk break in the mini timer alone.

For a look at the window, and for checking it under a real window manager (is it kept above?).
It prints the window's id so tools such as xprop can find it. Nothing is recorded or saved.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from app.context import load_context, timing_from
from app.qt.adapters.session_controller import SessionController
from app.qt.mini.mini_timer import MiniTimer, on_top_limitation
from app.qt.widgets.theme import apply_theme
from app.session import build_plan
from app.settings import RULES, Settings


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python packaging/tools/mini_demo.py")
    parser.add_argument("--demo", action="store_true", required=True, help="run the desk break in the mini timer")
    parser.add_argument("--routine", default="desk-break")
    parser.add_argument("--speed", type=float, default=1.0, help="run this many times faster")
    parser.add_argument("--theme", choices=RULES["theme"].choices, default=Settings().theme)
    return parser.parse_args(argv)


def run_demo(argv: list[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    app = QApplication(sys.argv[:1])
    context = load_context()
    apply_theme(app, args.theme, context.paths.ui / "supple.qss")
    catalogue = context.catalogue.catalogue
    controller = SessionController()
    controller.load(build_plan(catalogue.routine(args.routine), catalogue, timing_from(context.settings.settings,
                                                                                        args.speed)))
    mini = MiniTimer(controller, catalogue)
    mini.stopRequested.connect(controller.stop)  # no main window to ask first
    mini.showMainWindowRequested.connect(app.quit)  # the demo has no main window to go back to
    mini.positionsChanged.connect(lambda places: print(f"remembered place: {places}", flush=True))
    mini.show()
    print(f"mini timer window id: {int(mini.winId()):#x}", flush=True)
    limitation = on_top_limitation()
    if limitation:
        print(limitation, file=sys.stderr)
    controller.start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(run_demo())
