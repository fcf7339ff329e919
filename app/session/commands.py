"""What a person can tell a session, and in which state each command is allowed: the engine's
transitions as data. Qt-free.

The engine obeys this table and nothing else; the Qt layer makes one action per command from it,
so the main window, the mini timer and the tray enable exactly the same commands at the same time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from app.session.events import State


class Command(str, Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"  # the rest of this phase; after a pain report, the whole stretch
    BACK = "back"  # to the previous stretch
    RESTART = "restart"  # this stretch from its start
    PAIN = "pain"  # sharp pain: ease out now
    GO_ON = "go-on"  # after a pain report: the stretch again, gently
    STOP = "stop"


@dataclass(frozen=True)
class Situation:
    """What the guards look at: the state, and where a pause would resume."""

    state: State
    paused_from: State | None = None


Guard = Callable[[Situation], bool]


def not_easing_out(now: Situation) -> bool:
    """Pain while already easing out after pain changes nothing."""
    return State.EASING_OUT not in (now.state, now.paused_from)


def always(now: Situation) -> bool:
    return True


@dataclass(frozen=True)
class Transition:
    command: Command
    sources: frozenset[State]
    target: State | None  # None: the state it was in before (a resume), or as the plan goes on
    guard: Guard = always


_ACTIVE = frozenset({State.RUNNING, State.EASING_OUT, State.PAUSED, State.AWAITING_CHOICE})

TRANSITIONS: tuple[Transition, ...] = (
    Transition(Command.START, frozenset({State.READY}), State.RUNNING),
    Transition(Command.PAUSE, frozenset({State.RUNNING, State.EASING_OUT}), State.PAUSED),
    Transition(Command.RESUME, frozenset({State.PAUSED}), None),
    Transition(Command.SKIP, _ACTIVE, None),
    Transition(Command.BACK, _ACTIVE, State.RUNNING),
    Transition(Command.RESTART, _ACTIVE, State.RUNNING),
    Transition(Command.PAIN, frozenset({State.RUNNING, State.PAUSED}), State.EASING_OUT, not_easing_out),
    Transition(Command.GO_ON, frozenset({State.AWAITING_CHOICE}), State.RUNNING),
    Transition(Command.STOP, _ACTIVE, State.STOPPED),
)

# Space, the ring of the mini timer and the tray's Pause item: the one command that fits.
TOGGLE: dict[State, Command] = {
    State.READY: Command.START,
    State.RUNNING: Command.PAUSE,
    State.EASING_OUT: Command.PAUSE,
    State.PAUSED: Command.RESUME,
    State.AWAITING_CHOICE: Command.GO_ON,
}

# The key each command answers to, wherever a window takes keys; the toggle's is TOGGLE_KEY.
# Here, not in the Qt layer, so the voice can name the same keys the buttons show.
KEYS: dict[Command, str] = {
    Command.SKIP: "Right",
    Command.BACK: "Left",
    Command.RESTART: "R",
    Command.PAIN: "P",
    Command.STOP: "Esc",
}
TOGGLE_KEY = "Space"


def key_for(command: Command) -> str:
    """The key that gives `command` where the session waits for it: its own, or Space when Space
    would give it (going on gently after pain has no key of its own)."""
    return KEYS.get(command) or (TOGGLE_KEY if command in TOGGLE.values() else "")


def allowed(command: Command, now: Situation) -> bool:
    return any(t.command is command and now.state in t.sources and t.guard(now) for t in TRANSITIONS)


def allowed_now(now: Situation) -> frozenset[Command]:
    return frozenset(command for command in Command if allowed(command, now))


def toggle(state: State) -> Command | None:
    return TOGGLE.get(state)
