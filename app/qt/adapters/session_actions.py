"""One QAction per session command, shared by the main window, the mini timer and the tray.

Whether an action is enabled comes from the engine's command table (app.session.commands) through
the controller, and nowhere else: no window looks at the session's state to decide what may be
done. The toggle action (Space, the mini timer's ring, the tray's first item) says what it will
do: Start, Pause, Resume or Go on gently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.qt.adapters.session_controller import SessionController
from app.qt.translation import arg
from app.session import State
from app.session.commands import KEYS, TOGGLE, TOGGLE_KEY, Command


@dataclass(frozen=True)
class Spec:
    text: str  # the visible words, which are also the accessible name (speech input says what it sees)
    description: str


# The keys are the command table's (app.session.commands.KEYS), which the voice names too. The
# words are marked here and translated as each action is made (a translator is installed later).
SPECS: dict[Command, Spec] = {
    Command.SKIP: Spec(
        QT_TRANSLATE_NOOP("SessionActions", "Skip ahead"),
        QT_TRANSLATE_NOOP("SessionActions", "Skip the rest of this part of the stretch"),
    ),
    Command.BACK: Spec(
        QT_TRANSLATE_NOOP("SessionActions", "Back to the previous stretch"),
        QT_TRANSLATE_NOOP("SessionActions", "Go back to the start of the previous stretch"),
    ),
    Command.RESTART: Spec(
        QT_TRANSLATE_NOOP("SessionActions", "Restart this stretch"),
        QT_TRANSLATE_NOOP("SessionActions", "Start this stretch again from getting into position"),
    ),
    Command.PAIN: Spec(
        QT_TRANSLATE_NOOP("SessionActions", "Sharp pain"),
        QT_TRANSLATE_NOOP("SessionActions", "Ease out of the stretch now, then choose to skip it or go on gently"),
    ),
    Command.GO_ON: Spec(
        QT_TRANSLATE_NOOP("SessionActions", "Go on gently"),
        QT_TRANSLATE_NOOP("SessionActions", "Do this stretch again with a shorter hold, only to a light stretch"),
    ),
    Command.STOP: Spec(
        QT_TRANSLATE_NOOP("SessionActions", "Stop the routine…"),
        QT_TRANSLATE_NOOP("SessionActions", "Stop the routine; what you have done so far is kept"),
    ),
}
TOGGLE_TEXT: dict[Command, str] = {
    Command.START: QT_TRANSLATE_NOOP("SessionActions", "Start"),
    Command.PAUSE: QT_TRANSLATE_NOOP("SessionActions", "Pause"),
    Command.RESUME: QT_TRANSLATE_NOOP("SessionActions", "Resume"),
    Command.GO_ON: QT_TRANSLATE_NOOP("SessionActions", "Go on gently"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionActions", text)


def with_key(text: str, key: str) -> str:
    """'Skip ahead (Right)': a tooltip naming its key, in the person's words for the key."""
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    return arg(QCoreApplication.translate("SessionActions", "%1 (%2)", "a tooltip, then its key"), text, shown)


class SessionActions(QObject):
    activeChanged = Signal(bool)  # a routine is under way, or no longer

    def __init__(self, controller: SessionController, stop: Callable[[], None], parent: QObject | None = None) -> None:
        """`stop` asks before stopping (the Stop action never stops without a question)."""
        super().__init__(parent if parent is not None else controller)
        self._controller = controller
        self.toggle = self._make(TOGGLE_TEXT[Command.PAUSE], TOGGLE_KEY,
                                 QT_TRANSLATE_NOOP("SessionActions", "Start, pause or resume the routine"))
        self.toggle.triggered.connect(controller.toggle_pause)
        self.by_command: dict[Command, QAction] = {}
        for command, spec in SPECS.items():
            action = self._make(spec.text, KEYS.get(command, ""), spec.description)
            action.triggered.connect(stop if command is Command.STOP else self._doer(command))
            self.by_command[command] = action
        self._active = False
        controller.stateChanged.connect(self.refresh)
        self.refresh()

    def _make(self, text: str, key: str, description: str) -> QAction:
        action = QAction(_tr(text), self)
        description = _tr(description)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(with_key(description, key) if key else description)
        action.setStatusTip(description)
        return action

    def _doer(self, command: Command) -> Callable[[], None]:
        return lambda: self._controller.do(command)

    def __getitem__(self, command: Command) -> QAction:
        return self.by_command[command]

    @property
    def active(self) -> bool:
        """A routine is under way: Stop is possible."""
        return self._active

    def add_to(self, window: QWidget, *, toggle: bool = True) -> None:
        """Make the actions' keys work in `window` (the toggle's Space too, unless the window maps
        Space itself)."""
        window.addActions([*([self.toggle] if toggle else []), *self.by_command.values()])

    def refresh(self, _state: State | None = None) -> None:
        c = self._controller
        for command, action in self.by_command.items():
            action.setEnabled(c.allowed(command))
        toggled = TOGGLE.get(c.state)
        self.toggle.setEnabled(toggled is not None and c.allowed(toggled))
        self.toggle.setText(_tr(TOGGLE_TEXT.get(toggled or Command.PAUSE, TOGGLE_TEXT[Command.PAUSE])))
        active = c.allowed(Command.STOP)
        if active != self._active:
            self._active = active
            self.activeChanged.emit(active)


def wait_while_asking(controller: SessionController) -> Callable[[], None]:
    """Pause the routine while a question is open (nobody follows it then, and a hold must not
    run out behind a dialog); returns what a "no" does: go on, unless it was paused already."""
    if not controller.allowed(Command.PAUSE):
        return lambda: None
    controller.do(Command.PAUSE)
    return lambda: controller.do(Command.RESUME)


def window_key(window: QWidget, text: str, key: str, slot: Callable[[], None]) -> QAction:
    """A key that works while `window` is the active one, as an action named `text`."""
    action = QAction(text, window)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def bind(button: QWidget, action: QAction, *, text: bool = False, tip: str = "") -> None:
    """Let a push button act as `action`: clicking triggers it, and it is enabled (and, with
    `text`, labelled and named) as the action is; its tooltip is the action's, or `tip`."""
    button.clicked.connect(action.trigger)  # type: ignore[attr-defined]

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        if text:
            button.setText(action.text())  # type: ignore[attr-defined]
            button.setAccessibleName(action.text())
        button.setToolTip(tip or action.toolTip())

    action.changed.connect(follow)
    follow()
