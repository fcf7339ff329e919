"""Busy on X11 while the active window is full screen: the window manager's _NET_ACTIVE_WINDOW on
the root window, then that window's _NET_WM_STATE, looked through for _NET_WM_STATE_FULLSCREEN
(EWMH). Two short round trips to the X server per read.
"""

from __future__ import annotations

import ctypes

from app.i18n import QT_TRANSLATE_NOOP
from app.qt.companion.x11_lib import X11, Atom

XA_ATOM = 4
XA_WINDOW = 33
SUCCESS = 0
MAX_STATES = 64  # a window has a handful of states; more is not worth reading
REASON = "a window is full screen"


class X11FullScreenSource:
    name = QT_TRANSLATE_NOOP("Abilities", "X11 full-screen window")

    def __init__(self, x11: X11) -> None:
        self._x11 = x11
        self._root = x11.xlib.XDefaultRootWindow(x11.display)
        self._active = self._atom(b"_NET_ACTIVE_WINDOW")
        self._state = self._atom(b"_NET_WM_STATE")
        self._fullscreen = self._atom(b"_NET_WM_STATE_FULLSCREEN")

    def _atom(self, name: bytes) -> int:
        return int(self._x11.xlib.XInternAtom(self._x11.display, name, 0))

    def busy_reason(self) -> str | None:
        active = self._longs(self._root, self._active, XA_WINDOW, 1)
        if not active or active[0] == 0:  # no window manager that says, or nothing has focus
            return None
        states = self._longs(active[0], self._state, XA_ATOM, MAX_STATES)
        return REASON if states and self._fullscreen in states else None

    def _longs(self, window: int, atom: int, kind: int, length: int) -> list[int] | None:
        """A 32-bit-format property as numbers (Xlib hands them over as C longs), or None when the
        window has no such property or went away (Qt's error handler makes that a failed call)."""
        actual_type, actual_format = Atom(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._x11.xlib.XGetWindowProperty(
            self._x11.display, window, atom, 0, length, 0, kind, ctypes.pointer(actual_type),
            ctypes.pointer(actual_format), ctypes.pointer(count), ctypes.pointer(after), ctypes.pointer(data),
        )
        if status != SUCCESS or not data.value:
            return None
        try:
            if actual_type.value != kind or actual_format.value != 32:
                return None
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[index]) for index in range(count.value)]
        finally:
            self._x11.xlib.XFree(data)
