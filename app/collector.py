"""Python's cyclic garbage collector during a start: held off until the window is up, then run once.

A start makes a few hundred thousand objects that live as long as the app (modules, classes,
enums, dataclass methods, Qt wrappers). The collector, counting allocations, walks them again and
again while they are made (about 90 collections, 30 to 50 ms before the first paint) and finds
almost nothing to free. So a start holds it off (`hold`) and, once its window is shown, collects
once, moves what survived out of the collector's way for good (`gc.freeze`: later collections,
during a routine too, no longer walk the app's own objects) and lets it count again (`release`).
"""

from __future__ import annotations

import gc


def hold() -> None:
    gc.disable()


def release() -> None:
    """Once: collect what the start left, freeze the rest, and collect as usual from now on."""
    if gc.isenabled():
        return
    gc.collect()
    gc.freeze()
    gc.enable()
