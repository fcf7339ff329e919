"""The circular hold timer: a faint track, a smoothly moving arc, big seconds, phase and side.

It draws in a fixed 200x200 logical square scaled to the widget, so it is right at any size and
DPI. It is a QProgressBar only for screen readers: Qt then exposes it with a progress role and a
Value interface (the seconds gone of the phase's length), its name is what it shows ("Hold, 19 seconds
left, left leg"), and it takes the keyboard focus so a screen-reader user can land on it and read it.
The face is read from its source (from the clock, through the engine), so what it shows cannot
drift: once per tick, at the refresh, and the paint that follows draws that same face (the
repainted box was worked out from it); a paint nobody asked for (the window uncovered) reads it
afresh. It repaints only when asked, which the session controller does while a session runs.

Given the session's clock (`setSource`), it moves a counting face's arc itself, between polls: its
own timer fires when the arc reaches its next device pixel, works out where the arc is from the
clock and the face (the arc grows by 1/length a second from the face's instant, which is how the
engine counts too), and repaints the arc's end. The poller then need come only when the words
change, about once a second, instead of at every frame: each poll costs the engine's view, every
display's refresh and the pace; a frame costs a clock reading and a small repaint.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QWidget

from app.presenters.presentation import TimerFace, Tone, idle_face
from app.qt.widgets.contrast import readable
from app.qt.widgets.theme import is_dark

LOGICAL = 200.0
RING_RADIUS = 86.0
RING_WIDTH = 13.0
RING = QRectF(-RING_RADIUS, -RING_RADIUS, 2 * RING_RADIUS, 2 * RING_RADIUS)
DIGITS = QRectF(-70, -32, 140, 62)  # the seconds' box, in the middle of the ring
# where any words are drawn (the phase above the seconds, the side below), with room for glyphs
# that reach past their boxes: the words' layer covers this alone, a third of the face
WORDS = QRectF(-74, -56, 148, 114)
# Beyond this share of the ring, the box around the arc's two ends no longer holds the arc between
# them (a seek, a long-delayed poll): the whole face is repainted instead.
SMALL_STEP = 0.02
SMOOTH = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
TURN = 360 * 16  # a whole ring in Qt's angles
FASTEST_FRAME_MS = 33  # a moving arc is redrawn at most 30 times a second, however large the ring

# Okabe-Ito colours: told apart by people with the common colour-vision deficiencies. Colour is
# never the only signal: every phase has its own word in the middle, and the arc's stroke says
# whether the person holds still, moves into position, or eases out (ARC_DASHES).
_LIGHT = {
    Tone.IDLE: "#8a8f98", Tone.WARM_UP: "#c77c00", Tone.PREPARE: "#0072b2", Tone.HOLD: "#009e73",
    Tone.SWITCH: "#e69f00", Tone.INHALE: "#3a9bd9", Tone.EXHALE: "#cc79a7", Tone.RELEASE: "#d55e00",
    Tone.NEXT: "#6b7280", Tone.DONE: "#009e73",
}
_DARK = {
    **_LIGHT, Tone.PREPARE: "#4aa8e8", Tone.HOLD: "#2fc497", Tone.INHALE: "#6cc0f0", Tone.NEXT: "#9aa1ab",
    Tone.EXHALE: "#e199c0", Tone.RELEASE: "#f07a2a", Tone.DONE: "#2fc497", Tone.WARM_UP: "#f0a820",
}


# Dash patterns in stroke widths (Qt's unit): moving into or between positions is drawn in dashes,
# easing out after pain in dots, and holding still (or breathing in place) solid.
_DASHED, _DOTTED = [1.6, 1.9], [0.01, 1.7]
ARC_DASHES: dict[Tone, list[float]] = {
    Tone.PREPARE: _DASHED, Tone.SWITCH: _DASHED, Tone.NEXT: _DASHED, Tone.RELEASE: _DOTTED,
}


def tone_color(tone: Tone, palette: QPalette) -> QColor:
    """The colour of the arc in this phase."""
    return QColor((_DARK if is_dark(palette) else _LIGHT)[tone])


def tone_text_color(tone: Tone, palette: QPalette) -> QColor:
    """The phase's word: its arc's hue, made dark or light enough to read on the window."""
    return readable(tone_color(tone, palette), palette.color(QPalette.ColorRole.Window))


def _to_next_second(face: TimerFace) -> float:
    """Seconds until the whole seconds the face shows next change (they are rounded up)."""
    return face.seconds - math.floor(face.seconds) or 1.0


class HoldTimer(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(False)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleDescription(self.tr("Hold timer. Space pauses or goes on."))
        self._source: Callable[[], TimerFace] = idle_face
        self._clock: Callable[[], float] | None = None  # the session's: with it, the ring moves its own arc
        self._moving: TimerFace | None = None  # the counting face whose arc the ring moves itself
        self._frames = QTimer(self)  # fires at the arc's next device pixel, while a face moves
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self._frame)
        self._spoken = ""
        self._named_for: tuple[object, ...] | None = None  # the words whose name was last worked out
        self._paced: tuple[TimerFace, float | None] | None = None  # a face and how soon after it the next change
        self._drawn: tuple[object, ...] | None = None  # what the last repaint showed
        self._drawn_progress = 0.0  # where its arc ended
        self._wanted = QRect()  # what has been asked to be repainted since
        self._asked: tuple[TimerFace, float] | None = None  # the face and arc the last refresh or frame asked for
        self._asked_look: tuple[object, ...] = ()  # and its look
        self._ring_length: tuple[tuple[QSize, float], float] | None = None  # device pixels by size and ratio
        self._pens: dict[Tone, QPen] = {}  # the arc's pen by tone, for the palette in use
        self._layers: dict[str, tuple[tuple[object, ...], QPixmap, QPoint]] = {}  # see paintEvent
        self._ink = QRect()  # where the words layer has something drawn, in the layer
        self._transform: tuple[tuple[int, int, float], QTransform] | None = None  # by width, height, ratio
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._be_opaque()
        self.refresh()

    def _be_opaque(self) -> None:
        """We paint every pixel ourselves (the window colour first), so Qt need not repaint the
        widgets behind us at every frame. Fusion's polish of a progress bar turns this off (its bar
        has rounded corners), when first shown and again at each new style or style sheet: it is
        turned back on after each. (Not in an `event` override: every event would pass through
        Python.)"""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def setSource(self, source: Callable[[], TimerFace], clock: Callable[[], float] | None = None) -> None:
        """Where the faces come from; with the session's `clock`, a counting face's arc moves by
        itself between two refreshes (without one, only at a refresh)."""
        self._source = source
        self._clock = clock
        self.refresh()

    def face(self) -> TimerFace:
        return self._source()

    def refresh(self) -> None:
        """Repaint if what is shown changed; keep the screen-reader text current (once a second).
        Between two seconds only the arc moves: then this compares one tuple and asks for a
        repaint of the arc's end, and the name is not worked out again."""
        face = self.face()
        pixels = self._ring_pixels()
        self._moving = face if self._moves(face) else None
        self._paced = (face, self._next_change(face, pixels))  # asked for by the poller just after
        self._show(face, face.progress, pixels)
        self._pace_frames(pixels)

    def _show(self, face: TimerFace, progress: float, pixels: float) -> None:
        look = self._look(face, progress, pixels)
        if look[:-1] != self._named_for:  # the words changed
            self._named_for = look[:-1]
            self._rename(face)
        if look != self._drawn:
            self._asked = (face, progress)
            self._asked_look = look
            self._update_for(look, progress)

    def _moves(self, face: TimerFace) -> bool:
        return face.moving and face.length > 0 and face.progress < 1 and self._clock is not None

    def _frame(self) -> None:
        """The arc's next device pixel is due: where the arc is now, by the clock."""
        face = self._moving
        if face is None or self._clock is None:
            self._frames.stop()
            return
        # never past the face's next second: the poll due there brings the next face (a phase
        # that ends, a breath that turns), and after a suspend the clock has leapt ahead
        elapsed = min(max(0.0, self._clock() - face.at), _to_next_second(face))
        self._show(face, min(1.0, face.progress + elapsed / face.length), self._ring_pixels())

    def _pace_frames(self, pixels: float) -> None:
        """The ring's own timer: at the pace of one device pixel while a face moves and it is seen."""
        face = self._moving
        if face is None or not self.isVisible():
            self._frames.stop()
            return
        interval = max(FASTEST_FRAME_MS, math.ceil(1000 * face.length / pixels))
        if interval != self._frames.interval() or not self._frames.isActive():
            self._frames.start(interval)

    def _rename(self, face: TimerFace) -> None:
        text = face.accessible_text
        if text != self._spoken and self._may_rename(face):
            self._spoken = text
            self.setAccessibleName(text)
            self.setToolTip(text)
            # the seconds gone of the phase, as a screen reader's value: it says a progress bar's
            # value as a percentage (Orca: "66 percent"), which must grow as the phase goes on
            self._set_value(max(1, round(face.length)), face.whole_seconds)

    def _set_value(self, length: int, seconds_left: int) -> None:
        """The value, without QProgressBar's own repaint: it repaints the whole bar at once (a
        full paint each second, where the words' change asks for the digits' box alone). Updates
        are held off by their attribute, not by setUpdatesEnabled, whose re-enabling asks for a
        repaint of the whole widget all the same; that call only adds to the attribute what it
        does for child widgets, and the timer has none."""
        self.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)
        try:
            self.setRange(0, length)
            self.setValue(max(0, length - seconds_left))
        finally:
            self.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)

    def _update_for(self, look: tuple[object, ...], progress: float) -> None:
        """Ask for a repaint of what changed: while only the arc grows (a hold, 10-25 times a
        second), the small square around its end, so Qt redraws and sends the display that alone;
        when a second goes by, the digits' box too. A new phase, side or tone: the whole face."""
        drawn = self._drawn
        if drawn is None or drawn[:-2] != look[:-2] or abs(progress - self._drawn_progress) > SMALL_STEP:
            self._wanted = self.rect()
            self.update()
            return
        size = self.size()
        box = self._arc_end_box(self._drawn_progress, size).united(self._arc_end_box(progress, size))
        self._wanted = self._wanted.united(box)
        self.update(box)
        if drawn[-2] != look[-2]:  # the seconds: apart from the arc's end, so the region stays two small boxes
            digits = self._digits_box()
            self._wanted = self._wanted.united(digits)
            self.update(digits)

    def _digits_box(self) -> QRect:
        """Where the seconds are drawn, in the widget, with the words' margin."""
        transform = self._centred((self.width(), self.height(), self.devicePixelRatioF()))
        return transform.mapRect(DIGITS).toAlignedRect().adjusted(-2, -2, 2, 2)

    def _arc_end_box(self, progress: float, size: QSize) -> QRect:
        """The device-independent pixels the arc's round end covers at `progress`, with a margin
        for antialiasing, in a widget of `size`."""
        width, height = size.width(), size.height()
        scale = min(width, height) / LOGICAL
        angle = 2 * math.pi * min(1.0, max(0.0, progress))
        x = width / 2 + RING_RADIUS * scale * math.sin(angle)
        y = height / 2 - RING_RADIUS * scale * math.cos(angle)
        reach = math.ceil(RING_WIDTH * scale / 2) + 2
        return QRect(math.floor(x) - reach, math.floor(y) - reach, 2 * reach + 1, 2 * reach + 1)

    def _may_rename(self, face: TimerFace) -> bool:
        """A screen reader speaks every change of the focused object's name: with the focus on
        the timer, its name follows the phase and side at once but the seconds only every ten
        (and each of the last three), so it counts down aloud without talking all the time."""
        if not self.hasFocus() or not face.show_seconds:
            return True
        seconds = face.whole_seconds
        return seconds % 10 == 0 or seconds <= 3 or not self._spoken.startswith(f"{face.phase}, ")

    def seconds_to_change(self) -> float | None:
        """How soon what it shows next changes, for the poller: the arc's next device pixel or
        the next whole second, whichever is first; None while nobody can see it."""
        if not self.isVisible():
            return None
        face = self.face()
        paced = self._paced
        return paced[1] if paced is not None and paced[0] is face else self._next_change(face, self._ring_pixels())

    def _next_change(self, face: TimerFace, ring_pixels: float) -> float | None:
        """The next whole second; the arc's next device pixel too, unless the ring moves it itself."""
        moved_by_poller = face.length > 0 and face.progress < 1 and not self._moves(face)
        soonest = [face.length / ring_pixels] if moved_by_poller else []
        if face.show_seconds and face.seconds > 0:
            soonest.append(_to_next_second(face))
        return min(soonest, default=None)

    def _ring_pixels(self) -> float:
        """The length of the ring in device pixels (worked out again for a new size or screen)."""
        key = (self.size(), self.devicePixelRatioF())
        if self._ring_length is None or self._ring_length[0] != key:
            size, ratio = key
            self._ring_length = (key, 2 * math.pi * RING_RADIUS * min(size.width(), size.height()) / LOGICAL * ratio)
        return self._ring_length[1]

    def _look(self, face: TimerFace, progress: float, ring_pixels: float) -> tuple[object, ...]:
        """Everything a repaint would show, with the arc's end rounded to a device pixel: a
        30-second hold then repaints 10-30 times a second (by size), no more."""
        arc_end = round(progress * ring_pixels)
        return (face.phase, face.side, face.tone, face.show_seconds, face.whole_seconds, arc_end)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        asked = self._asked
        if asked is not None:
            face, progress = asked
        else:  # a paint nobody asked for: the face of this moment
            face = self.face()
            progress = face.progress
        painted = event.rect()
        self._remember_drawn(painted, face, progress, asked is not None)
        geometry = (self.width(), self.height(), self.devicePixelRatioF())
        words = (face.phase, face.side, face.tone, face.show_seconds, face.whole_seconds)
        with QPainter(self) as painter:
            # The window with the track, and the words, change rarely and cost the most (a wide
            # translucent circle, shaped text): each is drawn once into a layer, and only the arc
            # is drawn at every frame, over the first layer and under the second.
            # (the first is opaque: we paint every pixel, WA_OpaquePaintEvent)
            under, _ = self._layer("under", geometry, (), self._draw_track, opaque=True)
            painter.drawPixmap(0, 0, under)
            words_layer, words_at = self._layer("words", geometry, words, lambda layer: self._draw_words(layer, face),
                                                area=WORDS)
            painter.setRenderHints(SMOOTH)
            painter.setTransform(self._centred(geometry))
            self._draw_arc(painter, face, progress, painted)
            if painted.intersects(self._ink.translated(words_at)):  # most frames: the arc's end, far from the words
                painter.resetTransform()
                painter.drawPixmap(words_at, words_layer)

    def _remember_drawn(self, painted: QRect, face: TimerFace, progress: float, asked: bool) -> None:
        """What the screen now shows, once a paint covers all that was asked for: a paint of
        some other part alone (a window uncovered) leaves the rest as it was."""
        if not painted.contains(self._wanted):  # at most frames it is just what was asked for
            wanted = self._wanted.intersected(self.rect())  # the widget may have shrunk since
            if not painted.contains(wanted if not wanted.isEmpty() else self.rect()):
                return
        self._drawn = self._asked_look if asked else self._look(face, progress, self._ring_pixels())
        self._drawn_progress = progress
        self._wanted = QRect()
        self._asked = None

    def _centred(self, geometry: tuple[int, int, float]) -> QTransform:
        """The fixed logical square, centred and scaled to the widget (made once per size)."""
        if self._transform is None or self._transform[0] != geometry:
            width, height, _ = geometry
            side = min(width, height) / LOGICAL
            self._transform = (geometry, QTransform(side, 0, 0, side, width / 2, height / 2))
        return self._transform[1]

    def _layer(self, name: str, geometry: tuple[int, int, float], content: tuple[object, ...],
               draw: Callable[[QPainter], None], *, opaque: bool = False,
               area: QRectF | None = None) -> tuple[QPixmap, QPoint]:
        """The layer `name` for this size and content, drawn again only when either changes, and
        where it goes in the widget: the whole widget, or only the logical `area` (a layer is
        kept for the app's life: a whole one is a megabyte at some sizes); an `opaque` one on the
        window's colour (a pixmap without alpha: copied to the screen, not blended), else on
        transparency."""
        key = (*geometry, *content)
        cached = self._layers.get(name)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        width, height, ratio = geometry
        centred = self._centred(geometry)
        box = QRect(0, 0, width, height) if area is None else centred.mapRect(area).toAlignedRect()
        pixmap = QPixmap(QSize(round(box.width() * ratio), round(box.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Window) if opaque else Qt.GlobalColor.transparent)
        with QPainter(pixmap) as painter:
            painter.setRenderHints(SMOOTH)
            painter.setTransform(centred * QTransform.fromTranslate(-box.x(), -box.y()))
            draw(painter)
        self._layers[name] = (key, pixmap, box.topLeft())
        return pixmap, box.topLeft()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._paced = None  # a ring of another size changes at another pace
        super().resizeEvent(event)
        self._pace_frames(self._ring_pixels())

    def showEvent(self, event: QShowEvent) -> None:
        self._be_opaque()  # polished just before it is shown
        super().showEvent(event)
        self.refresh()  # the face of this moment, moving again

    def hideEvent(self, event: QHideEvent) -> None:
        self._asked = None  # shown again, it paints the face of that moment
        self._frames.stop()  # nobody sees the arc move
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._layers.clear()  # their colours come from the palette
            self._pens.clear()
            self._drawn = None
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # polished again by a new style or style sheet
            self._be_opaque()

    def _draw_track(self, painter: QPainter) -> None:
        color = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        color.setAlphaF(0.12)
        painter.setPen(QPen(color, RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(RING)

    def _draw_arc(self, painter: QPainter, face: TimerFace, progress: float, painted: QRect) -> None:
        if progress <= 0:
            return
        painter.setPen(self._arc_pen(face.tone))
        # Qt angles are sixteenths of a degree, counter-clockwise from three o'clock: start at
        # twelve and run clockwise. Sub-degree resolution keeps the movement smooth.
        progress = min(1.0, progress)
        end = round(progress * TURN)
        start = 0 if face.tone in ARC_DASHES else round(self._first_needed(progress, painted) * TURN)
        painter.drawArc(RING, TURN // 4 - start, start - end)

    def _first_needed(self, progress: float, painted: QRect) -> float:
        """Where the arc must start (a share of the ring) for a paint of `painted` to be the same as
        the whole arc's: stroking the whole ring cost more than all the rest of a frame, and a
        frame repaints a small box around the arc's end. Every point of `painted` lies within
        `reach` of the end, so only the arc within `reach` of the end, and a stroke's width and a
        pixel of smoothing more, can ink it; a shorter arc's own round start is then outside
        `painted` too. When the ring has nearly come round, its start is near its end again: the
        whole arc, as for a paint of the whole face."""
        width, height = self.width(), self.height()
        scale = min(width, height) / LOGICAL
        radius = RING_RADIUS * scale
        angle = 2 * math.pi * progress
        x, y = width / 2 + radius * math.sin(angle), height / 2 - radius * math.cos(angle)
        reach = max(math.hypot(corner_x - x, corner_y - y)
                    for corner_x in (painted.left(), painted.right() + 1)
                    for corner_y in (painted.top(), painted.bottom() + 1))
        chord = reach + RING_WIDTH * scale + 3
        if chord >= 2 * radius:
            return 0.0
        lead = math.asin(chord / (2 * radius)) / math.pi  # the share of the ring that chord spans
        return progress - lead if lead < progress < 1 - lead else 0.0

    def _arc_pen(self, tone: Tone) -> QPen:
        """Made once per tone and palette, not at every frame."""
        pen = self._pens.get(tone)
        if pen is None:
            pen = QPen(tone_color(tone, self.palette()), RING_WIDTH)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            dashes = ARC_DASHES.get(tone)
            if dashes:  # the dashes start at twelve and stay put while the arc grows over them
                pen.setDashPattern(dashes)
            self._pens[tone] = pen
        return pen

    def _text(self, painter: QPainter, rect: QRectF, text: str, pixels: float, weight: QFont.Weight) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixels)))
        font.setWeight(weight)
        # A long label ("Flow with your breath") shrinks to fit inside the ring, never clipped.
        width = QFontMetricsF(font).horizontalAdvance(text)
        room = rect.width() - 6  # a little slack: hinting at small sizes widens text a touch
        if width > room:
            font.setPixelSize(max(1, int(pixels * room / width)))
        painter.setFont(font)
        inked = painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        # where a frame must draw the words again: the text's box in the layer, and a margin for
        # glyphs that reach past it and for antialiasing
        self._ink = self._ink.united(painter.transform().mapRect(inked).toAlignedRect().adjusted(-2, -2, 2, 2))

    def _draw_words(self, painter: QPainter, face: TimerFace) -> None:
        self._ink = QRect()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(tone_text_color(face.tone, self.palette()) if face.tone is not Tone.IDLE else text_color)
        if not face.show_seconds and not face.side:  # "Ready", "Done": the words alone, in the middle
            self._text(painter, QRectF(-70, -20, 140, 40), face.phase, 20 if len(face.phase) < 12 else 15,
                       QFont.Weight.DemiBold)
            return
        self._text(painter, QRectF(-70, -52, 140, 22), face.phase, 15 if len(face.phase) < 16 else 12,
                   QFont.Weight.DemiBold)
        painter.setPen(text_color)
        if face.show_seconds:
            self._text(painter, DIGITS, face.digits, 56, QFont.Weight.Bold)
        if face.side:
            self._text(painter, QRectF(-70, 32, 140, 22), face.side, 15, QFont.Weight.DemiBold)
