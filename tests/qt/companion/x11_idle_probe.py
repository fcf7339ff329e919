"""Run on a real X server: prints the X11 idle source's answer for each line read from stdin."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication

from app.qt.companion.x11_idle import load_xss, x11_idle_source
from app.qt.companion.x11_lib import qt_x11


def main() -> None:
    app = QGuiApplication(sys.argv)
    source = x11_idle_source(qt_x11(), load_xss())
    print("ready" if source is not None else "no source", flush=True)
    for _line in sys.stdin:
        print(source.idle_seconds() if source is not None else None, flush=True)
    del app


if __name__ == "__main__":
    main()
