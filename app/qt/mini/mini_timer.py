"""The mini timer: a small frameless window that stays above other windows during a routine.

It shows the hold ring, the stretch (thumbnail, name, side) and what comes next, and forwards
commands to the session controller like the main window does. The person drags it anywhere
(mini_drag.py); dropped near a screen edge it sits flush against it, and its place is remembered
per arrangement of monitors (mini_place.py). Where it is kept is the caller's business: this window
reports its places and opacity through signals.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QBitmap,
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from app.catalogue import Catalogue
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import APP_NAME
from app.presenters.glance import glance
from app.presenters.presentation import TimerFaces, words_key
from app.qt.adapters.session_actions import SessionActions, bind
from app.qt.adapters.session_controller import SessionController
from app.qt.mini.mini_commands import OPACITY_CHOICES, MiniCommands
from app.qt.mini.mini_drag import Drag
from app.qt.mini.mini_face import MiniFace
from app.qt.mini.mini_place import Rect, area_under, layout_key, snapped, visible_place
from app.qt.mini.on_top import stays_on_top
from app.qt.widgets.accessible_role import set_role
from app.qt.widgets.button_keys import press_with_keys

MINI_FLAGS = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
WINDOW_TITLE = "Supple mini timer"  # what a compositor's "always on top" rule can match: never translated
CORNER_RADIUS = 12.0
REMEMBERED_LAYOUTS = 16  # screen arrangements whose place is kept, most recent first

# Platforms whose windows accept an opacity and a shape; elsewhere Qt would only warn.
_OPACITY_PLATFORMS = frozenset({"xcb", "windows", "cocoa"})
_MASK_PLATFORMS = frozenset({"xcb", "windows", "cocoa"})


# what to tell the person where the window system will not keep a window on top
#: "Always on Top", "More Actions" and "Keep Above Others" are GNOME's and KDE's own menu words: use
#: theirs in your language. "Through XWayland" and "Settings, Appearance" are Supple's own.
PIN_ADVICE = QT_TRANSLATE_NOOP("MiniTimer",
    "Supple runs here as a native Wayland window, and Wayland does not let a window keep itself "
    "above the others, so the mini timer can end up behind your work.\n\n"
    "To pin it yourself: on GNOME, click the mini timer, press Alt+Space and choose \"Always on Top\"; "
    "on KDE Plasma, press Alt+F3 and choose More Actions, then \"Keep Above Others\". "
    "\"Bring the mini timer forward\" in the tray menu puts it back in front.\n\n"
    "To have it stay on top by itself where the desktop has XWayland, choose \"Through XWayland\" in "
    "Settings, Appearance, and start Supple again (unless you set QT_QPA_PLATFORM yourself: Supple "
    "then leaves it as it is)."
)


def on_top_limitation(platform: str | None = None) -> str | None:
    """What to tell the person when the platform will not let a window keep itself on top."""
    return None if stays_on_top(platform) else QCoreApplication.translate("MiniTimer", PIN_ADVICE)


def _rect(geometry: QRect) -> Rect:
    return Rect(geometry.x(), geometry.y(), geometry.width(), geometry.height())


def _screen_layout() -> tuple[str, list[Rect], Rect]:
    """The layout key, every screen's available area, and the primary screen's."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    key = layout_key(_rect(s.geometry()) for s in screens)
    return key, [_rect(s.availableGeometry()) for s in screens], _rect(primary.availableGeometry())


