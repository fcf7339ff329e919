"""Xlib through ctypes, for the X11 sources: the Display Qt already has open, and the few calls used.

Only Qt's own Display is used, never one opened here: Qt installs an Xlib error handler that
ignores errors, so a window that vanishes between two calls costs a failed call, not the process
(Xlib's default handler exits). And an X11 idle counter read on Wayland (through XWayland) sees
only X clients' input, so without Qt on xcb there is nothing worth reading.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QNativeInterface

Window = ctypes.c_ulong
Atom = ctypes.c_ulong


@dataclass(frozen=True)
class X11:
    """Qt's Display pointer and libX11, declared for the calls the sources make."""

    display: int
    xlib: ctypes.CDLL


# The names the libraries have had for decades: opened directly, a start neither imports
# ctypes.util nor asks ldconfig; find_library is asked only where they are named otherwise.
SONAMES = {"X11": "libX11.so.6", "Xss": "libXss.so.1"}


def load_library(name: str) -> ctypes.CDLL | None:
    if name in SONAMES:
        try:
            return ctypes.CDLL(SONAMES[name])
        except OSError:
            pass
    from ctypes.util import find_library  # noqa: PLC0415 - only when the usual name is not there

    found = find_library(name)
    if found is None:
        return None
    try:
        return ctypes.CDLL(found)
    except OSError:
        return None


def qt_display() -> int | None:
    """The Xlib Display* of a QGuiApplication running on xcb, or None (offscreen, Wayland, ...)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or QGuiApplication.platformName() != "xcb":
        return None
    native = app.nativeInterface()
    if not isinstance(native, QNativeInterface.QX11Application):
        return None
    return native.display() or None  # 0 when Qt was built without xcb-xlib


def _declare_xlib(xlib: ctypes.CDLL) -> None:
    pointer = ctypes.c_void_p
    xlib.XDefaultRootWindow.argtypes = [pointer]
    xlib.XDefaultRootWindow.restype = Window
    xlib.XInternAtom.argtypes = [pointer, ctypes.c_char_p, ctypes.c_int]
    xlib.XInternAtom.restype = Atom
    xlib.XGetWindowProperty.argtypes = [
        pointer, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, Atom,
        ctypes.POINTER(Atom), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
    ]
    xlib.XGetWindowProperty.restype = ctypes.c_int
    xlib.XFree.argtypes = [pointer]
    xlib.XFree.restype = ctypes.c_int


def qt_x11() -> X11 | None:
    """Qt's X11 connection with libX11 ready to call, or None when Qt is not on X11."""
    display = qt_display()
    xlib = load_library("X11") if display is not None else None
    if display is None or xlib is None:
        return None
    _declare_xlib(xlib)
    return X11(display, xlib)
