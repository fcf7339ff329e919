"""What a launch asks for, wherever it comes from (the command line, a later launch handed over,
the tray), and what the running app should do about it. Qt-free.

`route` is the whole policy: show the window, start the routine, ask before replacing the one
that runs, or say the routine does not exist. The Qt side carries out its answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class LaunchRequest:
    """A routine to start (or none: just the window), maybe in the mini timer."""

    routine: str | None = None
    mini: bool = False
    background: bool = False  # `supple --background` (what login starts): nothing to show


class Decision(str, Enum):
    SHOW = "show"  # the main window, to choose
    START = "start"  # the routine, at once
    ASK = "ask"  # a routine runs: stop it and start this one?
    UNKNOWN = "unknown"  # no such routine: say so
    NOTHING = "nothing"  # a background start, while Supple already runs: it is already waiting


def route(request: LaunchRequest, known: Callable[[str], bool], session_active: bool) -> Decision:
    if request.routine is None:
        return Decision.NOTHING if request.background else Decision.SHOW
    if not known(request.routine):
        return Decision.UNKNOWN
    return Decision.ASK if session_active else Decision.START


def forwarded_arguments(routine: str | None, mini: bool, background: bool = False) -> list[str]:
    """What a second launch hands to the running Supple: only the options that say what to show
    (its --speed or --exit-when-done belong to the process that is about to leave)."""
    forwarded = ["--routine", routine] if routine else []
    forwarded += ["--mini"] if mini else []
    return [*forwarded, "--background"] if background else forwarded


def read_forwarded(arguments: list[str]) -> LaunchRequest | None:
    """forwarded_arguments() read back in the running Supple; None for anything else, since the
    running window must not exit, as argparse would, on a message it does not understand."""
    routine: str | None = None
    mini = background = False
    rest = iter(arguments)
    for argument in rest:
        if argument == "--mini":
            mini = True
        elif argument == "--background":
            background = True
        elif argument == "--routine":
            routine = next(rest, None)
            if not routine:
                return None
        else:
            return None
    return LaunchRequest(routine, mini, background)
