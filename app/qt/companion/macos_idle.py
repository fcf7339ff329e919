"""Idle time on macOS: CoreGraphics' seconds since the last input event of any kind in this session.

Written against Apple's documentation and tested with a faked library; not run on macOS here.
"""

from __future__ import annotations

import ctypes
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP

COMBINED_SESSION_STATE = 0  # kCGEventSourceStateCombinedSessionState: every input source of the session
ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType


class MacIdleSource:
    name = QT_TRANSLATE_NOOP("Abilities", "macOS input events")

    def __init__(self, core_graphics: Any) -> None:
        self._core_graphics = core_graphics

    def idle_seconds(self) -> float | None:
        seconds = float(self._core_graphics.CGEventSourceSecondsSinceLastEventType(
            COMBINED_SESSION_STATE, ANY_INPUT_EVENT))
        return seconds if seconds >= 0 else None


def declare(core_graphics: Any) -> None:
    function = core_graphics.CGEventSourceSecondsSinceLastEventType
    function.argtypes = [ctypes.c_uint32, ctypes.c_uint32]
    function.restype = ctypes.c_double
