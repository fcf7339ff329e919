"""The illustration of a person's stretch, chosen from Supple's own keyframes: a grid of small
pictures, and a larger preview of the chosen one. A one-sided stretch is drawn for the left side
and mirrored for the right by the app, as the built-in ones are; the preview shows both."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.figure import keyframe_names, pose_keyframe, render_svg
from app.figure.svg import DrawnSide
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.qt.translation import arg
from app.qt.widgets.figure_palette import figure_palette

Keyframes = Words("Keyframes")

# Each of Supple's keyframes as a person reads it: the figure's pose and the moment of it, one whole
# phrase each (a test checks that every keyframe of app.figure has one).
KEYFRAME_NAMES = {
    "warm-up/left-knee-up": QT_TRANSLATE_NOOP("Keyframes", "March in place, left knee up"),
    "warm-up/right-knee-up": QT_TRANSLATE_NOOP("Keyframes", "March in place, right knee up"),
    "knee-to-chest/start": QT_TRANSLATE_NOOP("Keyframes", "Knee to chest, starting position"),
    "knee-to-chest/knee-in": QT_TRANSLATE_NOOP("Keyframes", "Knee to chest, knee drawn in"),
    "cat-cow/cow": QT_TRANSLATE_NOOP("Keyframes", "Cat-cow, back dipped (cow)"),
    "cat-cow/cat": QT_TRANSLATE_NOOP("Keyframes", "Cat-cow, back rounded (cat)"),
    "childs-pose/all-fours": QT_TRANSLATE_NOOP("Keyframes", "Child's pose, on all fours"),
    "childs-pose/folded": QT_TRANSLATE_NOOP("Keyframes", "Child's pose, folded forward"),
    "figure-four/feet-down": QT_TRANSLATE_NOOP("Keyframes", "Figure four, feet down"),
    "figure-four/crossed": QT_TRANSLATE_NOOP("Keyframes", "Figure four, legs crossed"),
    "figure-four/drawn-in": QT_TRANSLATE_NOOP("Keyframes", "Figure four, legs drawn in"),
    "seated-glute/feet-down": QT_TRANSLATE_NOOP("Keyframes", "Seated glute stretch, feet down"),
    "seated-glute/upright": QT_TRANSLATE_NOOP("Keyframes", "Seated glute stretch, sitting upright"),
    "seated-glute/lean": QT_TRANSLATE_NOOP("Keyframes", "Seated glute stretch, leaning forward"),
}

KEYFRAME = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(96, 64)
PREVIEW = QSize(140, 96)  # two side by side: the stretch editor fits an 800-pixel-wide screen
CAPTION_LINES = 3


def keyframe_pixmap(name: str, side: DrawnSide, palette: QPalette, size: QSize, ratio: float = 1.0) -> QPixmap:
    """Keyframe `name` drawn for `side`, fitted into `size` in the palette's colours."""
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    svg = render_svg(pose_keyframe(name), side=side, palette=figure_palette(palette), arrows=False)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    box = renderer.viewBoxF()
    scale = min(size.width() / box.width(), size.height() / box.height())
    width, height = box.width() * scale, box.height() * scale
    with QPainter(pixmap) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF((size.width() - width) / 2, (size.height() - height) / 2, width, height))
    return pixmap


def spoken(name: str) -> str:
    """'figure-four/drawn-in' as a person reads it, in their language: 'Figure four, legs drawn in'.
    A keyframe the table does not know yet reads as its id."""
    known = KEYFRAME_NAMES.get(name)
    return Keyframes.tr(known) if known else name


class KeyframeChooser(QWidget):
    chosen = Signal(str)  # the held pose, 'pose/frame'

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Illustration"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(THUMBNAIL)
        self.list.setWordWrap(True)
        # room for three lines of name under each picture: a name is a whole phrase ("Seated glute
        # stretch, leaning forward"), longer in some languages; the tooltip has it whole
        lines = self.list.fontMetrics().lineSpacing() * CAPTION_LINES
        self.list.setGridSize(QSize(THUMBNAIL.width() + 32, THUMBNAIL.height() + lines + 12))
        for name in keyframe_names():
            item = QListWidgetItem(QIcon(keyframe_pixmap(name, "left", self.palette(), THUMBNAIL)), spoken(name),
                                   self.list)
            item.setData(KEYFRAME, name)
            item.setToolTip(spoken(name))
        self.left, self.right = QLabel(self), QLabel(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self._one_sided = False
        self._build()
        self.list.currentItemChanged.connect(self._current_changed)

    def _build(self) -> None:
        sides = QHBoxLayout()
        for label in (self.left, self.right):
            label.setMinimumSize(PREVIEW)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            sides.addWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(sides)
        layout.addWidget(self.caption)
        self.setFocusProxy(self.list)

    def show_choice(self, keyframes: tuple[str, ...], one_sided: bool) -> None:
        """The draft's illustration (its held pose is its last keyframe), without sending `chosen`."""
        self._one_sided = one_sided
        held = keyframes[-1] if keyframes else None
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(KEYFRAME) == held:
                self.list.setCurrentRow(row)
                break
        else:
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._preview(held)

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(item.data(KEYFRAME))

    def _preview(self, held: str | None) -> None:
        if held is None or held not in keyframe_names():
            self.left.clear()
            self.right.clear()
            self.caption.setText(self.tr("Choose the picture of the held position."))
            return
        ratio = self.devicePixelRatioF()
        self.left.setPixmap(keyframe_pixmap(held, "left", self.palette(), PREVIEW, ratio))
        self.right.setVisible(self._one_sided)
        if self._one_sided:
            self.right.setPixmap(keyframe_pixmap(held, "right", self.palette(), PREVIEW, ratio))
            mirrored = self.tr("%1: the left side, and the right drawn as its mirror.", "a picture's name")
            self.caption.setText(arg(mirrored, spoken(held)))
        else:
            self.caption.setText(arg(self.tr("%1.", "a picture's name, as a caption"), spoken(held)))
        self.left.setAccessibleName(arg(self.tr("Preview: %1", "a picture's name"), spoken(held)))
