"""Which Qt platform to ask for, decided from the environment before a QApplication exists. Qt-free.

A Wayland client cannot keep a window above the others (GNOME's Mutter offers no such request,
and KWin and wlroots each differ), so on a Wayland desktop with XWayland Supple runs through
Qt's xcb platform, whose on-top hint XWayland passes on to the desktop. People who prefer native
Wayland (crisp fractional scaling) turn on the `native_wayland` setting. A QT_QPA_PLATFORM the
person set is never changed.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping

VARIABLE = "QT_QPA_PLATFORM"
# Qt tries each platform of a ";" list in turn, so a missing xcb library still gives a window.
XWAYLAND = "xcb;wayland"
NATIVE = "wayland;xcb"


def wayland_session(environ: Mapping[str, str]) -> bool:
    """Whether the desktop is a Wayland compositor, whatever platform Qt runs on.

    The session's own word comes first: in an X11 session a WAYLAND_DISPLAY belongs to a nested
    compositor, not to the desktop, and a Wayland session started without WAYLAND_DISPLAY (from a
    service manager, say) still has its compositor at Qt's default socket. Only where the session
    says nothing does the socket decide."""
    session = environ.get("XDG_SESSION_TYPE", "")
    return session == "wayland" or (not session and bool(environ.get("WAYLAND_DISPLAY")))


def platform_for(environ: Mapping[str, str], *, native_wayland: bool) -> str | None:
    """The QT_QPA_PLATFORM to set, or None to leave Qt's own choice (and the person's) alone."""
    if environ.get(VARIABLE):  # set but empty is unset to Qt too
        return None
    if not wayland_session(environ):
        return None
    if native_wayland:
        return NATIVE
    # without DISPLAY there is no XWayland to run through
    return XWAYLAND if environ.get("DISPLAY") else None


def choose_platform(environ: MutableMapping[str, str], *, native_wayland: bool) -> str | None:
    """Set QT_QPA_PLATFORM in `environ` (os.environ, before Qt starts) where Supple should choose;
    returns what was set."""
    chosen = platform_for(environ, native_wayland=native_wayland)
    if chosen is not None:
        environ[VARIABLE] = chosen
    return chosen
