"""A window's first size: what it would like, but never more than the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# room for the window manager's frame and title bar, which availableGeometry does not leave
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_size(wanted: QSize, available: QSize, minimum: QSize) -> QSize:
    """`wanted` cut down to `available` (less the frame), but not below `minimum`: a window larger
    than its screen hides its Save button past the edge."""
    room = available - FRAME_ALLOWANCE
    return wanted.boundedTo(room).expandedTo(minimum)


def resize_to_fit(window: QWidget, wanted: QSize) -> None:
    """Resize `window` to `wanted`, or to the screen of its parent (the primary one if none)."""
    parent = window.parentWidget()
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    window.resize(fitted_size(wanted, screen.availableGeometry().size(), window.minimumSizeHint()))