class MiniTimer(QWidget):
    showMainWindowRequested = Signal()
    stopRequested = Signal()  # the main window asks first, then stops
    positionsChanged = Signal(object)  # dict[str, list[int]]: layout key -> [x, y], to keep in settings
    opacityChanged = Signal(int)  # percent, to keep in settings

    def __init__(self, controller: SessionController, catalogue: Catalogue,
                 positions: Mapping[str, list[int]] | None = None, opacity: int = 100,
                 parent: QWidget | None = None, *, actions: SessionActions | None = None,
                 on_top: bool | None = None) -> None:
        """`actions`: the session's commands, shared with the main window and the tray (made here
        when the mini timer stands alone, as in tests: Stop then asks through stopRequested).
        `on_top`: whether the window system keeps it above others (None: ask the platform)."""
        super().__init__(parent, MINI_FLAGS)
        self.on_top = stays_on_top() if on_top is None else on_top
        self.setObjectName("miniTimer")
        self.setWindowTitle(WINDOW_TITLE)
        self.setAccessibleName(WINDOW_TITLE)
        set_role(self, QAccessible.Role.Window)  # a window a screen reader can switch to, not a "filler"
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._controller = controller
        self._catalogue = catalogue
        self._positions = {key: list(place) for key, place in (positions or {}).items()}
        self._opacity = opacity
        self._drag = Drag(self, self.finish_drag)
        self._placed = False
        self._glanced: tuple[object, ...] | None = None  # the words_key of the words shown
        self.face = MiniFace(self, catalogue)
        shared = actions if actions is not None else SessionActions(controller, self.stopRequested.emit, self)
        self.commands = MiniCommands(self, shared, self.showMainWindowRequested.emit)
        self.commands.pin_help.triggered.connect(self.tell_how_to_pin)
        for percent in OPACITY_CHOICES:
            self.commands.add_opacity_choice(percent, percent == opacity, self.set_opacity)
        self._timers()
        self._connect()
        self.refresh()

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue was reloaded: the next routine's stretches are named from it."""
        self._catalogue = catalogue
        self._glanced = None  # its words are said afresh
        self.face.set_catalogue(catalogue)

    def _timers(self) -> None:
        # An owned timer, never a singleShot callback: it dies with the window.
        self._screens_moved = QTimer(self)
        self._screens_moved.setSingleShot(True)
        self._screens_moved.setInterval(0)  # after Qt has finished rearranging its screens
        self._screens_moved.timeout.connect(self.follow_screens)

    def _connect(self) -> None:
        c = self._controller
        self.face.ring.setSource(TimerFaces(c.view, lambda: self._catalogue), c.clock)
        self.face.ring.clicked.connect(self.commands.pause.trigger)
        bind(self.face.skipButton, self.commands.skip)
        bind(self.face.pauseButton, self.commands.pause, text=True)
        bind(self.face.painButton, self.commands.pain)
        face = self.face
        press_with_keys([face.pauseButton, face.painButton, face.skipButton, face.mainButton, face.openButton])
        self.face.mainButton.clicked.connect(self.showMainWindowRequested)
        self.face.openButton.clicked.connect(self.showMainWindowRequested)
        for signal in (c.ticked, c.phaseStarted, c.stateChanged, c.finished):
            signal.connect(self.refresh)
        c.pace_by(self.face.ring.seconds_to_change)  # None while the mini timer is hidden
        c.stateChanged.connect(self._focus_on_pause)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._watch_screen)
            app.screenRemoved.connect(self._screens_moved.start)
            app.primaryScreenChanged.connect(self._screens_moved.start)
            for screen in QGuiApplication.screens():
                self._watch_screen(screen)

    def _watch_screen(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self._screens_moved.start)
        screen.availableGeometryChanged.connect(self._screens_moved.start)
        self._screens_moved.start()

    def _focus_on_pause(self) -> None:
        """After pain, the choice or going on, a focus on the mini timer's buttons goes back to
        Pause (which is "Go on gently" during the choice): the button that had it may now be
        disabled, and Qt would hand the focus to Skip, which Space would then press."""
        face = self.face
        if self.focusWidget() in (face.painButton, face.skipButton, face.mainButton, face.pauseButton):
            face.pauseButton.setFocus()

    # -- what it shows -----------------------------------------------------------------------

    def refresh(self) -> None:
        """At each poll the ring; the words when they can have changed (about once a second)."""
        self.face.ring.refresh()
        view = self._controller.view()
        key = words_key(view)
        if key != self._glanced:
            self._glanced = key
            self.face.show_glance(glance(view, self._catalogue))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The window colour with a faint rounded border, so it stands out over any window."""
        border = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        border.setAlphaF(0.35)
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(border, 1.0))
            painter.setBrush(self.palette().window())
            painter.drawRoundedRect(self.rect().toRectF().adjusted(0.5, 0.5, -0.5, -0.5), CORNER_RADIUS, CORNER_RADIUS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if QGuiApplication.platformName() in _MASK_PLATFORMS:
            self.setMask(self._rounded_mask(event.size()))
        super().resizeEvent(event)

    def _rounded_mask(self, size: QSize) -> QBitmap:
        mask = QBitmap(size)
        mask.fill(Qt.GlobalColor.color0)
        with QPainter(mask) as painter:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(Qt.GlobalColor.color1)
            painter.drawRoundedRect(QRect(QPoint(0, 0), size), CORNER_RADIUS, CORNER_RADIUS)
        return mask

    # -- opacity -----------------------------------------------------------------------------

    @staticmethod
    def opacity_available() -> bool:
        return QGuiApplication.platformName() in _OPACITY_PLATFORMS

    def opacity(self) -> int:
        return self._opacity

    def set_opacity(self, percent: int) -> None:
        self._opacity = percent
        for action in self.commands.opacity_group.actions():
            action.setChecked(action.text() == f"{percent}%")
        self._apply_opacity()
        self.opacityChanged.emit(percent)

    def _apply_opacity(self) -> None:
        if self.opacity_available():
            self.setWindowOpacity(self._opacity / 100)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.commands.menu(self, self.opacity_available(), self.on_top)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- in front, where it cannot stay there by itself ----------------------------------------

    def bring_forward(self) -> None:
        """Show it in front of the other windows. Where it is not kept on top, it is mapped anew:
        a compositor puts a window it maps in front, but may refuse to raise one for an app that
        is not the one in use."""
        if self.isVisible() and not self.on_top:
            self.hide()
        self.show()
        self.raise_()
        self.activateWindow()

    def tell_how_to_pin(self) -> None:
        """Say how to pin it, in a box it owns (so the box lives) that blocks nothing: the box may
        cover the mini timer, whose Sharp pain button must still answer at once."""
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, PIN_ADVICE, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    # -- the mouse: drag anywhere but the ring, double-click for the main window ----------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._drag.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._drag.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag.release()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.showMainWindowRequested.emit()

    def moveEvent(self, event: QMoveEvent) -> None:
        self._drag.window_moved()
        super().moveEvent(event)

    # -- where it is -------------------------------------------------------------------------

    @staticmethod
    def can_place() -> bool:
        """Wayland does not let a window know or choose where it is: the compositor places it."""
        return not QGuiApplication.platformName().startswith("wayland")

    def finish_drag(self) -> None:
        """The person let go: sit flush against a nearby edge, and remember the place."""
        if not self.can_place():
            return
        key, areas, _primary = _screen_layout()
        window = _rect(self.frameGeometry())
        area = area_under(window, areas)
        if area is not None:
            x, y = snapped(window, area)
            if (x, y) != (window.x, window.y):
                self.move(x, y)
        self._remember(key)

    def _remember(self, key: str) -> None:
        self._positions.pop(key, None)
        self._positions[key] = [self.x(), self.y()]
        while len(self._positions) > REMEMBERED_LAYOUTS:
            del self._positions[next(iter(self._positions))]
        self.positionsChanged.emit({k: list(v) for k, v in self._positions.items()})

    def positions(self) -> dict[str, list[int]]:
        return {k: list(v) for k, v in self._positions.items()}

    def place(self, wanted: tuple[int, int] | None = None) -> None:
        """Go where this screen layout last had it (or `wanted`), if that is on a screen; else to the
        primary screen's top-right corner."""
        if not self.can_place():
            return
        key, areas, primary = _screen_layout()
        saved = self._positions.get(key)
        if wanted is None and saved is not None:
            wanted = (saved[0], saved[1])
        size = self.frameGeometry().size() if self.isVisible() else self.sizeHint()
        self.move(*visible_place(wanted, size.width(), size.height(), areas, primary))

    def follow_screens(self) -> None:
        """Monitors changed: go to this layout's remembered place, or stay if still visible."""
        if self.isVisible():
            self.place(None if _screen_layout()[0] in self._positions else (self.x(), self.y()))

    def showEvent(self, event: QShowEvent) -> None:
        # Shown events reach us before the window is mapped, so it appears in place, not then jumps.
        if not self._placed:
            self._placed = True
            self.adjustSize()
            self.place()
            self._apply_opacity()
        super().showEvent(event)
