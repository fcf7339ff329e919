"""A focus ring that can be seen: a 3-pixel outline around whatever has the keyboard focus.

The styles draw focus as a thin dotted or 1-pixel line, often the same blue as a selection, and
only once Tab has been pressed. Supple draws its own ring, from the first moment a widget has the
focus, in a colour with at least 3:1 contrast against the window in both themes (the contrast test
checks it). QFocusFrame does the hard part: it follows the focused widget as it moves, resizes, or
scrolls, and stays above its siblings; this class only paints.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from app.qt.widgets.theme import is_dark

RING_WIDTH = 3.0
# Against Supple's window colours (light #efefef-ish, dark #2d2d2d-ish) both are above 5:1.
LIGHT_RING = "#0a4a8f"
DARK_RING = "#8cc8ff"


def ring_color(palette: QPalette) -> QColor:
    return QColor(DARK_RING if is_dark(palette) else LIGHT_RING)


class FocusRing(QFocusFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(ring_color(self.palette()), RING_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = RING_WIDTH / 2
            painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 4, 4)


class FocusRings(QObject):
    """One ring per window, moved to the widget that has the focus whenever it changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._rings: dict[int, FocusRing] = {}
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.isWindow():  # a window with nothing inside focused: no ring to draw
            return
        window = new.window()
        ring = self._rings.get(id(window))
        if ring is None:
            ring = FocusRing(window)
            self._rings[id(window)] = ring
            ring.destroyed.connect(lambda: self._rings.pop(id(window), None))
        ring.setWidget(new)

    def ring_of(self, window: QWidget) -> FocusRing | None:
        return self._rings.get(id(window))


def install_focus_rings(app: QApplication) -> FocusRings:
    existing = app.findChild(FocusRings)
    return existing if isinstance(existing, FocusRings) else FocusRings(app)
