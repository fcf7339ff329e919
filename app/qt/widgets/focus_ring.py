"""A focus ring that can be seen: a 3-pixel outline around whatever has the keyboard focus.

The styles draw focus as a thin dotted or 1-pixel line, often the same blue as a selection, and
only once Tab has been pressed. Supple draws its own ring, from the first moment a widget has the
focus, in a colour with at least 3:1 contrast against the window in both themes (the contrast test
checks it).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from app.qt.widgets.theme import is_dark

RING_WIDTH = 3.0
# Against Supple's window colours (light #efefef-ish, dark #2d2d2d-ish) both are above 5:1.
LIGHT_RING = "#0a4a8f"
DARK_RING = "#8cc8ff"


def ring_color(palette: QPalette) -> QColor:
    return QColor(DARK_RING if is_dark(palette) else LIGHT_RING)


class FocusRing(QWidget):
    """Drawn on top of the focused widget, as its sibling: moving or scrolling the widget's
    container carries the ring along, and the widget's own moves and resizes are followed here.
    (QFocusFrame would do this too, but its style mask only lets it paint outside the widget,
    where a container without margins clips it away.)"""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None

    def target(self) -> QWidget | None:
        return self._target

    def follow(self, target: QWidget | None) -> None:
        if self._target is not None and shiboken6.isValid(self._target):  # it may have been deleted
            self._target.removeEventFilter(self)
        self._target = target
        if target is None or target.parentWidget() is None:
            self.hide()
            return
        target.installEventFilter(self)
        self.setParent(target.parentWidget())
        self._place()

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        self.setGeometry(target.geometry())
        self.raise_()  # above the target and its siblings
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target:
            kind = event.type()
            if kind in _FOLLOWED:
                self._place()
            elif kind == QEvent.Type.ParentChange:
                self.follow(self._target)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        edge = self.rect().toRectF()
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = RING_WIDTH / 2
            painter.setPen(QPen(ring_color(self.palette()), RING_WIDTH))
            painter.drawRoundedRect(edge.adjusted(half, half, -half, -half), 4, 4)
            # a thin line in the window colour inside it keeps the ring apart from any fill (the red
            # Sharp pain button, a blue selection)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), 1.0))
            inner = RING_WIDTH + 0.5
            painter.drawRoundedRect(edge.adjusted(inner, inner, -inner, -inner), 3, 3)


_FOLLOWED = frozenset({QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide})


class FocusRings(QObject):
    """One ring per window, moved to the widget that has the focus whenever it changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._rings: dict[int, FocusRing] = {}
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:  # another application has the focus: each window keeps its ring
            return
        window = new.window()
        # keyed by the C++ object: a window Qt made itself (a QMessageBox.question) gets a new
        # Python wrapper, and so a new id(), each time it is handed to us
        key = shiboken6.getCppPointer(window)[0]
        ring = self._rings.get(key)
        if new.isWindow():  # a window focused as a whole: no ring inside it
            if ring is not None:
                ring.follow(None)
            return
        if ring is None:
            ring = FocusRing()
            self._rings[key] = ring
            # it lives inside the focused widget's container, and dies with it or with the window
            ring.destroyed.connect(lambda: self._rings.pop(key, None))
            window.destroyed.connect(lambda: self._rings.pop(key, None))
        ring.follow(new)

    def ring_of(self, window: QWidget) -> FocusRing | None:
        return self._rings.get(shiboken6.getCppPointer(window)[0])


def install_focus_rings(app: QApplication) -> FocusRings:
    existing = app.findChild(FocusRings)
    return existing if isinstance(existing, FocusRings) else FocusRings(app)
