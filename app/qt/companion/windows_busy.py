"""Busy on Windows: SHQueryUserNotificationState, the shell's own "is now a good time to notify".

Written against the Win32 documentation and tested with faked libraries; not run on Windows here.
Focus assist (do not disturb) is not part of its answer, so Settings says it cannot be seen.
"""

from __future__ import annotations

import ctypes
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.qt.companion.busy_dbus import LOCKED_REASON
from app.qt.companion.x11_fullscreen import REASON as FULL_SCREEN

S_OK = 0
# QUERY_USER_NOTIFICATION_STATE values that mean "not now"
REASONS = {
    1: LOCKED_REASON,  # QUNS_NOT_PRESENT: the screen saver runs, the screen is locked or another user is on
    2: FULL_SCREEN,  # QUNS_BUSY: a full-screen application
    3: FULL_SCREEN,  # QUNS_RUNNING_D3D_FULL_SCREEN: a full-screen game or video
    4: "a presentation is on",  # QUNS_PRESENTATION_MODE
    7: FULL_SCREEN,  # QUNS_APP: a full-screen Store app
}


class WindowsBusySource:
    name = QT_TRANSLATE_NOOP("Abilities", "Windows notification state")

    def __init__(self, shell32: Any) -> None:
        self._shell32 = shell32

    def busy_reason(self) -> str | None:
        state = ctypes.c_int(0)
        if self._shell32.SHQueryUserNotificationState(ctypes.pointer(state)) != S_OK:
            return None
        return REASONS.get(state.value)


def declare(shell32: Any) -> None:
    shell32.SHQueryUserNotificationState.argtypes = [ctypes.POINTER(ctypes.c_int)]
    shell32.SHQueryUserNotificationState.restype = ctypes.c_long  # HRESULT
