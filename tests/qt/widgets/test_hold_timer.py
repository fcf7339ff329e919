"""The circular hold timer, rendered to an image and read back pixel by pixel."""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.presenters.presentation import TimerFace, Tone
from app.qt.widgets import hold_timer
from app.qt.widgets.contrast import contrast
from app.qt.widgets.hold_timer import RING_RADIUS, RING_WIDTH, HoldTimer, tone_color
from app.qt.widgets.theme import dark_palette

SIZE = 300


def render(
    qtbot: QtBot, face: TimerFace, palette: QPalette | None = None, size: int = SIZE
) -> tuple[QImage, HoldTimer]:
    timer = HoldTimer()
    qtbot.addWidget(timer)
    if palette is not None:
        timer.setPalette(palette)
    timer.setSource(lambda: face)
    timer.resize(size, size)
    image = timer.grab().toImage()
    return image, timer


def ring_point(angle_degrees: float, size: int = SIZE) -> QPoint:
    """The middle of the ring's stroke, `angle_degrees` clockwise from twelve o'clock."""
    radius = RING_RADIUS * size / 200
    angle = math.radians(angle_degrees)
    return QPoint(round(size / 2 + radius * math.sin(angle)), round(size / 2 - radius * math.cos(angle)))


def close(first: QColor, second: QColor, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True))


@pytest.mark.parametrize("dark", [False, True])
def test_the_arc_covers_the_elapsed_share_and_the_track_the_rest(qtbot: QtBot, dark: bool) -> None:
    face = TimerFace(progress=0.25, seconds=22.5, phase="Hold", side="Left leg", tone=Tone.HOLD)
    image, timer = render(qtbot, face, dark_palette() if dark else None)
    arc = tone_color(Tone.HOLD, timer.palette())
    background = timer.palette().color(QPalette.ColorRole.Window)
    for angle in (10, 45, 80):  # inside the first quarter
        assert close(image.pixelColor(ring_point(angle)), arc), angle
    for angle in (120, 180, 300):  # the faint track: near the background, never the arc colour
        pixel = image.pixelColor(ring_point(angle))
        assert not close(pixel, arc), angle
        assert close(pixel, background, tolerance=60), angle
    outside = image.pixelColor(QPoint(3, 3))
    assert close(outside, background, tolerance=2)


def test_more_progress_fills_more_of_the_ring(qtbot: QtBot) -> None:
    def filled(progress: float) -> int:
        face = TimerFace(progress=progress, seconds=10, phase="Hold", side="", tone=Tone.HOLD)
        image, timer = render(qtbot, face)
        arc = tone_color(Tone.HOLD, timer.palette())
        return sum(close(image.pixelColor(ring_point(angle)), arc) for angle in range(0, 360, 5))

    counts = [filled(p) for p in (0.0, 0.1, 0.5, 0.9)]
    assert counts[0] == 0
    assert counts == sorted(counts) and len(set(counts)) == 4
    assert counts[2] == pytest.approx(36, abs=2)  # half of the 72 sample points


def test_the_seconds_are_drawn_large_in_the_middle(qtbot: QtBot) -> None:
    with_seconds, timer = render(qtbot, TimerFace(0.5, 12, "Hold", "", Tone.HOLD))
    without, _ = render(qtbot, TimerFace(0.5, 12, "Hold", "", Tone.HOLD, show_seconds=False))
    text = timer.palette().color(QPalette.ColorRole.WindowText)
    middle = [QPoint(x, y) for x in range(120, 180, 2) for y in range(130, 170, 2)]
    inked = sum(close(with_seconds.pixelColor(p), text) for p in middle)
    assert inked > 40
    assert sum(close(without.pixelColor(p), text) for p in middle) == 0


def test_the_phase_colours_are_distinct(qtbot: QtBot) -> None:
    timer = HoldTimer()
    qtbot.addWidget(timer)
    for palette in (timer.palette(), dark_palette()):
        colours = {tone_color(tone, palette).name() for tone in (Tone.PREPARE, Tone.HOLD, Tone.SWITCH, Tone.INHALE,
                                                                 Tone.EXHALE, Tone.RELEASE)}
        assert len(colours) == 6


