"""The reminder: a small window in a corner that asks, and never takes the keyboard from the person.

It is shown without being activated and does not accept focus until the person clicks into it, so
typing goes on where it was; once clicked, Enter (or S) starts the routine. It offers the suggested
routine with its honest minutes, "In 10 min", "Skip" and the settings, and past the snooze limit
only a short desk break. When the companion says it went unanswered, it fades away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPropertyAnimation, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.qt.translation import arg
from app.schedule.suggest import Offer

TITLE = QT_TRANSLATE_NOOP("ReminderPrompt", "Time for a stretch")
SNOOZE_MINUTES = 10
MARGIN = 16  # from the screen's edge (inside its available area: panels and docks stay clear)
FADE_MS = 1500
FRAME_ALLOWANCE = QSize(8, 36)  # the window manager's frame and title, unknown until it is drawn
WIDTH = 440  # wide enough for the title with a routine's name in the frame


def corner_position(available: QRect, size: QSize, near: QRect | None = None) -> QPoint:
    """Where the prompt goes: by the tray icon when its place is known, else the bottom-right
    corner; always wholly inside `available`."""
    if near is not None and near.isValid() and available.contains(near.center()):
        x, y = near.center().x() - size.width() // 2, near.bottom() + MARGIN
        if y + size.height() > available.bottom():  # a tray at the bottom: above the icon
            y = near.top() - MARGIN - size.height()
    else:
        x = available.right() - MARGIN - size.width()
        y = available.bottom() - MARGIN - size.height()
    x = min(max(x, available.left() + MARGIN), available.right() - MARGIN - size.width())
    y = min(max(y, available.top() + MARGIN), available.bottom() - MARGIN - size.height())
    return QPoint(x, y)


def title_for(offer: Offer | None) -> str:
    title = QCoreApplication.translate("ReminderPrompt", TITLE)
    if offer is None:
        return title
    titled = QCoreApplication.translate("ReminderPrompt", "%1: %2", "the title, then the routine offered")
    return arg(titled, title, offer.label)


class ReminderPrompt(QWidget):
    startRequested = Signal(str)  # the routine id
    snoozeRequested = Signal(int)  # minutes
    skipRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("reminderPrompt")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.offer: Offer | None = None
        self.setMinimumWidth(WIDTH)
        self.body = QWidget(self)
        QVBoxLayout(self).addWidget(self.body)
        # the contents fade, not the window: window opacity is missing on Wayland and offscreen
        self._opacity = QGraphicsOpacityEffect(self.body)
        self.body.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.finished.connect(self._faded)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self.body)
        self.heading = QLabel(self.tr(TITLE))
        self.heading.setObjectName("promptHeading")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.startButton = QPushButton(self.tr("&Start"))
        self.startButton.setDefault(True)
        snooze = SNOOZE_MINUTES
        self.snoozeButton = QPushButton(self.tr("In %n min", "snooze: remind me in so many minutes", snooze))
        self.skipButton = QPushButton(self.tr("S&kip"))
        self.settingsButton = QPushButton(self.tr("Settings…"))
        self.settingsButton.setFlat(True)
        for button in (self.startButton, self.snoozeButton, self.skipButton, self.settingsButton):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.startButton.clicked.connect(self._start)
        self.snoozeButton.clicked.connect(lambda: self._answer(lambda: self.snoozeRequested.emit(SNOOZE_MINUTES)))
        self.skipButton.clicked.connect(lambda: self._answer(self.skipRequested.emit))
        self.settingsButton.clicked.connect(self.settingsRequested)

    def offer_break(self, offer: Offer | None, short_only: bool, worked_minutes: int) -> None:
        """Fill the prompt for `offer`; `short_only`: the snooze limit is reached."""
        self.offer = offer
        self.setWindowTitle(title_for(offer))
        if offer is None:  # no routine fits: the sentences without a name
            said = (self.tr("You have put it off a few times. How about a short routine at your desk?") if short_only
                    else self.tr("You have been at it for %n min. A routine would fit now.", "", worked_minutes))
        elif short_only:
            said = arg(self.tr("You have put it off a few times. How about a short one at your desk: %1?"), offer.label)
        else:
            said = arg(self.tr("You have been at it for %n min. %1 would fit now.", "", worked_minutes), offer.label)
        self.reason.setText(said)
        self.snoozeButton.setVisible(not short_only)
        self.startButton.setEnabled(offer is not None)

    def appear(self, near: QRect | None = None) -> None:
        """Show in the corner (or by the tray icon) without taking focus."""
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        self.adjustSize()
        screen = self.screen() or QGuiApplication.primaryScreen()
        framed = self.sizeHint().expandedTo(self.minimumSize()) + FRAME_ALLOWANCE
        self.move(corner_position(screen.availableGeometry(), framed, near))
        self.show()

    def fade(self) -> None:
        """Unanswered: fade away (the companion has logged it as missed)."""
        if not self.isVisible() or self._fade.state() == QPropertyAnimation.State.Running:
            return
        self._fade.setStartValue(self._opacity.opacity())
        self._fade.setEndValue(0.0)
        self._fade.start()

    def _faded(self) -> None:
        self.hide()
        self._opacity.setOpacity(1.0)

    def _start(self) -> None:
        if self.offer is not None:
            offer = self.offer
            self._answer(lambda: self.startRequested.emit(offer.routine_id))

    def _answer(self, emit: Callable[[], object]) -> None:
        self._fade.stop()
        self.hide()
        emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._accept_focus()
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self._refuse_focus()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # once the person has clicked in: one key starts the routine, Escape puts it off
        if event.key() == Qt.Key.Key_S and not event.modifiers():
            self._start()
        elif event.key() == Qt.Key.Key_Escape:
            self._answer(self.skipRequested.emit)
        else:
            super().keyPressEvent(event)

    def _accept_focus(self) -> None:
        """The person reached for it: now it may take keys (the window keeps its place)."""
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
            self.activateWindow()

    def _refuse_focus(self) -> None:
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
