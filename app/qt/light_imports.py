"""A lighter PySide6 import hook: the same question, without keeping every module's source.

After PySide6 is loaded, its import hook asks of each module imported whether it uses PySide6, by
reading the module's whole source through `inspect` and so `linecache`, which keeps every line it
read for the life of the process: about 3 MB of text (6 MB as Python objects) and 12 ms at start
for a resident app, spent on modules that are never looked at again. Here the same question is
asked of the file's bytes, and nothing is kept. Where the hook is not the one this was written for
(another PySide6), it is left alone.
"""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads the hook this replaces

HOOK_MODULE = "shibokensupport.feature"
HOOK = "_mod_uses_pyside"


def _reads_bytes(original: object) -> object:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                return b"PySide6" in Path(path).read_bytes()
            except OSError:
                pass  # a module whose file went away: PySide's own answer
        return bool(original(module))  # type: ignore[operator]

    uses_pyside.lightened = True  # type: ignore[attr-defined]
    return uses_pyside


def lighten() -> bool:
    """Replace the hook's source reading; True if it was replaced (now or before)."""
    hook = sys.modules.get(HOOK_MODULE)
    original = getattr(hook, HOOK, None)
    if hook is None or not callable(original):
        return False
    if not getattr(original, "lightened", False):
        setattr(hook, HOOK, _reads_bytes(original))
        linecache.clearcache()  # the lines read by the hook before now
    return True