def test_square_size_hints_and_the_same_picture_at_any_size(qtbot: QtBot) -> None:
    face = TimerFace(progress=0.5, seconds=10, phase="Hold", side="", tone=Tone.HOLD)
    _, timer = render(qtbot, face)
    assert timer.sizeHint().width() == timer.sizeHint().height()
    assert timer.minimumSizeHint().width() == timer.minimumSizeHint().height()
    assert timer.heightForWidth(333) == 333
    small, _ = render(qtbot, face, size=120)
    arc = tone_color(Tone.HOLD, timer.palette())
    assert close(small.pixelColor(ring_point(90, 120)), arc)
    assert not close(small.pixelColor(ring_point(270, 120)), arc)
    assert small.size() == QSize(120, 120)


def test_screen_readers_hear_the_phase_and_seconds(qtbot: QtBot) -> None:
    _, timer = render(qtbot, TimerFace(0.5, 11.2, "Hold", "Right leg", Tone.HOLD))
    assert timer.accessibleName() == "Hold, 12 seconds left, right leg"
    assert timer.accessibleDescription() == "Hold timer. Space pauses or goes on."
    one = TimerFace(0.9, 0.4, "Get into position", "", Tone.PREPARE)
    _, timer = render(qtbot, one)
    assert timer.accessibleName() == "Get into position, 1 second left"


# Every tone with the word the person reads beside it (Tone.NEXT's "Next up", Tone.DONE's "Done").
PHASE_WORDS = {
    Tone.WARM_UP: "Warm up", Tone.PREPARE: "Get into position", Tone.HOLD: "Hold", Tone.SWITCH: "Switch sides",
    Tone.INHALE: "Inhale", Tone.EXHALE: "Exhale", Tone.RELEASE: "Release slowly", Tone.NEXT: "Next up",
    Tone.DONE: "Done",
}


def word_pixels(qtbot: QtBot, face: TimerFace, without: TimerFace, palette: QPalette | None = None,
                size: int = 400) -> dict[tuple[int, int], QColor]:
    """The pixels one word paints: the face drawn with it and `without` it, compared."""
    first, _ = render(qtbot, face, palette, size)
    second, _ = render(qtbot, without, palette, size)
    return {(x, y): first.pixelColor(x, y) for x in range(size) for y in range(size)
            if first.pixelColor(x, y) != second.pixelColor(x, y)}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("tone", list(PHASE_WORDS), ids=[tone.value for tone in PHASE_WORDS])
def test_every_phase_word_reads_at_4_5_to_1_on_the_window(qtbot: QtBot, tone: Tone, dark: bool) -> None:
    palette = dark_palette() if dark else HoldTimer().palette()
    face = TimerFace(0.4, 12, PHASE_WORDS[tone], "Left leg", tone, show_seconds=tone is not Tone.DONE)
    pixels = word_pixels(qtbot, face, replace(face, phase=""), palette).values()
    background = palette.color(QPalette.ColorRole.Window)
    assert len(pixels) > 100  # the word was found
    # the strokes' solid middles carry the word's colour; their antialiased edges only blend it
    assert max(contrast(pixel, background) for pixel in pixels) >= 4.5


def arc_gaps(qtbot: QtBot, tone: Tone) -> int:
    """How many times a full ring of `tone` breaks: 0 for a solid arc."""
    image, timer = render(qtbot, TimerFace(0.999, 10, "", "", tone, show_seconds=False))
    arc = tone_color(tone, timer.palette())
    inked = [close(image.pixelColor(ring_point(angle / 2)), arc) for angle in range(20, 700)]
    return sum(1 for before, after in pairwise(inked) if before and not after)


def test_phases_differ_by_the_arcs_stroke_not_by_hue_alone(qtbot: QtBot) -> None:
    solid = {tone: arc_gaps(qtbot, tone) for tone in (Tone.HOLD, Tone.INHALE, Tone.EXHALE)}
    assert set(solid.values()) == {0}
    getting_there = arc_gaps(qtbot, Tone.PREPARE)  # into position, or moving between stretches
    assert getting_there > 5
    assert arc_gaps(qtbot, Tone.SWITCH) == getting_there
    easing_out = arc_gaps(qtbot, Tone.RELEASE)
    assert easing_out > 5 and easing_out != getting_there


