"""Shows one pose illustration (SVG), centred and crisp at any size."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class PoseView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._description = ""
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Pose illustration")

    def setSvg(self, svg: bytes, description: str) -> None:
        """Show `svg`; `description` is what a screen reader says instead of the picture."""
        self._renderer.load(QByteArray(svg))
        if description != self._description:
            self._description = description
            self.setAccessibleDescription(description)
        self.update()

    def setMirrored(self, mirrored: bool) -> None:
        """Draw the picture flipped left to right (the other side of a one-sided stretch)."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    def clear(self) -> None:
        self._renderer.deleteLater()
        self._renderer = QSvgRenderer(self)  # an empty renderer draws nothing
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 110)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        if not self._renderer.isValid():
            return
        view = self._renderer.viewBoxF()
        if view.isEmpty():
            return
        scale = min(self.width() / view.width(), self.height() / view.height())
        width, height = view.width() * scale, view.height() * scale
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self._mirrored:
                painter.translate(self.width(), 0)
                painter.scale(-1, 1)
            self._renderer.render(painter, target)
