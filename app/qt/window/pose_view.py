"""Shows the pose illustration, drawn live from the figure model: crisp at any size, animated.

Each frame is a PoseMoment (two keyframes and how far between them, app.presenters.motion). The figure is
blended, written as SVG in the window's colours and handed to QSvgRenderer; a moment equal to the
last one costs nothing, so a still hold is not redrawn thirty times a second.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.catalogue import Side
from app.figure import Palette, interpolate, keyframe_names, pose_keyframe, render_svg
from app.presenters.motion import PoseMoment
from app.qt.widgets.figure_palette import figure_palette

log = logging.getLogger(__name__)


def moment_svg(moment: PoseMoment, palette: Palette) -> bytes:
    """The SVG of `moment`; empty when its keyframes are not ones we can draw (a user's typo)."""
    known = keyframe_names()
    if moment.start not in known or moment.end not in known:
        return b""
    start, end = pose_keyframe(moment.start), pose_keyframe(moment.end)
    try:
        pose = interpolate(start, end, moment.t)
    except ValueError:  # keyframes of two different figures: show where it is heading
        pose = end
    if moment.side is Side.RIGHT:
        return render_svg(pose, side="right", palette=palette).encode("utf-8")
    return render_svg(pose, side="left", palette=palette).encode("utf-8")


class PoseView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._moment: PoseMoment | None = None
        self._palette: Palette | None = None
        self._palette_of: int | None = None  # the QPalette's cacheKey that _palette was made for
        self._description = ""
        self._still = False
        self.moving = False  # whether the last moment shown differed from the one before
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Pose illustration"))

    def moment(self) -> PoseMoment | None:
        return self._moment

    def set_still(self, still: bool) -> None:
        """Still pictures instead of movement between them (the person's or the system's wish)."""
        self._still = still

    def showMoment(self, moment: PoseMoment, description: str) -> None:
        """Draw `moment`; `description` is what a screen reader says instead of the picture."""
        moment = moment.snapped() if self._still else moment.settled()
        if description != self._description:
            self._description = description
            self.setAccessibleDescription(description)
        palette = self._figure_palette()
        self.moving = moment != self._moment
        if moment == self._moment and palette == self._palette:
            return
        self._moment, self._palette = moment, palette
        self._renderer.load(QByteArray(moment_svg(moment, palette)))
        self.update()

    def _figure_palette(self) -> Palette:
        """The figure's colours, worked out again only when the window's palette changes (not at
        each of the thirty ticks a second)."""
        key = self.palette().cacheKey()
        if self._palette is None or key != self._palette_of:
            self._palette_of = key
            return figure_palette(self.palette())
        return self._palette

    def clear(self) -> None:
        self._moment = None
        self._renderer.load(QByteArray(b""))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        # the palette changed (light <-> dark): draw the same moment in the new colours
        if event.type() == QEvent.Type.PaletteChange and self._moment is not None:
            moment, self._moment = self._moment, None
            self.showMoment(moment, self._description)
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 110)

    def paintEvent(self, event: QPaintEvent) -> None:
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
            self._renderer.render(painter, target)