def test_the_side_is_drawn_as_large_as_the_phase(qtbot: QtBot) -> None:
    face = TimerFace(0.0, 10, "Left", "Left", Tone.HOLD)
    phase = word_pixels(qtbot, face, replace(face, phase=""))
    side = word_pixels(qtbot, face, replace(face, side=""))

    def height(pixels: dict[tuple[int, int], QColor]) -> int:
        rows = [y for _, y in pixels]
        return max(rows) - min(rows) + 1

    assert height(side) >= height(phase) > 10


def test_with_the_focus_on_it_the_timer_renames_itself_every_ten_seconds_not_every_second(qtbot: QtBot) -> None:
    faces = iter([TimerFace(0.1, 27.5, "Hold", "Left leg", Tone.HOLD, length=30),
                  TimerFace(0.2, 24.5, "Hold", "Left leg", Tone.HOLD, length=30),
                  TimerFace(0.4, 19.5, "Hold", "Left leg", Tone.HOLD, length=30),
                  TimerFace(0.0, 5.0, "Switch sides", "Right leg", Tone.SWITCH, length=5)])
    timer = HoldTimer()
    qtbot.addWidget(timer)
    timer.show()
    qtbot.waitExposed(timer)
    timer.activateWindow()
    timer.setFocus()
    qtbot.waitUntil(timer.hasFocus, timeout=1000)
    names = []
    for face in faces:
        timer.setSource(lambda face=face: face)
        names.append(timer.accessibleName())
    assert names == ["Hold, 28 seconds left, left leg", "Hold, 28 seconds left, left leg",
                     "Hold, 20 seconds left, left leg", "Switch sides, 5 seconds left, right leg"]


class PaintRecorder(HoldTimer):
    """A hold timer that keeps the rectangle of every paint it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[QRect] = []
        self.regions: list[QRegion] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted.append(event.rect())
        self.regions.append(QRegion(event.region()))
        super().paintEvent(event)


def shown_recorder(qtbot: QtBot, face: TimerFace) -> tuple[PaintRecorder, dict[str, TimerFace]]:
    shown = {"face": face}
    timer = PaintRecorder()
    qtbot.addWidget(timer)
    timer.setSource(lambda: shown["face"])
    timer.resize(SIZE, SIZE)
    timer.show()
    qtbot.waitExposed(timer)
    qtbot.waitUntil(lambda: bool(timer.painted))
    return timer, shown


def next_paint(qtbot: QtBot, timer: PaintRecorder) -> QRect:
    before = len(timer.painted)
    timer.refresh()
    qtbot.waitUntil(lambda: len(timer.painted) > before)
    return timer.painted[-1]


def test_as_the_arc_grows_only_its_end_is_repainted(qtbot: QtBot) -> None:
    face = TimerFace(progress=0.30, seconds=21.2, phase="Hold", side="Left leg", tone=Tone.HOLD, length=30)
    timer, shown = shown_recorder(qtbot, face)
    shown["face"] = replace(face, progress=0.303, seconds=21.1)
    repainted = next_paint(qtbot, timer)
    assert repainted.width() * repainted.height() < SIZE * SIZE / 20  # a small square, not the face
    stroke = round(RING_WIDTH * SIZE / 200 / 2)
    for progress in (0.30, 0.303):  # the old end, whose round cap the arc now covers, and the new one
        end = ring_point(progress * 360)
        assert repainted.contains(QRect(end.x() - stroke, end.y() - stroke, 2 * stroke, 2 * stroke)), progress


def test_when_a_second_goes_by_the_digits_and_the_arcs_end_are_repainted_not_the_face(qtbot: QtBot) -> None:
    face = TimerFace(progress=0.30, seconds=21.02, phase="Hold", side="Left leg", tone=Tone.HOLD, length=30)
    timer, shown = shown_recorder(qtbot, face)
    before = len(timer.painted)
    shown["face"] = replace(face, progress=0.301, seconds=20.98)  # 22 becomes 21
    next_paint(qtbot, timer)
    region = timer.regions[before]
    assert sum(rect.width() * rect.height() for rect in region) < SIZE * SIZE / 4  # two boxes, not the face
    middle = SIZE // 2
    digits = QRect(middle - SIZE * 35 // 100, middle - SIZE * 16 // 100, SIZE * 70 // 100, SIZE * 31 // 100)
    assert region.contains(digits)  # all of "22", and "21" in its place
    end = ring_point(0.301 * 360)
    assert region.contains(end)
    assert not region.contains(ring_point(0.75 * 360))  # the rest of the ring stays as it was


@pytest.mark.parametrize("changed", [{"phase": "Release", "tone": Tone.RELEASE}, {"side": "Right leg"}],
                         ids=["phase", "side"])
def test_when_the_words_change_the_whole_face_is_repainted(qtbot: QtBot, changed: dict[str, object]) -> None:
    face = TimerFace(progress=0.30, seconds=21.2, phase="Hold", side="Left leg", tone=Tone.HOLD, length=30)
    timer, shown = shown_recorder(qtbot, face)
    shown["face"] = replace(face, progress=0.301, **changed)  # type: ignore[arg-type]
    assert next_paint(qtbot, timer) == timer.rect()


def test_a_long_jump_of_the_arc_repaints_the_whole_face(qtbot: QtBot) -> None:
    face = TimerFace(progress=0.30, seconds=21.2, phase="Hold", side="Left leg", tone=Tone.HOLD, length=30)
    timer, shown = shown_recorder(qtbot, face)
    shown["face"] = replace(face, progress=0.45, seconds=21.1)  # not a chord's box: the arc between
    assert next_paint(qtbot, timer) == timer.rect()


def test_it_says_how_soon_it_next_changes_the_next_pixel_or_the_next_second(qtbot: QtBot) -> None:
    face = TimerFace(progress=0.30, seconds=21.5, phase="Hold", side="", tone=Tone.HOLD, length=30)
    timer, shown = shown_recorder(qtbot, face)
    ring_pixels = 2 * math.pi * RING_RADIUS * SIZE / 200 * timer.devicePixelRatioF()
    assert timer.seconds_to_change() == pytest.approx(30 / ring_pixels)  # about 27 times a second
    shown["face"] = replace(face, seconds=21.01)  # the digits turn from 22 to 21 first
    assert timer.seconds_to_change() == pytest.approx(0.01, abs=0.003)
    timer.hide()
    assert timer.seconds_to_change() is None  # nobody sees it


def test_a_smaller_ring_changes_less_often(qtbot: QtBot) -> None:
    face = TimerFace(progress=0.30, seconds=21.5, phase="Hold", side="", tone=Tone.HOLD, length=30)
    big, _ = shown_recorder(qtbot, face)
    small, _ = shown_recorder(qtbot, face)
    small.resize(SIZE // 2, SIZE // 2)
    big_step, small_step = big.seconds_to_change(), small.seconds_to_change()
    assert big_step is not None and small_step is not None
    assert small_step == pytest.approx(2 * big_step)


class Backdrop(QWidget):
    """What the ring sits on; counts the paints it gets."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1


