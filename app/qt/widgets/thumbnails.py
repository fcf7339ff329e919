"""Small pictures of stretches for lists and the mini timer, in the window palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.catalogue import Stretch
from app.figure import stretch_names, thumbnail_svg
from app.qt.widgets.figure_palette import figure_palette


def illustrated_name(stretch: Stretch) -> str | None:
    """The figure a stretch is drawn with ('knee-to-chest' for 'knee-to-chest/start'), if any."""
    name = stretch.keyframes[-1].split("/")[0] if stretch.keyframes else ""
    return name if name in stretch_names() else None


def thumbnail_pixmap(stretch: Stretch, palette: QPalette, size: QSize, ratio: float = 1.0) -> QPixmap:
    """The stretch's held pose fitted into `size`; a transparent pixmap when it has no picture."""
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    name = illustrated_name(stretch)
    if name is None:
        return pixmap
    renderer = QSvgRenderer(QByteArray(thumbnail_svg(name, figure_palette(palette)).encode("utf-8")))
    box = renderer.viewBoxF()
    scale = min(size.width() / box.width(), size.height() / box.height())
    width, height = box.width() * scale, box.height() * scale
    with QPainter(pixmap) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF((size.width() - width) / 2, (size.height() - height) / 2, width, height))
    return pixmap


def thumbnail_icon(stretch: Stretch, palette: QPalette, size: QSize, ratio: float = 1.0) -> QIcon:
    return QIcon(thumbnail_pixmap(stretch, palette, size, ratio))
