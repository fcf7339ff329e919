"""A window's size and place kept between runs, as text the Qt-free settings can hold."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

FIRST_SIZE = (1100, 720)
MOST_OF_SCREEN = (0.92, 0.9)


def restore_geometry(window: QWidget, encoded: str) -> None:
    if encoded and window.restoreGeometry(QByteArray.fromBase64(encoded.encode("ascii"))):
        return
    # first start: a comfortable size, but never more than most of a small screen
    screen = window.screen().availableGeometry()
    width, height = FIRST_SIZE
    window.resize(min(width, round(screen.width() * MOST_OF_SCREEN[0])),
                  min(height, round(screen.height() * MOST_OF_SCREEN[1])))


def encoded_geometry(window: QWidget) -> str:
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")