def test_the_ring_stays_opaque_so_a_frame_repaints_nothing_behind_it(qtbot: QtBot, qapp: QApplication) -> None:
    """Fusion's polish of a progress bar turns WA_OpaquePaintEvent off, at the first show and again
    with each style sheet; without it each frame of the arc repaints every widget behind the ring."""
    backdrop = Backdrop()
    qtbot.addWidget(backdrop)
    face = TimerFace(progress=0.30, seconds=21.2, phase="Hold", side="", tone=Tone.HOLD, length=30)
    shown = {"face": face}
    timer = PaintRecorder()
    timer.setParent(backdrop)
    timer.setSource(lambda: shown["face"])
    timer.resize(SIZE, SIZE)
    backdrop.resize(SIZE + 40, SIZE + 40)
    backdrop.show()
    qtbot.waitExposed(backdrop)
    qtbot.waitUntil(lambda: bool(timer.painted))
    for style_sheet in ("", "QLabel { color: palette(window-text); }"):  # the second re-polishes
        backdrop.setStyleSheet(style_sheet)
        qtbot.waitUntil(lambda: timer.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent))
        qapp.processEvents()
        before = backdrop.paints
        for step in range(1, 4):
            shown["face"] = replace(face, progress=0.30 + step * 0.002, seconds=21.2 - step * 0.05)
            next_paint(qtbot, timer)
        assert backdrop.paints == before


SMOOTHED_EDGE = 26  # a tenth of a pixel's coverage, of 255


def largest_difference(first: QImage, second: QImage, box: QRect) -> int:
    return max(abs(a - b) for x in range(box.left(), box.right() + 1) for y in range(box.top(), box.bottom() + 1)
               for a, b in zip(first.pixelColor(x, y).getRgb(), second.pixelColor(x, y).getRgb(), strict=True))


