"""A bar chart of minutes stretched per day, painted from the palette so it suits light and dark."""

from __future__ import annotations

import math

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.history import DayMinutes
from app.i18n import Words
from app.qt.translation import arg

Chart = Words("Chart")

MARGIN = 6.0
BAR_GAP = 0.25  # of each day's slot, so neighbouring bars never touch


def _scale_top(minutes: float) -> int:
    """A round top for the scale: 10, 20, 30 ... minutes, so the grid lines fall on whole numbers."""
    return max(10, 10 * math.ceil(minutes / 10))


def _qdate(day: DayMinutes) -> QDate:
    return QDate(day.day.year, day.day.month, day.day.day)


def _day_label(day: DayMinutes) -> str:
    """'Mon 3 Mar: 12 min', in the person's language and its way of writing a date."""
    minutes = round(day.minutes)
    when = QLocale().toString(_qdate(day), "ddd d MMM")
    return arg(Chart.tr("%1: %n min", "a day, then the minutes stretched on it", minutes), when)


def _scale_label(minutes: int) -> str:
    """'10 min' on the scale, '10 Min.' in German."""
    return Chart.tr("%n min", "the chart's scale: a number of minutes", minutes)


class MinutesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DayMinutes, ...] = ()
        self.setAccessibleName(self.tr("Minutes stretched per day"))

    def days(self) -> tuple[DayMinutes, ...]:
        return self._days

    def setDays(self, days: tuple[DayMinutes, ...]) -> None:
        self._days = days
        stretched = [day for day in days if day.minutes > 0]
        # a screen reader cannot see bars: say what they show
        shown = len(days)
        summary = arg(self.tr("%1 of the last %n day(s) with stretching", "", shown), len(stretched))
        self.setAccessibleDescription("; ".join([summary, *(_day_label(day) for day in stretched[-7:])]))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 120)

    # -- geometry ----------------------------------------------------------------------------

    def _plot_area(self) -> QRectF:
        """Room for the scale's labels on the left and the dates underneath."""
        metrics = self.fontMetrics()
        top = _scale_top(max((day.minutes for day in self._days), default=0))
        left = MARGIN + metrics.horizontalAdvance(_scale_label(top)) + MARGIN  # the top's label is the widest
        bottom = MARGIN + metrics.height()
        return QRectF(left, MARGIN + metrics.height() / 2, self.width() - left - MARGIN,
                      self.height() - bottom - MARGIN - metrics.height() / 2)

    def _slot(self, area: QRectF) -> float:
        return area.width() / max(1, len(self._days))

    def _bar(self, area: QRectF, index: int, top: int) -> QRectF:
        slot = self._slot(area)
        height = area.height() * min(1.0, self._days[index].minutes / top)
        return QRectF(area.left() + slot * (index + BAR_GAP / 2), area.bottom() - height,
                      slot * (1 - BAR_GAP), height)

    def dayAt(self, x: float) -> DayMinutes | None:
        area = self._plot_area()
        index = math.floor((x - area.left()) / self._slot(area))
        return self._days[index] if self._days and 0 <= index < len(self._days) else None

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            area = self._plot_area()
            top = _scale_top(max((day.minutes for day in self._days), default=0))
            self._draw_grid(painter, area, top)
            self._draw_bars(painter, area, top)
            self._draw_dates(painter, area)
            if not any(day.minutes for day in self._days):
                self._draw_empty(painter, area)

    def _faint(self) -> QColor:
        return self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)

    def _draw_grid(self, painter: QPainter, area: QRectF, top: int) -> None:
        palette = self.palette()
        metrics = self.fontMetrics()
        for fraction in (0.0, 0.5, 1.0):
            y = area.bottom() - area.height() * fraction
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(self._faint())
            label = _scale_label(round(top * fraction))
            painter.drawText(QPointF(area.left() - MARGIN - metrics.horizontalAdvance(label),
                                     y + metrics.ascent() / 2 - 1), label)

    def _draw_bars(self, painter: QPainter, area: QRectF, top: int) -> None:
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for index, day in enumerate(self._days):
            if day.minutes > 0:
                painter.drawRoundedRect(self._bar(area, index, top), 2, 2)

    def _draw_dates(self, painter: QPainter, area: QRectF) -> None:
        """The date under the first day of each week, as far as there is room."""
        metrics = self.fontMetrics()
        painter.setPen(self._faint())
        slot = self._slot(area)
        room = metrics.horizontalAdvance(QLocale().toString(QDate(2000, 12, 28), "d MMM")) + MARGIN
        every = 7 * max(1, math.ceil(room / (7 * slot)))
        for index in range(0, len(self._days), every):
            painter.drawText(QPointF(area.left() + slot * index, area.bottom() + MARGIN + metrics.ascent()),
                             QLocale().toString(_qdate(self._days[index]), "d MMM"))

    def _draw_empty(self, painter: QPainter, area: QRectF) -> None:
        painter.setPen(self._faint())
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No stretching in these weeks yet"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.dayAt(event.pos().x())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), _day_label(day), self)
            return True
        return super().event(event)
