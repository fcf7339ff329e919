"""Run on a real X server: answers one line per command read from stdin, from platform_sources.

idle: the idle seconds; busy: the busy reason; abilities: what the platform sees; full / window:
show a window full screen / as a normal window; stray: read a property of a window that does not
exist (Qt's error handler must turn the X error into a failed call, not an exit).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QWindow

from app.qt.companion.platform import platform_sources
from app.qt.companion.x11_fullscreen import X11FullScreenSource
from app.qt.companion.x11_lib import qt_x11

STRAY_WINDOW = 0x3FFFFFF


def main() -> None:
    app = QGuiApplication(sys.argv)
    owner = QObject()
    idle, busy, abilities = platform_sources(owner)
    window = QWindow()
    answers: dict[str, Callable[[], object]] = {
        "idle": idle.idle_seconds,
        "busy": busy.busy_reason,
        "abilities": lambda: f"{abilities.idle}|{','.join(abilities.sees)}",
        "full": window.showFullScreen,
        "window": window.showNormal,
        "stray": stray,
    }
    print("ready", flush=True)
    for line in sys.stdin:
        answer = answers[line.strip()]()
        app.processEvents()
        print(answer, flush=True)


def stray() -> str:
    x11 = qt_x11()
    assert x11 is not None
    source = X11FullScreenSource(x11)
    return f"alive {source._longs(STRAY_WINDOW, source._state, 4, 1)}"


if __name__ == "__main__":
    main()