def painted_over(timer: HoldTimer, before: QImage, box: QRect) -> QImage:
    """`before`, with the ring painting only `box` over it (as a frame, or an uncovered corner, does)."""
    image = before.copy()
    timer.render(image, box.topLeft(), QRegion(box))
    return image


@pytest.mark.parametrize("size", [SIZE, 110])
@pytest.mark.parametrize("progress", [0.004, 0.03, 0.25, 0.5, 0.74, 0.93, 0.975, 0.996])
def test_a_frame_paints_its_box_as_the_whole_arc_would(qtbot: QtBot, progress: float, size: int) -> None:
    """A frame strokes only the arc near its end: inside the repainted box the ring must look
    as if the whole arc had been drawn, however far round it is (near the end, its start at twelve
    is in the box too). A shorter arc is flattened into other straight pieces, so a pixel on the
    stroke's smoothed edge may differ by a tenth of its coverage: 26 of 255, no more."""
    face = TimerFace(progress=progress, seconds=10.5, phase="Hold", side="", tone=Tone.HOLD, length=30)
    before, timer = render(qtbot, replace(face, progress=progress - 0.003), size=size)
    whole, _ = render(qtbot, face, size=size)
    timer.setSource(lambda: face)
    box = timer._arc_end_box(progress - 0.003, timer.size()).united(timer._arc_end_box(progress, timer.size()))
    assert largest_difference(painted_over(timer, before, box), whole, box.intersected(timer.rect())) <= SMOOTHED_EDGE


@pytest.mark.parametrize("corner", [QRect(0, 0, 60, 60), QRect(120, 240, 50, 50), QRect(140, 0, 20, 40)])
def test_a_paint_of_any_small_part_shows_the_whole_arc_there(qtbot: QtBot, corner: QRect) -> None:
    """A window uncovered over one part of the ring, far from the arc's end: the arc is there too."""
    face = TimerFace(progress=0.7, seconds=10.5, phase="Hold", side="", tone=Tone.HOLD, length=30)
    whole, timer = render(qtbot, face)
    blank = QImage(whole.size(), whole.format())
    blank.fill(Qt.GlobalColor.magenta)
    assert largest_difference(painted_over(timer, blank, corner), whole, corner) <= SMOOTHED_EDGE


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_with_the_sessions_clock_it_moves_a_counting_arc_itself_between_polls(qtbot: QtBot) -> None:
    """The poller comes for the words (the next second); the ring's own timer moves the arc by
    the clock in the meantime, one device pixel at a time, and never past the face's next second."""
    clock = FakeClock()
    face = TimerFace(progress=0.30, seconds=21.5, phase="Hold", side="", tone=Tone.HOLD, length=30,
                     moving=True, at=clock.now)
    timer = PaintRecorder()
    qtbot.addWidget(timer)
    timer.resize(SIZE, SIZE)
    timer.setSource(lambda: face, clock)
    timer.show()
    qtbot.waitExposed(timer)
    qtbot.waitUntil(lambda: bool(timer.painted) and timer._asked is None)
    assert timer.seconds_to_change() == pytest.approx(0.5)  # the digits turn from 22 to 21
    ring_pixels = 2 * math.pi * RING_RADIUS * SIZE / 200 * timer.devicePixelRatioF()
    assert timer._frames.isActive()
    assert timer._frames.interval() == max(33, math.ceil(1000 * 30 / ring_pixels))
    painted = len(timer.painted)
    clock.now += 0.2
    timer._frames.timeout.emit()
    assert timer._asked is not None and timer._asked[1] == pytest.approx(0.30 + 0.2 / 30)
    qtbot.waitUntil(lambda: len(timer.painted) > painted)
    frame = timer.painted[-1]
    assert frame.width() * frame.height() < SIZE * SIZE / 20  # the arc's end only
    assert timer._drawn_progress == pytest.approx(0.30 + 0.2 / 30)
    clock.now += 5  # a poll is late, or the computer slept: the arc waits at the next second
    timer._frames.timeout.emit()
    assert timer._asked is not None and timer._asked[1] == pytest.approx(0.30 + 0.5 / 30)


