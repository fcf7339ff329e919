"""Whether the window system lets the mini timer keep itself on top, asked before it is made."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def stays_on_top(platform: str | None = None) -> bool:
    """Whether the window system lets the mini timer keep itself above other windows: everywhere
    but as a Wayland client, whose compositor alone decides what is in front."""
    return not (platform or QGuiApplication.platformName()).startswith("wayland")
