"""Idle time on X11: the MIT-SCREEN-SAVER extension's count of milliseconds since the last input.

XScreenSaverQueryInfo is one short round trip to the X server, so it is asked afresh each time.
"""

from __future__ import annotations

import ctypes

from app.i18n import QT_TRANSLATE_NOOP
from app.qt.companion.x11_lib import X11, Window, load_library


class XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", Window),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last keyboard or pointer event
        ("eventMask", ctypes.c_ulong),
    ]


def load_xss() -> ctypes.CDLL | None:
    """libXss with the two calls declared, or None when it is not installed."""
    xss = load_library("Xss")
    if xss is None:
        return None
    pointer = ctypes.c_void_p
    int_pointer = ctypes.POINTER(ctypes.c_int)
    xss.XScreenSaverQueryExtension.argtypes = [pointer, int_pointer, int_pointer]
    xss.XScreenSaverQueryExtension.restype = ctypes.c_int
    xss.XScreenSaverQueryInfo.argtypes = [pointer, Window, ctypes.POINTER(XScreenSaverInfo)]
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
    return xss


class X11IdleSource:
    name = QT_TRANSLATE_NOOP("Abilities", "X11 screen saver extension")

    def __init__(self, x11: X11, xss: ctypes.CDLL) -> None:
        self._x11 = x11
        self._xss = xss
        self._root = x11.xlib.XDefaultRootWindow(x11.display)
        self._info = XScreenSaverInfo()

    def idle_seconds(self) -> float | None:
        if not self._xss.XScreenSaverQueryInfo(self._x11.display, self._root, ctypes.pointer(self._info)):
            return None
        return float(self._info.idle) / 1000.0


def x11_idle_source(x11: X11 | None, xss: ctypes.CDLL | None) -> X11IdleSource | None:
    """The source, when Qt is on X11 and the server has the extension (asking without it would
    be an X error)."""
    if x11 is None or xss is None:
        return None
    event_base, error_base = ctypes.c_int(), ctypes.c_int()
    if not xss.XScreenSaverQueryExtension(x11.display, ctypes.byref(event_base), ctypes.byref(error_base)):
        return None
    return X11IdleSource(x11, xss)
