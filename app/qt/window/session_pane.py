"""The session page while a routine runs: the pose panel, the hold timer, the progress and 'next'
lines and the session's buttons, following the controller's signals.

Words and numbers come from app.presenters.following; which buttons work comes from the shared session
actions. Nothing here decides anything about the routine.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from app.catalogue import Catalogue
from app.presenters.following import PROGRESS_STEPS, Following
from app.presenters.motion import pose_moment
from app.presenters.presentation import headline
from app.qt.adapters.session_actions import SessionActions, bind
from app.qt.adapters.session_controller import SessionController
from app.qt.widgets.hold_timer import HoldTimer
from app.qt.window.pose_panel import PosePanel
from app.session import AwaitingChoice, Paused, PauseReason, PhaseStarted, Plan
from app.session.commands import Command

# which session command each button stands for (the pause button is the toggle)
BUTTON_COMMANDS = {"back": Command.BACK, "restart": Command.RESTART, "skip": Command.SKIP, "goOn": Command.GO_ON,
                   "skipStretch": Command.SKIP, "pain": Command.PAIN, "stop": Command.STOP}
ASLEEP = "Paused while the computer was asleep. Press Space to go on."


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
        bind(widgets.buttons["pause"], actions.toggle, text=True)
        for name, command in BUTTON_COMMANDS.items():
            bind(widgets.buttons[name], actions[command])
        widgets.bar.setRange(0, PROGRESS_STEPS)
        c = controller
        c.phaseStarted.connect(self._phase_started)
        c.awaitingChoice.connect(self._awaiting_choice)
        c.paused.connect(self._paused)
        c.resumed.connect(self._resumed)
        c.ticked.connect(self.tick)
        c.stateChanged.connect(self.show_controls)

    def follow(self, plan: Plan) -> None:
        self.following = Following(plan, self.catalogue)

    def _phase_started(self, event: PhaseStarted) -> None:
        view = self.controller.view()
        if view is None or self.following is None:
            return
        stretch = self.catalogue.stretch(event.phase.stretch_id)
        self.widgets.pose.show_stretch(stretch, event.phase.side, headline(view, self.catalogue), event.phase.kind)
        self.widgets.next_line.setText(self.following.next_line(event.phase))
        self.stretchShown.emit(stretch.name)
        self.tick()

    def _paused(self, event: Paused) -> None:
        if event.reason is PauseReason.SLEEP:  # nobody held the stretch while the computer slept
            self.widgets.next_line.setText(ASLEEP)

    def _resumed(self) -> None:
        view = self.controller.view()
        if view is not None and view.phase is not None and self.following is not None:
            self.widgets.next_line.setText(self.following.next_line(view.phase))

    def _awaiting_choice(self, event: AwaitingChoice) -> None:
        self.widgets.next_line.setText("")  # what comes next is the person's choice
        stretch = self.catalogue.stretch(event.phase.stretch_id)
        view = self.controller.view()
        self.widgets.pose.show_stretch(stretch, event.phase.side, headline(view, self.catalogue) if view else "",
                                       event.phase.kind, choosing=True)
        self.show_controls()

    def tick(self) -> None:
        w = self.widgets
        w.timer.refresh()
        view = self.controller.view()
        moment = self.following.moment(view) if view is not None and self.following is not None else None
        if view is None or moment is None:
            return
        assert view.phase is not None
        w.pose.poseView.showMoment(pose_moment(self.catalogue.stretch(view.phase.stretch_id), view), moment.picture)
        w.progress.setText(moment.progress)
        w.bar.setFormat(moment.progress)  # what screen readers announce as the bar's value
        if moment.done != w.bar.value():
            w.bar.setValue(moment.done)

    def show_controls(self) -> None:
        """During a routine: its buttons; after a pain report, the two choices instead."""
        buttons = self.widgets.buttons
        choosing = self.actions[Command.GO_ON].isEnabled()
        buttons["goOn"].setVisible(choosing)
        buttons["skipStretch"].setVisible(choosing)
        for name in ("pause", "skip", "restart"):
            buttons[name].setVisible(self.actions.active and not choosing)
        self.tick()
