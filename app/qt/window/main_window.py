"""The main window: choose a routine, follow it, see how it went.

The window only shows and forwards: the session engine (through SessionController) decides what
happens next, and the window reflects its events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
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
from app.context import Context
from app.paths import APP_NAME
from app.planner import Planner
from app.presenters.motion import held
from app.presenters.presentation import TimerFaces, completion_html
from app.presenters.recorded_names import RecordedNames
from app.qt.adapters.session_actions import SessionActions, wait_while_asking, window_key
from app.qt.adapters.session_controller import SessionController
from app.qt.translation import arg
from app.qt.widgets.button_keys import press_with_keys
from app.qt.widgets.forms import W, form_child
from app.qt.widgets.hold_timer import HoldTimer
from app.qt.window.audio_notice import AudioNotice
from app.qt.window.main_window_form import MainFormUi
from app.qt.window.pose_panel import PosePanel
from app.qt.window.progress_page import ProgressPage
from app.qt.window.routine_list import RoutineList
from app.qt.window.session_pane import SessionPane, SessionWidgets
from app.qt.window.window_geometry import encoded_geometry, restore_geometry
from app.session import Plan, SessionResult
from app.settings import Settings

if TYPE_CHECKING:
    from app.history import History


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
        *,
        choosing: bool = True,
    ) -> None:
        """`actions`: the session's commands, shared with the mini timer and the tray (made here
        when the window stands alone, as in tests). Not `choosing`: a routine starts at once, and
        the routine list, hidden while it runs, is filled when it is first shown."""
        super().__init__()
        self.context = context
        self.planner = Planner(context.catalogue.catalogue, context.settings.settings, speed)
        self.controller = controller
        self.history = history
        self.plan: Plan | None = None
        self.confirm_stop: Callable[[], bool] = self._ask_before_stopping
        self._tray = False  # where there is a tray icon, closing the window leaves a routine running there
        self.session_actions = actions if actions is not None else SessionActions(controller, self.request_stop, self)
        self.setWindowTitle(APP_NAME)
        form = QWidget(self)
        MainFormUi().setupUi(form)  # ui/main_window.ui, compiled (packaging/forms.py): no QUiLoader at start
        self.setCentralWidget(form)
        self._find_children()
        self._connect()
        self._make_shortcuts()
        self._listed = False  # whether the routine list has been filled
        if choosing:
            self._show_choosing()

    @property
    def catalogue(self) -> Catalogue:
        return self.context.catalogue.catalogue

    def _child(self, kind: type[W], name: str) -> W:
        return form_child(self.centralWidget(), kind, name)

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
        self.progress = ProgressPage(self.progressPage, self.history, self.context.paths.history_file,
                                     RecordedNames(lambda: self.catalogue))
        self.completionPage: QWidget = find(QWidget, "completionPage")
        self.completionTitle: QLabel = find(QLabel, "completionTitle")
        self.completionSummary: QLabel = find(QLabel, "completionSummary")
        self.buttons = {
            name: find(QPushButton, f"{name}Button")
            for name in ("start", "pause", "back", "restart", "skip", "goOn", "skipStretch", "pain", "stop",
                         "again", "done", "progress", "settings", "mini")
        }
        self.painButton = self.buttons["pain"]
        # the routine's summary takes Enter but not Space: a last Space from the floor, just after
        # the end, must not start the whole routine again
        summary = (self.buttons["again"], self.buttons["done"])
        press_with_keys(button for button in self.buttons.values() if button not in summary)
        press_with_keys(summary, space=False)

    def _connect(self) -> None:
        c = self.controller
        self.holdTimer.setSource(TimerFaces(c.view, lambda: self.catalogue), c.clock)
        self.routineList.routineSelected.connect(self.preview_routine)
        self.audioNotice.retryRequested.connect(self.audioRetryRequested)
        self.routineList.routineChosen.connect(self.start_routine)
        self.buttons["start"].clicked.connect(self._start_selected)
        widgets = SessionWidgets(self.posePanel, self.holdTimer, self.progressLabel, self.routineProgress,
                                 self.nextLabel, self.buttons)
        self.pane = SessionPane(widgets, c, self.session_actions, self.catalogue, self)
        self.pane.stretchShown.connect(lambda name: self.setWindowTitle(self._titled(name)))
        self.buttons["again"].clicked.connect(self._start_again)
        self.buttons["done"].clicked.connect(self._show_choosing)
        self.buttons["progress"].clicked.connect(self._toggle_progress)
        self.buttons["settings"].clicked.connect(self.settingsRequested)
        self.buttons["mini"].clicked.connect(self.miniRequested)
        c.finished.connect(self._on_finished)

    def _make_shortcuts(self) -> None:
        # the session's own keys come with its actions; Space also starts the routine being previewed
        self.session_actions.add_to(self, toggle=False)
        window_key(self, self.tr("Start, pause or resume"), "Space", self._space)
        window_key(self, self.tr("Your progress"), "Ctrl+H", self._toggle_progress)
        window_key(self, self.tr("Settings"), "Ctrl+,", self.settingsRequested.emit)
        window_key(self, self.tr("Mini timer"), "M", self._mini_key)

    def keep_running_in_tray(self) -> None:
        """Closing the window mid-routine hides it; the routine goes on in the tray."""
        self._tray = True

    def _mini_key(self) -> None:
        if self.session_actions.active:  # the mini timer follows a routine; there is none to follow
            self.miniRequested.emit()

    # -- choosing ----------------------------------------------------------------------------

    def _list_routines(self) -> None:
        """Fill the routine list, once (then apply_settings refills it), with the routine
        followed, if any, highlighted: a start straight into a routine leaves this for later,
        which spares its first paint the list's thumbnails and preview (about 10 ms)."""
        if self._listed:
            return
        self._listed = True
        self._fill_list(self.plan.routine.id if self.plan is not None else None)

    def _fill_list(self, selected: str | None) -> None:
        """The routines as the catalogue and timings now are, `selected` highlighted."""
        self.routineList.blockSignals(True)  # filling the list is not the person choosing a routine
        self.routineList.populate(self.catalogue, self.planner.timing, str(self.context.paths.builtin_catalogue))
        if selected:
            self.routineList.select_routine(selected)
        self.routineList.blockSignals(False)

    def _show_choosing(self) -> None:
        self._list_routines()
        self.sidebar.show()
        self.timerColumn.hide()  # an idle ring would only take room from the routine's preview
        self.stage.setCurrentWidget(self.sessionPage)
        self.pane.show_following(False)
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
        plan = self.planner.plan(routine_id)
        self.posePanel.show_routine(routine, plan, self.catalogue)
        first = plan.stretch_steps[0].stretch if plan.stretch_steps else plan.steps[0].stretch
        self.posePanel.poseView.showMoment(held(first), arg(self.tr("%1: illustration"), first.name))
        self.setWindowTitle(self._titled(routine.name))

    # -- progress and settings ---------------------------------------------------------------

    def _show_session_page(self) -> None:
        self.stage.setCurrentWidget(self.sessionPage)
        self.buttons["progress"].setChecked(False)

    def _toggle_progress(self) -> None:
        if self.session_actions.active:
            # Ctrl+H during a routine: the progress page would take the place of the timer followed
            self.pane.note(self.tr("Your progress opens when this routine ends, so the timer stays in view."))
            return
        if self._on_completion_page():
            self._show_choosing()
        if self.stage.currentWidget() is self.progressPage:
            self._show_session_page()
            return
        self.progress.open()
        self.stage.setCurrentWidget(self.progressPage)
        self.buttons["progress"].setChecked(True)

    def history_changed(self) -> None:
        """A session was recorded: the progress view, if open, shows it."""
        self.progress.history_changed()

    def use_history(self, history: History) -> None:
        """The history, opened after the window was made (a start opens it once the window is up)."""
        self.history = history
        self.progress.use_history(history)

    def use_catalogue(self, context: Context, select: str | None = None) -> None:
        """The catalogue was reloaded (a routine saved or deleted): the list shows it as it now is."""
        self.context = context
        self.planner.catalogue = context.catalogue.catalogue
        self.pane.set_catalogue(context.catalogue.catalogue)
        self.apply_settings(self.planner.settings)
        if select and self.planner.known(select):
            self._list_routines()
            self.routineList.select_routine(select)

    def apply_settings(self, settings: Settings) -> None:
        """New timings change the routines' lengths: the list and the preview follow."""
        self.planner.settings = settings
        if not self._listed:  # filled with these timings when first shown
            return
        self._fill_list(self.routineList.selected_routine())
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
        self.plan = self.planner.plan(routine_id)
        self.pane.follow(self.plan)
        self.controller.load(self.plan)
        self.sidebar.hide()
        self.timerColumn.show()
        self._show_session_page()
        self.pane.show_following(True)
        self.controller.start()

    # -- following ---------------------------------------------------------------------------

    def _space(self) -> None:
        if self.session_actions.toggle.isEnabled():
            self.session_actions.toggle.trigger()
        elif not self.session_actions.active and self.stage.currentWidget() is self.sessionPage:
            self._start_selected()

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

    def _titled(self, name: str) -> str:
        return arg(self.tr("%1 — %2", "window title: what is shown, then the app"), name, APP_NAME)

    def _ask_before_stopping(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Stop the routine?"), self.tr("Stop this routine now? What you have done so far is kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def request_stop(self) -> None:
        """Ask before stopping. The routine waits while the question is open (nobody is following
        it then), and a "no" goes on where it was; a routine paused before stays paused."""
        if not self.session_actions.active:
            return
        go_on = wait_while_asking(self.controller)
        if self.confirm_stop():
            self.controller.stop()
        else:
            go_on()

    def show_audio_trouble(self, message: str) -> None:
        """Say, once and without a dialog, that the chimes or voice stopped and what goes on."""
        self.audioNotice.say(message)

    def restore_geometry(self, encoded: str) -> None:
        restore_geometry(self, encoded)

    def encoded_geometry(self) -> str:
        return encoded_geometry(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.pane.set_seen(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.pane.set_seen(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session_actions.active and self._tray:
            event.ignore()
            self.hide()
            self.hiddenDuringSession.emit()
            return
        if self.session_actions.active:
            self.controller.stop()
        super().closeEvent(event)
