"""Idle time on Windows: GetLastInputInfo's tick of the last input against GetTickCount's now.

Written against the Win32 documentation and tested with faked libraries; not run on Windows here.
"""

from __future__ import annotations

import ctypes
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP

TICKS = 1 << 32  # both counts are 32-bit milliseconds and wrap after 49.7 days


class LASTINPUTINFO(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


class WindowsIdleSource:
    name = QT_TRANSLATE_NOOP("Abilities", "Windows last input")

    def __init__(self, user32: Any, kernel32: Any) -> None:
        self._user32 = user32
        self._kernel32 = kernel32

    def idle_seconds(self) -> float | None:
        info = LASTINPUTINFO(ctypes.sizeof(LASTINPUTINFO), 0)
        if not self._user32.GetLastInputInfo(ctypes.pointer(info)):
            return None
        now = int(self._kernel32.GetTickCount())
        return ((now - int(info.dwTime)) % TICKS) / 1000.0


def declare(user32: Any, kernel32: Any) -> None:
    user32.GetLastInputInfo.argtypes = [ctypes.POINTER(LASTINPUTINFO)]
    user32.GetLastInputInfo.restype = ctypes.c_int
    kernel32.GetTickCount.argtypes = []
    kernel32.GetTickCount.restype = ctypes.c_uint32
