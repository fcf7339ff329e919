"""The session page while a routine runs: the pose panel, the hold timer, the progress and 'next'
lines and the session's buttons, following the controller's signals.

Words and numbers come from app.presenters.following; which buttons work comes from the shared session
actions. Nothing here decides anything about the routine.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton

from app.catalogue import Catalogue
from app.presenters import status_words
from app.presenters.following import CHOICES, PROGRESS_STEPS, Following, Moment, choice_line
from app.presenters.motion import pose_moment, still_to_the_end
from app.presenters.presentation import headline
from app.qt.adapters.screen_reader import ScreenReaderStatus
from app.qt.adapters.session_actions import SessionActions, bind
from app.qt.adapters.session_controller import SessionController
from app.qt.translation import arg
from app.qt.widgets.hold_timer import HoldTimer
from app.qt.window.pose_panel import PosePanel
from app.session import AwaitingChoice, Paused, PauseReason, PhaseStarted, Plan, State
from app.session.commands import Command

# which session command each button stands for (the pause button is the toggle)
BUTTON_COMMANDS = {"back": Command.BACK, "restart": Command.RESTART, "skip": Command.SKIP, "pain": Command.PAIN,
                   "stop": Command.STOP}  # and the two choices after pain (app.presenters.following.CHOICES)
# The buttons that exist only while a routine runs. Each also has its own key; Tab reaches them all,
# and a focused one is pressed with Space or Enter (app.qt.widgets.button_keys). A mouse click does
# not take the focus, so after clicking Skip the person on the floor can still pause with Space.
SESSION_CONTROLS = ("pause", "back", "restart", "skip", "goOn", "skipStretch", "pain", "stop", "mini")
CHOICE_BUTTONS = tuple(CHOICES)  # what the person may do after the release that follows pain
# the order Tab visits them, which is also the order they are laid out in
TAB_ORDER = ("pause", "back", "restart", "skip", *CHOICE_BUTTONS, "pain", "stop", "mini")
MOVING_FRAME_SECONDS = 1 / 30  # a figure moving between poses: as smooth as the poller goes
BAR_STEPS = 100  # the routine bar moves in whole percents: fewer value changes for a screen reader


@dataclass(frozen=True)
class SessionWidgets:
    pose: PosePanel
    timer: HoldTimer
    progress: QLabel
    bar: QProgressBar
    next_line: QLabel
    buttons: dict[str, QPushButton]


class SessionPane(QObject):
    stretchShown = Signal(str)  # the stretch now followed, for the window title

    def __init__(self, widgets: SessionWidgets, controller: SessionController, actions: SessionActions,
                 catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widgets, self.controller, self.actions, self.catalogue = widgets, controller, actions, catalogue
        self.following: Following | None = None
        self._seen = False  # not before the window is shown, nor while hidden (the mini timer, the tray): no ticks
        self._focus_settled_for: State | None = None  # the state whose focus move is done
        self._shown: Moment | None = None  # the words and progress on screen
        self._figure_settled = False  # the figure shown stays as it is until the phase or state changes
        for name in SESSION_CONTROLS:  # Tab reaches them; a click does not move the focus off Pause
            widgets.buttons[name].setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bind(widgets.buttons["pause"], actions.toggle, text=True)
        for name, command in BUTTON_COMMANDS.items():
            bind(widgets.buttons[name], actions[command])
        for name, choice in CHOICES.items():
            bind(widgets.buttons[name], actions[choice.command], tip=choice.line)
            self._label_choice(widgets.buttons[name], choice.label, choice.key_name)
        widgets.bar.setRange(0, BAR_STEPS)
        self.status = ScreenReaderStatus(controller, catalogue, self._speaker, self._choices, self)
        c = controller
        c.phaseStarted.connect(self._phase_started)
        c.awaitingChoice.connect(self._awaiting_choice)
        c.paused.connect(self._paused)
        c.resumed.connect(self._resumed)
        c.ticked.connect(self.tick)
        c.pace_by(self.seconds_to_change)
        c.stateChanged.connect(self._state_changed)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue was reloaded: the next routine's stretches are named from it."""
        self.catalogue = catalogue
        self._figure_settled = False  # the stretch's picture may have changed
        self.status.set_catalogue(catalogue)

    @staticmethod
    def _label_choice(button: QPushButton, words: str, key: str) -> None:
        # the accessible name is the visible text, so a speech-input user can say what they see
        button.setText(words)
        button.setAccessibleName(words)
        button.setAccessibleDescription(arg(QCoreApplication.translate("SessionPane", "Key: %1"), key))

    def show_following(self, following: bool) -> None:
        """The session's buttons, progress and next line while a routine runs (the choice buttons
        come and go with the choice); none of them while a routine is being chosen."""
        w = self.widgets
        for name in SESSION_CONTROLS:
            w.buttons[name].setVisible(following and name not in CHOICE_BUTTONS)
        for widget in (w.bar, w.progress, w.next_line):
            widget.setVisible(following)
        if following:
            w.buttons["pause"].setFocus()  # so Space pauses whether or not the person sees the focus

    def follow(self, plan: Plan) -> None:
        self.following = Following(plan, self.catalogue)
        self._shown, self._figure_settled = None, False

    def _state_changed(self) -> None:
        self._figure_settled = False  # paused, going on, easing out: the picture is worked out again
        self.show_controls()

    def _phase_started(self, event: PhaseStarted) -> None:
        view = self.controller.view()
        if view is None or self.following is None:
            return
        stretch = self.catalogue.stretch(event.phase.stretch_id)
        self._figure_settled = False  # a new phase, or the same one from its start (Restart)
        self.widgets.pose.show_stretch(stretch, event.phase.side, headline(view, self.catalogue), event.phase.kind)
        self.widgets.next_line.setText(self.following.next_line(event.phase))
        self.stretchShown.emit(stretch.name)
        self.tick()

    def _paused(self, event: Paused) -> None:
        if event.reason is PauseReason.SLEEP:  # nobody held the stretch while the computer slept
            self.widgets.next_line.setText(status_words.asleep())

    def _resumed(self) -> None:
        view = self.controller.view()
        if view is not None and view.phase is not None and self.following is not None:
            self.widgets.next_line.setText(self.following.next_line(view.phase))

    def _awaiting_choice(self, event: AwaitingChoice) -> None:
        self.widgets.next_line.setText(choice_line())  # what comes next is the person's choice
        stretch = self.catalogue.stretch(event.phase.stretch_id)
        view = self.controller.view()
        self.widgets.pose.show_stretch(stretch, event.phase.side, headline(view, self.catalogue) if view else "",
                                       event.phase.kind, choosing=True)
        self.show_controls()

    def note(self, text: str) -> None:
        """Say `text` under the 'next' line until the phase changes."""
        shown = self.widgets.next_line.text()
        if text not in shown:  # asked again: said once is enough
            self.widgets.next_line.setText(f"{shown}\n{text}" if shown else text)

    def set_seen(self, seen: bool) -> None:
        """The window was shown or hidden; once shown it is brought up to the moment at once."""
        self._seen = seen
        if seen:
            self._figure_settled = False
            self.tick()

    def seconds_to_change(self) -> float | None:
        """How soon the window next shows something new: a moving figure's next frame, else the
        ring's next change; nothing while the window is hidden."""
        if not self._seen:
            return None
        if not self._figure_settled and self.widgets.pose.poseView.moving:
            return MOVING_FRAME_SECONDS
        return self.widgets.timer.seconds_to_change()

    def tick(self) -> None:
        """Up to 30 times a second: the ring; the figure while it moves; the words and the bar
        when they change (about once a second)."""
        if not self._seen:  # nobody sees the ring or the figure: not worth thirty faces a second
            return
        w = self.widgets
        w.timer.refresh()
        view = self.controller.view()
        moment = self.following.moment(view) if view is not None and self.following is not None else None
        if view is None or moment is None:
            return
        assert view.phase is not None
        if not self._figure_settled:
            stretch = self.catalogue.stretch(view.phase.stretch_id)
            w.pose.poseView.showMoment(pose_moment(stretch, view), moment.picture)
            self._figure_settled = still_to_the_end(stretch, view)
        if moment is not self._shown:
            if self._shown is None or moment.progress != self._shown.progress:
                w.progress.setText(moment.progress)
            self._shown = moment
            percent = moment.done * BAR_STEPS // PROGRESS_STEPS
            if percent != w.bar.value():
                w.bar.setValue(percent)

    def show_controls(self) -> None:
        """During a routine: its buttons; after a pain report, the two choices instead."""
        buttons = self.widgets.buttons
        choosing = self.controller.allowed(Command.GO_ON)
        buttons["goOn"].setVisible(choosing)
        buttons["skipStretch"].setVisible(choosing)
        for name in ("pause", "skip", "restart"):
            buttons[name].setVisible(self.actions.active and not choosing)
        self._move_focus(choosing)
        self.tick()

    def _move_focus(self, choosing: bool) -> None:
        """At each change of state (pain, the choice, going on, a pause), a focus on the session's
        buttons goes to the one Space stands for: Pause, or Go on gently during the choice. A
        button that is hidden or disabled by the change would otherwise pass the focus to whichever
        button Qt finds next (after Sharp pain that is Stop), and Space would press that. Qt moves
        the focus only to an enabled button, so a move that fails is tried again at the next call,
        once the actions are enabled. A focus the person put outside the buttons stays there."""
        window = self.widgets.timer.window()
        focused = window.focusWidget()
        buttons = self.widgets.buttons
        state = self.controller.state
        if state is self._focus_settled_for or (focused is not None and focused not in buttons.values()):
            return
        target = buttons[CHOICE_BUTTONS[0] if choosing else "pause"]
        if self.actions.active and not target.isHidden():
            target.setFocus()
            if window.focusWidget() is target:
                self._focus_settled_for = state

    def _speaker(self) -> QObject:
        """Announcements come from the timer the person can see: this one, or the active window's."""
        timer = self.widgets.timer
        return timer if timer.isVisible() else (QApplication.activeWindow() or timer)

    def _choices(self) -> list[tuple[str, str]]:
        buttons = self.widgets.buttons
        return [(buttons[name].text(), choice.key) for name, choice in CHOICES.items()
                if self.controller.allowed(choice.command)]
