"""Run by the footprint benchmark in a fresh process: Supple, or a bare PySide6 window with one label.

    python tests/qt/bench_probe.py bare
    python tests/qt/bench_probe.py ring [SIDE]
    python tests/qt/bench_probe.py supple [SUPPLE ARGUMENTS...]

It prints one line, `painted <epoch seconds>`, at the first paint of a top-level window, then stops
listening to events, so the figures taken afterwards from outside (/proc) are the app's alone.

It listens as lightly as it can, so as not to slow what it times: a filter on the whole application
would be called, in Python, for every event of every object until that paint (thousands in
Supple's start, where it cost tens of milliseconds, against a handful in the bare window's). A
first paint answers the window system's Expose, so the probe watches the window system's events
(few) and, at each, puts a filter on the top-level windows shown by then: their own events only.
`ring` is the least a hold's ring can cost in PySide6, for the CPU figures: the bare window with
a ring of SIDE pixels (Supple's in its window on the bench's screen, which a Supple started with
SUPPLE_BENCH_RING set prints after the paint's line: `ring SIDE`), its arc's end moved one device
pixel at a time for a 30-second hold, at most 30 times a second, and only the square around that
end repainted (as Supple's does), with no words, figure or session behind it.
Supple is started through its own `main`, exactly as `supple` starts it. With PYTHONTRACEMALLOC set,
it also prints, a few seconds after that paint, what Python's allocations hold by package
(`python TAB package TAB bytes` lines, then `python done`).
"""

from __future__ import annotations

import math
import os
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._native: WindowSystemEvents | None = WindowSystemEvents(self._watch)
        app.installNativeEventFilter(self._native)

    def _shown(self) -> list[QWidget]:
        # asked afresh each time, never kept: a window Qt deletes itself would leave a dangling one
        return [widget for widget in self._app.topLevelWidgets() if widget.isVisible()]

    def _watch(self) -> None:
        """Before the window system's event is handled: the shown windows, watched for a paint
        (a filter installed twice is installed once)."""
        for widget in self._shown():
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._native is not None:
            print(f"painted {time.time()!r}", flush=True)
            if os.environ.get("SUPPLE_BENCH_RING"):
                _print_ring(self._app)
            self._app.removeNativeEventFilter(self._native)
            self._native = None
            for widget in self._shown():
                widget.removeEventFilter(self)
            if tracemalloc.is_tracing():
                QTimer.singleShot(3000, _python_memory)
        return False


class WindowSystemEvents(QAbstractNativeEventFilter):
    """Calls `seen` before each event of the window system (X11's, on xcb) is handled."""

    def __init__(self, seen: Callable[[], None]) -> None:
        super().__init__()
        self._seen = seen

    def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:
        self._seen()
        return False, 0


def _package(filename: str) -> str:
    """`app.qt.window`, `PySide6`, `stdlib: json`: where an allocation's code lives."""
    parts = Path(filename).parts
    for root in ("app", "PySide6", "shiboken6", "shibokensupport", "platformdirs"):
        if root in parts:
            index = len(parts) - 1 - parts[::-1].index(root)
            return ".".join(parts[index:index + 3]).removesuffix(".py") if root == "app" else root
    return "python: " + (parts[-2] if len(parts) > 1 and parts[-2] not in ("lib", "python3.11") else parts[-1])


def _python_memory() -> None:
    held: Counter[str] = Counter()
    for stat in tracemalloc.take_snapshot().statistics("filename"):
        held[_package(stat.traceback[0].filename)] += stat.size
    for package, size in held.most_common(25):
        print(f"python\t{package}\t{size}", flush=True)
    print("python done", flush=True)


def _print_ring(app: QApplication) -> None:
    """The side of the hold timer's ring, as the bare ring's size (every widget wrapped in Python
    to find it: only in a launch that measures nothing else)."""
    for widget in app.allWidgets():
        if type(widget).__name__ == "HoldTimer" and widget.isVisible():
            print(f"ring {min(widget.width(), widget.height())}", flush=True)
            return
    print("ring none", flush=True)


def _bare() -> int:
    from PySide6.QtWidgets import QLabel  # noqa: PLC0415 - as a bare app would, after QApplication

    app = QApplication(sys.argv[:1])
    probe = FirstPaint(app)  # noqa: F841 - it listens while the app runs
    label = QLabel("Hello")
    label.show()
    return app.exec()


RING_SIDE = 290  # px, unless given
HOLD_MS = 30_000
FASTEST_FRAME_MS = 33  # as Supple's ring: at most 30 frames a second


class BareRing(QWidget):
    """An arc that grows round a circle, repainting the square around its end at each pixel."""

    def __init__(self, side: int) -> None:
        super().__init__()
        self._side = side
        self._radius = side * 86 / 200  # Supple's proportions (app/qt/widgets/hold_timer.py)
        self._width = side * 13 / 200
        self.setFixedSize(side, side)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._started = time.monotonic()
        self._share = 0.0
        self._pen = QPen(QColor("#2ec397"), self._width)
        self._pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._frame)
        self._timer.start(max(FASTEST_FRAME_MS, math.ceil(HOLD_MS / (2 * math.pi * self._radius))))

    def _end_box(self) -> QRect:
        angle = 2 * math.pi * self._share
        x = self._side / 2 + self._radius * math.sin(angle)
        y = self._side / 2 - self._radius * math.cos(angle)
        reach = math.ceil(self._width / 2) + 2
        return QRect(math.floor(x) - reach, math.floor(y) - reach, 2 * reach + 1, 2 * reach + 1)

    def _frame(self) -> None:
        before = self._end_box()
        self._share = ((time.monotonic() - self._started) * 1000 / HOLD_MS) % 1.0
        self.update(before.united(self._end_box()))

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.fillRect(event.rect(), self.palette().window())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self._pen)
            margin = self._side / 2 - self._radius
            ring = QRectF(margin, margin, 2 * self._radius, 2 * self._radius)
            painter.drawArc(ring, 90 * 16, -round(self._share * 360 * 16))


def _ring() -> int:
    app = QApplication(sys.argv[:1])
    probe = FirstPaint(app)  # noqa: F841 - it listens while the app runs
    ring = BareRing(int(sys.argv[2]) if len(sys.argv) > 2 else RING_SIDE)
    ring.show()
    return app.exec()


def _supple(arguments: list[str]) -> int:
    # the QApplication Supple would make, made first so the probe can watch it from the start
    from app.cli import main  # noqa: PLC0415
    from app.qt.application import make_application  # noqa: PLC0415

    app = make_application()
    probe = FirstPaint(app)  # noqa: F841 - it listens while the app runs
    return main(arguments)


if __name__ == "__main__":
    sys.exit({"bare": _bare, "ring": _ring}.get(sys.argv[1], lambda: _supple(sys.argv[2:]))())
