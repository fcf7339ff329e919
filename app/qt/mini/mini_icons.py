"""The mini timer's two button glyphs, drawn in the palette's text colour.

The style's standard icons are dark grey whatever the theme, which nearly vanishes on a dark
window; these follow the palette, and are redrawn when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

LOGICAL = 20.0  # each glyph is drawn in a 20x20 square


def _glyph(color: QColor, size: int, ratio: float, draw_skip: bool) -> QIcon:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    with QPainter(pixmap) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / LOGICAL, size / LOGICAL)
        if draw_skip:
            _draw_skip(painter, color)
        else:
            _draw_window(painter, color)
    return QIcon(pixmap)


def _draw_skip(painter: QPainter, color: QColor) -> None:
    """Two arrowheads and a bar: 'skip ahead', as on any media player."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    for left in (3.0, 9.0):
        path = QPainterPath(QPointF(left, 5))
        path.lineTo(left + 6, 10)
        path.lineTo(left, 15)
        path.closeSubpath()
        painter.drawPath(path)
    painter.drawRect(QRectF(15.5, 5, 2, 10))


def _draw_window(painter: QPainter, color: QColor) -> None:
    """A window outline with its title bar: 'the main window'."""
    painter.setPen(QPen(color, 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(3, 4, 14, 12), 1.5, 1.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRect(QRectF(3, 4, 14, 3.5))


def skip_icon(color: QColor, size: int = 20, ratio: float = 1.0) -> QIcon:
    return _glyph(color, size, ratio, draw_skip=True)


def window_icon(color: QColor, size: int = 20, ratio: float = 1.0) -> QIcon:
    return _glyph(color, size, ratio, draw_skip=False)
