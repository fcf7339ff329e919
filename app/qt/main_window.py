"""The main window: choose a routine, follow it, see how it went.

The window only shows and forwards: the session engine (through SessionController) decides what
happens next, and the window reflects its events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.catalogue import Catalogue
from app.context import Context, timing_from
from app.history import DisabledHistory, History
from app.motion import held, pose_moment
from app.paths import APP_NAME
from app.presentation import coming_up, completion_html, headline, progress_text, timer_face
from app.qt.audio_notice import AudioNotice
from app.qt.forms import load_form
from app.qt.hold_timer import HoldTimer
from app.qt.pose_panel import PosePanel
from app.qt.progress_view import ProgressView
from app.qt.routine_list import RoutineList
from app.qt.session_actions import SessionActions, bind
from app.qt.session_controller import SessionController
from app.session import (
    AwaitingChoice,
    Paused,
    PauseReason,
    PhaseKind,
    PhaseStarted,
    Plan,
    SessionResult,
    SessionView,
    State,
    Timing,
    build_plan,
)
from app.session.commands import Command
from app.settings import Settings
from app.wording import name_and_side

W = TypeVar("W", bound=QWidget)

# The buttons that exist only while a routine runs; each has its own key, so none takes the focus
# (it stays on the window, and Space always pauses).
SESSION_CONTROLS = ("pause", "back", "restart", "skip", "goOn", "skipStretch", "pain", "stop", "mini")


class MainWindow(QMainWindow):
    routineFinished = Signal(object)  # SessionResult, for --exit-when-done and the history
    settingsRequested = Signal()
    miniRequested = Signal()  # M or the button: swap this window for the mini timer
    hiddenDuringSession = Signal()  # closed while a routine runs, which goes on in the tray
    audioRetryRequested = Signal()  # "Try again" after the chimes or voice failed

    def __init__(
        self,
        context: Context,
        controller: SessionController,
        speed: float = 1.0,
        history: History | None = None,
        actions: SessionActions | None = None,
    ) -> None:
        """`actions`: the session's commands, shared with the mini timer and the tray (made here
        when the window stands alone, as in tests)."""
        super().__init__()
        self.context = context
        self.settings = context.settings.settings  # replaced when the person changes them
        self.controller = controller
        self.speed = speed
        self.history = history
        self.progressView: ProgressView | None = None  # made on first use: it reads the database
        self.plan: Plan | None = None
        self.confirm_stop: Callable[[], bool] = self._ask_before_stopping
        self.keep_running_when_closed: Callable[[], bool] = lambda: False  # True where a tray icon exists
        self.session_actions = actions if actions is not None else SessionActions(controller, self.request_stop, self)
        self.setWindowTitle(APP_NAME)
        self.setCentralWidget(load_form(
            context.paths.ui / "main_window.ui", self, (RoutineList, PosePanel, HoldTimer, AudioNotice)
        ))
        self._find_children()
        self._connect()
        self._make_shortcuts()
        self.routineList.populate(self.catalogue, self.timing(), str(context.paths.builtin_catalogue))
        self._show_choosing()

    @property
    def catalogue(self) -> Catalogue:
        return self.context.catalogue.catalogue

    def timing(self) -> Timing:
        return timing_from(self.settings, self.speed)

    def _child(self, kind: type[W], name: str) -> W:
        form = self.centralWidget()
        found = form.findChild(kind, name) if form is not None else None
        if not isinstance(found, kind):
            raise RuntimeError(f"the main window form has no {kind.__name__} named {name!r}")
        return found

    def _find_children(self) -> None:
        find = self._child
        self.routineList: RoutineList = find(RoutineList, "routineList")
        self.posePanel: PosePanel = find(PosePanel, "posePanel")
        self.holdTimer: HoldTimer = find(HoldTimer, "holdTimer")
        self.audioNotice: AudioNotice = find(AudioNotice, "audioNotice")
        self.routineProgress: QProgressBar = find(QProgressBar, "routineProgress")
        self.progressLabel: QLabel = find(QLabel, "progressLabel")
        self.stage: QStackedWidget = find(QStackedWidget, "stage")
        self.sidebar: QWidget = find(QWidget, "sidebar")
        self.nextLabel: QLabel = find(QLabel, "nextLabel")
        self.timerColumn: QWidget = find(QWidget, "timerColumn")
        self.sessionPage: QWidget = find(QWidget, "sessionPage")
        self.progressPage: QWidget = find(QWidget, "progressPage")
        self.completionPage: QWidget = find(QWidget, "completionPage")
        self.completionTitle: QLabel = find(QLabel, "completionTitle")
        self.completionSummary: QLabel = find(QLabel, "completionSummary")
        self.buttons = {
            name: find(QPushButton, f"{name}Button")
            for name in ("start", "pause", "back", "restart", "skip", "goOn", "skipStretch", "pain", "stop",
                         "again", "done", "progress", "settings", "mini")
        }
        self.painButton = self.buttons["pain"]
        self.chooseHeading: QLabel = find(QLabel, "chooseHeading")
        for name in SESSION_CONTROLS:
            self.buttons[name].setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _connect(self) -> None:
        c = self.controller
        self.holdTimer.setSource(lambda: timer_face(c.view(), self.catalogue))
        self.routineList.routineSelected.connect(self.preview_routine)
        self.audioNotice.retryRequested.connect(self.audioRetryRequested)
        self.routineList.routineChosen.connect(self.start_routine)
        self.buttons["start"].clicked.connect(self._start_selected)
        a = self.session_actions
        bind(self.buttons["pause"], a.toggle, text=True)
        for name, command in (("back", Command.BACK), ("restart", Command.RESTART), ("skip", Command.SKIP),
                              ("goOn", Command.GO_ON), ("skipStretch", Command.SKIP), ("pain", Command.PAIN),
                              ("stop", Command.STOP)):
            bind(self.buttons[name], a[command])
        self.buttons["again"].clicked.connect(self._start_again)
        self.buttons["done"].clicked.connect(self._show_choosing)
        self.buttons["progress"].clicked.connect(self._toggle_progress)
        self.buttons["settings"].clicked.connect(self.settingsRequested)
        self.buttons["mini"].clicked.connect(self.miniRequested)
        c.phaseStarted.connect(self._on_phase_started)
        c.awaitingChoice.connect(self._on_awaiting_choice)
        c.paused.connect(self._on_paused)
        c.resumed.connect(self._on_resumed)
        c.ticked.connect(self._on_tick)
        c.stateChanged.connect(self._on_state_changed)
        c.finished.connect(self._on_finished)

    def _make_shortcuts(self) -> None:
        # the session's own keys come with its actions; Space also starts the routine being previewed
        self.session_actions.add_to(self, toggle=False)
        keys: list[tuple[str, QKeySequence | Qt.Key, Callable[[], None]]] = [
            ("Start, pause or resume", Qt.Key.Key_Space, self._space),
            ("Your progress", QKeySequence("Ctrl+H"), self._toggle_progress),
            ("Settings", QKeySequence("Ctrl+,"), self.settingsRequested.emit),
            ("Mini timer", Qt.Key.Key_M, self._mini_key),
        ]
        for text, key, slot in keys:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _mini_key(self) -> None:
        if self.session_actions.active:  # the mini timer follows a routine; there is none to follow
            self.miniRequested.emit()

    # -- choosing ----------------------------------------------------------------------------

    def _show_choosing(self) -> None:
        self.sidebar.show()
        self.timerColumn.hide()  # an idle ring would only take room from the routine's preview
        self.stage.setCurrentWidget(self.sessionPage)
        for name in SESSION_CONTROLS:
            self.buttons[name].hide()
        self.routineProgress.hide()
        self.progressLabel.hide()
        self.nextLabel.hide()
        self.routineList.setFocus()
        routine_id = self.routineList.selected_routine()
        if routine_id:
            self.preview_routine(routine_id)

    def _on_completion_page(self) -> bool:
        return self.stage.currentWidget() is self.completionPage

    def preview_routine(self, routine_id: str) -> None:
        # during a routine, and on its summary, the list changes (new settings) but the page stays
        if self.session_actions.active or self._on_completion_page():
            return
        if self.stage.currentWidget() is not self.sessionPage:
            self._show_session_page()
        routine = self.catalogue.routine(routine_id)
        plan = build_plan(routine, self.catalogue, self.timing())
        self.posePanel.show_routine(routine, plan, self.catalogue)
        first = plan.stretch_steps[0].stretch if plan.stretch_steps else plan.steps[0].stretch
        self.posePanel.poseView.showMoment(held(first), f"{first.name}: illustration")
        self.setWindowTitle(f"{routine.name} — {APP_NAME}")

    # -- progress and settings ---------------------------------------------------------------

    def _show_session_page(self) -> None:
        self.stage.setCurrentWidget(self.sessionPage)
        self.buttons["progress"].setChecked(False)

    def _toggle_progress(self) -> None:
        if self.session_actions.active:
            return
        if self._on_completion_page():
            self._show_choosing()
        if self.stage.currentWidget() is self.progressPage:
            self._show_session_page()
            return
        if self.progressView is None:
            history = self.history or DisabledHistory(self.context.paths.history_file, "was not opened")
            self.progressView = ProgressView(history)
            self.progressView.setObjectName("progressView")
            layout = self.progressPage.layout()
            assert layout is not None
            layout.addWidget(self.progressView)
        else:
            self.progressView.refresh()
        self.stage.setCurrentWidget(self.progressPage)
        self.buttons["progress"].setChecked(True)

    def history_changed(self) -> None:
        """A session was recorded: the progress view, if open, shows it."""
        if self.progressView is not None:
            self.progressView.refresh()

    def apply_settings(self, settings: Settings) -> None:
        """New timings change the routines' lengths: the list and the preview follow."""
        self.settings = settings
        selected = self.routineList.selected_routine()
        self.routineList.blockSignals(True)  # refilling the list is not the person choosing a routine
        self.routineList.populate(self.catalogue, self.timing(), str(self.context.paths.builtin_catalogue))
        if selected:
            self.routineList.select_routine(selected)
        self.routineList.blockSignals(False)
        on_preview = self.stage.currentWidget() is self.sessionPage
        routine_id = self.routineList.selected_routine()
        if routine_id and on_preview:
            self.preview_routine(routine_id)  # its minutes changed with the timings

    def _start_selected(self) -> None:
        routine_id = self.routineList.selected_routine()
        if routine_id:
            self.start_routine(routine_id)

    def _start_again(self) -> None:
        if self.plan is not None:
            self.start_routine(self.plan.routine.id)

    def start_routine(self, routine_id: str) -> None:
        if self.session_actions.active:
            return
        self.routineList.select_routine(routine_id)
        self.plan = build_plan(self.catalogue.routine(routine_id), self.catalogue, self.timing())
        self.controller.load(self.plan)
        self.sidebar.hide()
        self.timerColumn.show()
        self._show_session_page()
        for name in ("pause", "back", "restart", "skip", "pain", "stop", "mini"):
            self.buttons[name].show()
        self.routineProgress.show()
        self.progressLabel.show()
        self.nextLabel.show()
        self.setFocus()
        self.controller.start()

    # -- following ---------------------------------------------------------------------------

    def _space(self) -> None:
        if self.session_actions.toggle.isEnabled():
            self.session_actions.toggle.trigger()
        elif not self.session_actions.active and self.stage.currentWidget() is self.sessionPage:
            self._start_selected()

    def _on_phase_started(self, event: PhaseStarted) -> None:
        view = self.controller.view()
        if view is None:
            return
        stretch = self.catalogue.stretch(event.phase.stretch_id)
        self.posePanel.show_stretch(stretch, event.phase.side, headline(view, self.catalogue))
        transition = event.phase.kind is PhaseKind.TRANSITION  # the ring already says what is next
        self.nextLabel.setText("" if transition else coming_up(event.phase, self.catalogue))
        self.setWindowTitle(f"{stretch.name} — {APP_NAME}")
        self._on_tick()

    def _on_paused(self, event: Paused) -> None:
        if event.reason is PauseReason.SLEEP:  # nobody held the stretch while the computer slept
            self.nextLabel.setText("Paused while the computer was asleep. Press Space to go on.")

    def _on_resumed(self) -> None:
        view = self.controller.view()
        if view is not None and view.phase is not None and view.phase.kind is not PhaseKind.TRANSITION:
            self.nextLabel.setText(coming_up(view.phase, self.catalogue))

    def _on_awaiting_choice(self, event: AwaitingChoice) -> None:
        self.nextLabel.setText("")  # what comes next is the person's choice
        stretch = self.catalogue.stretch(event.phase.stretch_id)
        view = self.controller.view()
        self.posePanel.show_stretch(stretch, event.phase.side, headline(view, self.catalogue) if view else "")
        self._on_state_changed(self.controller.state)

    def _on_tick(self) -> None:
        self.holdTimer.refresh()
        view = self.controller.view()
        if view is None or view.phase is None or self.plan is None:
            return
        self._show_pose(view)
        step = self.plan.steps[view.phase.step]
        number = None if step.is_warm_up else self.plan.stretch_steps.index(step) + 1
        where = progress_text(view, len(self.plan.stretch_steps), number)
        self.progressLabel.setText(where)
        self.routineProgress.setFormat(where)  # what screen readers announce as the bar's value
        total = self.plan.total_seconds
        value = round(1000 * (1 - view.routine_remaining / total)) if total else 0
        if self.routineProgress.maximum() != 1000:
            self.routineProgress.setRange(0, 1000)
        if value != self.routineProgress.value():
            self.routineProgress.setValue(value)

    def _show_pose(self, view: SessionView) -> None:
        assert view.phase is not None
        stretch = self.catalogue.stretch(view.phase.stretch_id)
        description = name_and_side(stretch.name, stretch.side_label(view.phase.side))
        self.posePanel.poseView.showMoment(pose_moment(stretch, view), description)

    def _on_state_changed(self, state: State) -> None:
        choosing = self.session_actions[Command.GO_ON].isEnabled()  # skip the stretch, or go on gently
        self.buttons["goOn"].setVisible(choosing)
        self.buttons["skipStretch"].setVisible(choosing)
        for name in ("pause", "skip", "restart"):
            self.buttons[name].setVisible(self.session_actions.active and not choosing)
        self._on_tick()

    def _on_finished(self, result: SessionResult) -> None:
        assert self.plan is not None
        title, summary = completion_html(result, self.plan, self.catalogue)
        self.completionTitle.setText(title)
        self.completionSummary.setText(summary)
        self.stage.setCurrentWidget(self.completionPage)
        self.buttons["again"].setFocus()
        self.setWindowTitle(APP_NAME)
        self.routineFinished.emit(result)

    # -- stopping and closing ----------------------------------------------------------------

    def _ask_before_stopping(self) -> bool:
        answer = QMessageBox.question(
            self, "Stop the routine?", "Stop this routine now? What you have done so far is kept.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def request_stop(self) -> None:
        if self.session_actions.active and self.confirm_stop():
            self.controller.stop()

    def show_audio_trouble(self, message: str) -> None:
        """Say, once and without a dialog, that the chimes or voice stopped and what goes on."""
        self.audioNotice.say(message)

    def restore_geometry(self, encoded: str) -> None:
        if encoded and self.restoreGeometry(QByteArray.fromBase64(encoded.encode("ascii"))):
            return
        # first start: a comfortable size, but never more than most of a small screen
        screen = self.screen().availableGeometry()
        self.resize(min(1100, round(screen.width() * 0.92)), min(720, round(screen.height() * 0.9)))

    def encoded_geometry(self) -> str:
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session_actions.active and self.keep_running_when_closed():
            event.ignore()
            self.hide()
            self.hiddenDuringSession.emit()
            return
        if self.session_actions.active:
            self.controller.stop()
        super().closeEvent(event)
