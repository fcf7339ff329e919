"""A worker dies with Supple, even while a blocked speech engine keeps it from reading its pipe.

A worker quits when its stdin closes, but only if its event loop is free to see that; the speech
engine can block the worker's main thread forever (speech-dispatcher with no sound server), and a
Supple that was killed then leaves it behind for good. On Linux the kernel is asked to kill the
worker when its parent goes (PR_SET_PDEATHSIG), which needs nothing of the worker's own threads.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent() -> bool:
    """Have the kernel kill this process when its parent ends (Linux); False where it cannot.
    A parent already gone before the request (the worker is then the init's) ends it at once."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        asked = bool(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False
    if asked and os.getppid() == 1:  # orphaned between the spawn and the request
        os._exit(0)
    return asked