def test_a_face_that_stands_stops_the_rings_own_timer(qtbot: QtBot) -> None:
    clock = FakeClock()
    counting = TimerFace(progress=0.30, seconds=21.5, phase="Hold", side="", tone=Tone.HOLD, length=30,
                         moving=True, at=clock.now)
    shown = {"face": counting}
    timer = HoldTimer()
    qtbot.addWidget(timer)
    timer.setSource(lambda: shown["face"], clock)
    timer.show()
    qtbot.waitExposed(timer)
    assert timer._frames.isActive()
    shown["face"] = replace(counting, phase="Paused", moving=False)
    timer.refresh()
    assert not timer._frames.isActive()
    shown["face"] = counting
    timer.refresh()
    assert timer._frames.isActive()
    timer.hide()
    assert not timer._frames.isActive()  # nobody sees it move


def test_without_a_clock_the_poller_moves_the_arc(qtbot: QtBot) -> None:
    face = TimerFace(progress=0.30, seconds=21.5, phase="Hold", side="", tone=Tone.HOLD, length=30, moving=True)
    timer, _ = shown_recorder(qtbot, face)
    assert not timer._frames.isActive()
    ring_pixels = 2 * math.pi * RING_RADIUS * SIZE / 200 * timer.devicePixelRatioF()
    assert timer.seconds_to_change() == pytest.approx(30 / ring_pixels)


@pytest.mark.parametrize("seconds", [(21.02, 20.98), (10.02, 9.98), (100.2, 99.9)],
                         ids=["22-21", "11-10", "101-100"])
def test_the_digits_and_the_arcs_end_are_all_a_new_second_changes(qtbot: QtBot, seconds: tuple[float, float]) -> None:
    """Painting only those two boxes over the last second's face gives the new face everywhere:
    nothing of the old digits is left, however their widths differ."""
    old, new = seconds
    face = TimerFace(progress=0.30, seconds=old, phase="Hold", side="Left leg", tone=Tone.HOLD, length=300)
    before, timer = render(qtbot, face)
    after = replace(face, progress=0.3005, seconds=new)
    whole, _ = render(qtbot, after)
    timer.setSource(lambda: after)
    image = painted_over(timer, before, timer._arc_end_box(0.30, timer.size()).united(
        timer._arc_end_box(0.3005, timer.size())))
    timer.render(image, timer._digits_box().topLeft(), QRegion(timer._digits_box()))
    assert largest_difference(image, whole, timer.rect()) <= SMOOTHED_EDGE


@pytest.mark.parametrize("face", [
    TimerFace(0.3, 100, "Get into position", "Right leg", Tone.PREPARE),
    TimerFace(0.6, 8, "Flow with your breath", "", Tone.INHALE),
    TimerFace(0.0, 0, "Well done, routine complete", "", Tone.DONE, show_seconds=False),
    TimerFace(0.5, 27, "Hold", "Both sides, gently", Tone.HOLD),
], ids=["prepare", "flow", "done", "hold"])
@pytest.mark.parametrize("size", [120, 300, 517])
def test_the_words_layer_holds_every_word_whole(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, face: TimerFace,
                                                size: int) -> None:
    """The words are drawn into a layer covering only their part of the face: the picture is the
    same as with a layer over the whole face."""
    in_their_part, _ = render(qtbot, face, size=size)
    monkeypatch.setattr(hold_timer, "WORDS", QRectF(-100, -100, 200, 200))
    over_the_face, _ = render(qtbot, face, size=size)
    assert in_their_part == over_the_face


def test_a_new_second_gives_screen_readers_the_value_without_repainting_the_face(qtbot: QtBot) -> None:
    """QProgressBar repaints the whole bar for a new value, and turning updates back on after
    holding that off asks for a whole repaint too: neither may happen once a second."""
    face = TimerFace(progress=0.30, seconds=21.02, phase="Hold", side="Left leg", tone=Tone.HOLD, length=30)
    timer, shown = shown_recorder(qtbot, face)
    timer.clearFocus()  # renamed, and given its value, at every second
    QApplication.processEvents()  # the focus's repaint
    before = len(timer.painted)
    shown["face"] = replace(face, progress=0.301, seconds=20.98)  # 22 becomes 21
    next_paint(qtbot, timer)
    QApplication.processEvents()  # any other repaint asked for meanwhile
    assert (timer.maximum(), timer.value()) == (30, 9)  # 9 of 30 seconds gone
    assert timer.updatesEnabled()
    for region in timer.regions[before:]:
        assert sum(rect.width() * rect.height() for rect in region) < SIZE * SIZE / 4
