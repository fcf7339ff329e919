"""The mini timer's contents: thumbnail, name and side over the ring, Pause and Sharp pain under it,
what is next and a skip button below; when the routine is over, a short message and the way back to
the main window. Tab reaches every control (a click does not take the focus, so Space keeps pausing
after the mouse has pressed Skip).

Sizes follow the system font, so the window grows with it instead of clipping its words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import Catalogue
from app.presenters.glance import Glance
from app.qt.adapters.session_actions import with_key
from app.qt.mini.mini_icons import skip_icon, window_icon
from app.qt.translation import arg
from app.qt.widgets.hold_timer import HoldTimer
from app.qt.widgets.thumbnails import thumbnail_pixmap

THUMBNAIL = QSize(44, 44)
GLYPH = QSize(18, 18)


class ClickableRing(HoldTimer):
    """The hold ring, which pauses or resumes on a click. A double-click counts once, not twice."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.button() == Qt.MouseButton.LeftButton
        event.accept()  # a press on the ring is a click, never the start of a window drag

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        self._pressed = False


def _label(name: str, parent: QWidget, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def _tool_button(name: str, text: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.setIconSize(GLYPH)
    button.setToolTip(text)
    button.setAccessibleName(text)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def _push_button(name: str, text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class MiniFace(QWidget):
    def __init__(self, window: QWidget, catalogue: Catalogue) -> None:
        super().__init__(window)
        self.setObjectName("miniFace")
        self._catalogue = catalogue
        self._thumbnail_of: str | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._session_page())
        self.stack.addWidget(self._done_page())
        outer = QVBoxLayout(window)
        outer.setContentsMargins(10, 8, 10, 10)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # the window fits its contents
        outer.addWidget(self)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.stack)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue

    def _session_page(self) -> QWidget:
        page = QWidget(self)
        self.thumbnail = QLabel(page)
        self.thumbnail.setObjectName("miniThumbnail")
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.nameLabel = _label("miniStretchName", page, 1.1, bold=True)
        self.sideLabel = _label("miniSide", page)
        self.mainButton = _tool_button("miniMainButton", with_key(self.tr("Back to the main window"), "M"), page)
        self.ring = ClickableRing(page)
        self.ring.setObjectName("miniRing")
        side = max(170, self.fontMetrics().height() * 10)
        self.ring.setFixedSize(side, side)
        self.pauseButton = _push_button("miniPauseButton", self.tr("Pause"), page)
        self.painButton = _push_button("miniPainButton", self.tr("Sharp pain"), page)
        self.nextLabel = _label("miniNext", page, 0.95)
        self.skipButton = _tool_button("miniSkipButton", with_key(self.tr("Skip ahead"), "Right"), page)
        self._draw_glyphs()
        self._lay_out_session(page)
        return page

    def _lay_out_session(self, page: QWidget) -> None:
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.nameLabel)
        words.addWidget(self.sideLabel)
        top = QHBoxLayout()
        top.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        top.addWidget(self.mainButton, 0, Qt.AlignmentFlag.AlignTop)
        controls = QHBoxLayout()
        controls.addWidget(self.pauseButton, 1)
        controls.addWidget(self.painButton, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.nextLabel, 1)
        bottom.addWidget(self.skipButton)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addLayout(controls)
        column.addLayout(bottom)
        self.nameLabel.setFixedWidth(self.ring.width() - THUMBNAIL.width())  # wrap long names, keep the width

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.doneLabel = _label("miniDone", page, 1.3, bold=True)
        self.doneLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.openButton = QPushButton(self.tr("Open Supple"), page)
        self.openButton.setObjectName("miniOpenButton")
        self.openButton.setToolTip(with_key(self.tr("Back to the main window"), "M"))
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.doneLabel)
        column.addWidget(self.openButton, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return page

    def show_glance(self, seen: Glance) -> None:
        """The words (the ring follows its own source)."""
        if seen.finished:
            self.doneLabel.setText(seen.title)
            if self.stack.currentIndex() != 1:
                self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        self.nameLabel.setText(seen.title)
        self.sideLabel.setText(seen.side)
        self.sideLabel.setVisible(bool(seen.side))
        self.nextLabel.setText(seen.following)
        self._show_thumbnail(seen.stretch_id)

    def _show_thumbnail(self, stretch_id: str | None) -> None:
        if stretch_id == self._thumbnail_of:  # drawn once per stretch, not at every tick
            return
        self._thumbnail_of = stretch_id
        if stretch_id is None:
            self.thumbnail.clear()
            return
        stretch = self._catalogue.stretch(stretch_id)
        self.thumbnail.setPixmap(thumbnail_pixmap(stretch, self.palette(), THUMBNAIL, self.devicePixelRatioF()))
        self.thumbnail.setAccessibleName(arg(self.tr("%1: illustration", "a stretch's name"), stretch.name))

    def _draw_glyphs(self) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText)
        ratio = self.devicePixelRatioF()
        self.skipButton.setIcon(skip_icon(color, GLYPH.width(), ratio))
        self.mainButton.setIcon(window_icon(color, GLYPH.width(), ratio))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            shown, self._thumbnail_of = self._thumbnail_of, None  # redraw in the new colours
            self._show_thumbnail(shown)
            self._draw_glyphs()
        super().changeEvent(event)
