"""Start the Qt application: one instance, its parts, and the command-line options.

This is where the parts meet: the session controller, the chimes and voice that follow it, the
history that records it, the settings that shape it, and the windows that show it. Each part only
knows the controller's signals; the connections are made here, once.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from app import collector
from app.audio.outputs import SoundOutput, SpeechOutput
from app.catalogue import Catalogue, LoadedCatalogue, load_catalogue, user_catalogue_files
from app.catalogue.live import broken_words, keeping, new_problems
from app.context import Context
from app.launch import Decision, LaunchRequest, forwarded_arguments, read_forwarded, route
from app.paths import APP_ID, APP_NAME
from app.planner import Planner
from app.qt import translation
from app.qt.adapters.history_recorder import HistoryRecorder
from app.qt.adapters.session_actions import SessionActions, wait_while_asking
from app.qt.adapters.session_controller import SessionController
from app.qt.audio.cue_player import CuePlayer
from app.qt.mini.on_top import stays_on_top
from app.qt.replace_question import ReplaceQuestion
from app.qt.settings.preferences import Preferences
from app.qt.single_instance import SingleInstance, instance_address
from app.qt.widgets.desktop_icons import app_icon
from app.qt.widgets.first_paint import after_first_paint
from app.qt.widgets.focus_ring import install_focus_rings
from app.qt.widgets.messages import tell, tell_problems
from app.qt.widgets.theme import apply_theme
from app.session import Clock, SessionResult, State, monotonic_clock
from app.settings import Settings

if TYPE_CHECKING:
    from app.history import History
    from app.qt.adapters.catalogue_watcher import CatalogueWatcher
    from app.qt.companion.motion_preference import SystemMotion
    from app.qt.editor.routine_actions import RoutineActions
    from app.qt.mini.mini_timer import MiniTimer
    from app.qt.reminders import Reminders, Sources
    from app.qt.tray.icon import Tray
    from app.qt.window.main_window import MainWindow

log = logging.getLogger(__name__)

WARM_UP_MS = 1500  # after the window is shown: when the sound and speech workers start
ENDING_SECONDS = 6.0  # the longest wait for the last cue before a scripted run exits


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


class Supple(QObject):
    """The running app: its parts, and what happens between them."""

    routineEnded = Signal(object)  # SessionResult: the person's routine ended (not one stopped to make room)
    catalogueChanged = Signal()  # reloaded after the person saved, imported or deleted a routine

    def __init__(
        self, app: QApplication, context: Context, speed: float = 1.0,
        outputs: tuple[SoundOutput, SpeechOutput] | None = None, tray: bool | None = None,
        *, clock: Clock = monotonic_clock, sources: Sources | None = None, gradual: bool = False,
    ) -> None:
        """`outputs` replace the real sound device and speech engine, `tray` says whether the
        desktop has a tray instead of asking it, `clock` is the session's and the reminders', and
        `sources` the idle and busy sources instead of the platform's (tests). `gradual` is how
        `run` starts: the main window is made when it is first wanted (a start in the background
        may never want it), and what a first paint does not show waits for `complete`; without
        it, everything is made now."""
        super().__init__(app)
        self.app = app
        self.context = context
        self._speed = speed
        self._tray_here = tray  # None: the desktop is asked, the first time it matters
        self._clock = clock
        self._sources = sources
        paths = context.paths
        settings = context.settings.settings
        app.setWindowIcon(app_icon(paths.assets))
        apply_theme(app, settings.theme, paths.ui / "supple.qss", paths.assets / "icons")
        install_focus_rings(app)
        self.controller = SessionController(clock, parent=self)
        # chimes and the voice follow the controller's cues; without a device or engine they stay quiet
        sound, speech = outputs or (None, None)
        self.player = CuePlayer(self.controller, self.catalogue, settings, sound, speech, assets=paths.assets)
        self.preferences = Preferences(
            settings, paths.settings_file, paths.ui / "settings_dialog.ui", self.player,
            on_disk=context.settings.on_disk,
        )
        self._history: History | None = None  # opened when first wanted; a start, once its window is up
        # one action per session command, for the window, the mini timer and the tray alike
        self.actions = SessionActions(self.controller, self._stop_requested, self)
        self.mini: MiniTimer | None = None  # made the first time it is wanted
        self.mini_on_top = stays_on_top()  # not as a Wayland client: then the tray brings it forward
        # kept hold by hold, so a crash loses at most the hold in progress; sped-up demos are left out
        self.recorder = HistoryRecorder(self.controller, lambda: self.history)
        if gradual:
            self.recorder.hold()  # a routine asked for at start is kept once the window is up
        self._making_room = False  # while a routine is stopped to start the one a later launch asked for
        self._warm_up = QTimer(self)
        self._warm_up.setSingleShot(True)
        self._warm_up.setInterval(WARM_UP_MS)
        self._warm_up.timeout.connect(self.player.prepare)
        self._told_broken: tuple[object, ...] = ()  # the broken edit last told of: said once
        self._window: MainWindow | None = None
        self._question: ReplaceQuestion | None = None  # at most one "stop it and start this?" at a time
        # made by `complete`: what waits in the tray, and what the window offers beyond what it shows
        self._completed = False
        self.tray: Tray | None = None
        self.reminders: Reminders | None = None
        self.catalogue_watcher: CatalogueWatcher | None = None
        self.system_motion: SystemMotion | None = None
        self.routine_actions: RoutineActions | None = None
        self._gradual = gradual
        self._connect()
        if not gradual:
            _ = self.history  # told of at once, with the start's other problems
            self._make_window()
            self.complete()

    @property
    def history(self) -> History:
        """The history, opened the first time it is wanted (it loads SQLite)."""
        if self._history is None:
            from app.history import HistoryStore  # noqa: PLC0415 - not before the first paint

            self._history = HistoryStore.open(self.context.paths.history_file)
        return self._history

    def complete(self) -> None:
        """Make what a first paint does not show (once): the tray icon and its menu, the reminders,
        the watcher of the person's catalogue files, and, with the window, the routine list's
        commands and the desktop's wish for still pictures."""
        if self._completed:
            return
        self._completed = True
        history = self.history
        if self._gradual and history.problem is not None:  # the start's other problems were told already
            tell(self.window, history.problem, QMessageBox.Icon.Warning)
        self.recorder.release()
        if self._window is not None:
            self._window.use_history(history)
        from app.qt.adapters.catalogue_watcher import CatalogueWatcher  # noqa: PLC0415 - after the first paint
        from app.qt.companion.platform import platform_sources  # noqa: PLC0415
        from app.qt.reminders import Reminders  # noqa: PLC0415
        from app.qt.tray.icon import Tray  # noqa: PLC0415

        paths, settings = self.context.paths, self.preferences.settings
        tray = self.tray = Tray(
            self.controller, self.catalogue, paths.assets, window_visible=self._window_shown,
            available=self._tray_available(), actions=self.actions, offer_forward=not self.mini_on_top,
        )
        reminders = self.reminders = Reminders(
            self.controller, self.catalogue, settings, self._sources or platform_sources(self), speed=self._speed,
            clock=self._clock, chime=self.player.chime, parent=self,
        )
        self.preferences.abilities = reminders.abilities
        # a hand edit of the person's files reaches every part, as the app's own saves do
        self.catalogue_watcher = CatalogueWatcher(paths.user_catalogue_dir, self)
        self.catalogue_watcher.edited.connect(self.catalogue_edited)
        self._connect_tray(tray)
        self._connect_reminders(reminders, tray)
        if self._window is not None:
            self._window_extras(self._window)

    # -- the main window -----------------------------------------------------------------------

    @property
    def window(self) -> MainWindow:
        """The main window, made the first time it is wanted."""
        return self._window if self._window is not None else self._make_window()

    def _window_shown(self) -> bool:
        return self._window is not None and self._window.isVisible()

    def _make_window(self, *, choosing: bool = True) -> MainWindow:
        from app.qt.window.main_window import MainWindow  # noqa: PLC0415 - a start in the tray may never need it

        settings = self.preferences.settings
        window = self._window = MainWindow(
            self.context, self.controller, speed=self._speed, history=self._history, actions=self.actions,
            choosing=choosing,
        )
        if settings != self.context.settings.settings:  # changed since the start, in the tray
            window.apply_settings(settings)
        window.restore_geometry(settings.window_geometry)
        self._question = ReplaceQuestion(window)
        window.settingsRequested.connect(lambda: self.preferences.edit(window))
        window.miniRequested.connect(self.show_mini)
        window.routineFinished.connect(self._routine_finished)
        window.audioRetryRequested.connect(self.player.retry)
        self.recorder.recorded.connect(window.history_changed)
        self._apply_motion(settings)
        if self.tray is not None and self.tray.available:
            self._join_tray(window)
        if self._completed:  # made after the start: nothing left to wait for
            self._window_extras(window)
        return window

    def _window_extras(self, window: MainWindow) -> None:
        """What the window offers beyond what its first paint shows."""
        from app.qt.companion.motion_preference import SystemMotion  # noqa: PLC0415 - after the first paint
        from app.qt.editor.routine_actions import RoutineActions  # noqa: PLC0415

        self.system_motion = SystemMotion(self)  # asks the desktop; may answer after the first frames
        self.system_motion.changed.connect(lambda _reduces: self._apply_motion(self.preferences.settings))
        self._apply_motion(self.preferences.settings)
        self.routine_actions = RoutineActions(
            window.routineList, window.routineList.selected_routine, lambda: self.catalogue,
            lambda: window.planner.timing, self.context.paths, language=self.context.language,
        )
        self.routine_actions.changed.connect(self.reload_catalogue)
        window.routineList.filesDropped.connect(self.routine_actions.sharing.import_files)

    @property
    def catalogue(self) -> Catalogue:
        return self.context.catalogue.catalogue

    def _load_catalogue(self) -> LoadedCatalogue:
        paths = self.context.paths
        return load_catalogue(paths.builtin_catalogue, paths.catalogue_schema,
                              user_catalogue_files(paths.user_catalogue_dir),
                              language=self.context.language, translations=paths.catalogue_translations)

    def reload_catalogue(self, select: str | None = None) -> None:
        """The app changed the person's catalogue on disk: every part that offers routines sees it now."""
        self._use_catalogue(self._load_catalogue(), select)

    def catalogue_edited(self) -> None:
        """A file of the person's changed by hand: used if it loads; if the edit broke a file, the
        catalogue stays as it was and the person is told once (not at every save of a broken file)."""
        fresh = self._load_catalogue()
        broken = new_problems(fresh, self.context.catalogue)
        if broken:
            if broken != self._told_broken:
                tell(self.window, broken_words(broken), QMessageBox.Icon.Warning)
            self._told_broken = broken
            return
        self._told_broken = ()
        if fresh != self.context.catalogue:
            self._use_catalogue(fresh)

    def _use_catalogue(self, fresh: LoadedCatalogue, select: str | None = None) -> None:
        window = self._window
        plan = window.plan if window is not None else None
        if self.actions.active and plan is not None:  # a routine in progress keeps its plan's stretches
            fresh = replace(fresh, catalogue=keeping(fresh.catalogue, (step.stretch for step in plan.steps)))
        self.context = replace(self.context, catalogue=fresh)
        if window is not None:
            window.use_catalogue(self.context, select)
        for part in (self.tray, self.reminders, self.player, self.mini):
            if part is not None:
                part.set_catalogue(self.catalogue)
        self.catalogueChanged.emit()

    def _connect(self) -> None:
        self.preferences.changed.connect(self._settings_changed)
        self.recorder.problem.connect(lambda message: tell(self.window, message, QMessageBox.Icon.Warning))
        self.player.trouble.connect(self._audio_trouble)
        self.app.aboutToQuit.connect(self.quitting)

    def _connect_tray(self, tray: Tray) -> None:
        if not tray.available:  # no tray here: closing the window ends the routine, as it says
            return
        tray.routineRequested.connect(lambda routine_id: self.ask_for(LaunchRequest(routine_id)))
        tray.showWindowRequested.connect(self.show_main)
        tray.hideWindowRequested.connect(self._hide_main)
        tray.quitRequested.connect(self.app.quit)
        tray.miniForwardRequested.connect(self.bring_mini_forward)
        if self._window is not None:
            self._join_tray(self._window)
        tray.show()

    def _join_tray(self, window: MainWindow) -> None:
        """With a tray icon, closing the window during a routine leaves the routine running there."""
        window.keep_running_in_tray()
        window.hiddenDuringSession.connect(self._tell_about_tray)

    def _connect_reminders(self, reminders: Reminders, tray: Tray) -> None:
        reminders.startRequested.connect(lambda routine_id: self.ask_for(LaunchRequest(routine_id)))
        reminders.settingsRequested.connect(lambda: self.preferences.edit(self._window))
        reminders.problem.connect(lambda message: tell(self.window, message, QMessageBox.Icon.Warning))
        reminders.suggested.connect(lambda routine_id: self.preferences.remember(last_suggested=routine_id))
        reminders.lineChanged.connect(lambda line, paused, on: tray.show_reminders(line, paused=paused, enabled=on))
        reminders.near = tray.place
        reminders.adapter.show_line(tray.available)  # the line is the tray's: without one, no wake for it
        if self._speed == 1.0:  # a sped-up demo's reminders are no one's breaks
            reminders.outcome.connect(lambda outcome: self.recorder.keep_reminder(outcome.value))
        tray.snoozeRequested.connect(reminders.snooze)
        tray.pauseRequested.connect(reminders.pause)
        tray.resumeRequested.connect(reminders.adapter.resume)
        reminders.tell_line()

    def _tray_available(self) -> bool:
        if self._tray_here is None:
            self._tray_here = QSystemTrayIcon.isSystemTrayAvailable()
        return self._tray_here

    def _tell_about_tray(self) -> None:
        if self.preferences.settings.told_about_tray or self.tray is None:
            return
        self.tray.notify(APP_NAME, self.tr("Your routine goes on here. Click the icon to bring the window back."))
        self.preferences.remember(told_about_tray=True)

    def _audio_trouble(self, message: str) -> None:
        window = self.window  # made if need be: its notice says it when the window is next shown
        window.show_audio_trouble(message)
        if not window.isVisible() and self.tray is not None:  # following the routine in the mini timer or the tray
            self.tray.notify(APP_NAME, message)

    def _apply_motion(self, settings: Settings) -> None:
        if self._window is not None:
            from app.presenters.motion import wants_still  # noqa: PLC0415 - loaded with the window

            reduces = self.system_motion is not None and self.system_motion.reduces
            self._window.posePanel.poseView.set_still(wants_still(settings.motion, reduces))

    def _settings_changed(self, settings: Settings) -> None:
        self._apply_motion(settings)
        apply_theme(self.app, settings.theme, self.context.paths.ui / "supple.qss",
                    self.context.paths.assets / "icons")
        self.player.apply_settings(settings)
        if self._window is not None:
            self._window.apply_settings(settings)
        if self.reminders is not None:
            self.reminders.apply_settings(settings)

    def quitting(self) -> None:
        """The app is about to quit: remember where the window was, and end the audio workers."""
        if self._window is not None:  # never made: where it was last time still holds
            self.preferences.remember(window_geometry=self._window.encoded_geometry())
        if self.reminders is not None:
            self.reminders.close()
        self.player.close()

    def problems(self) -> list[str]:
        problems = list(self.context.problems)
        if self._history is not None and self._history.problem is not None:  # else told once it is opened
            problems.append(self._history.problem)
        return problems

    # -- the two windows ---------------------------------------------------------------------

    def _mini_timer(self) -> MiniTimer:
        if self.mini is None:
            from app.qt.mini.mini_timer import MiniTimer  # noqa: PLC0415 - loaded when first wanted

            settings = self.preferences.settings
            self.mini = MiniTimer(
                self.controller, self.catalogue, settings.mini_positions, settings.mini_opacity, actions=self.actions,
                on_top=self.mini_on_top,
            )
            self.mini.showMainWindowRequested.connect(self.show_main)
            self.mini.positionsChanged.connect(lambda places: self.preferences.remember(mini_positions=places))
            self.mini.opacityChanged.connect(lambda percent: self.preferences.remember(mini_opacity=percent))
        return self.mini

    def _pin_advice_once(self, mini: MiniTimer) -> None:
        """Where the mini timer cannot stay on top, how to pin it, said the first time it is shown
        (its menu says it again). After it is shown, so the message is not mapped under it; and
        owned by it: a box with no parent would be deleted with its last Python reference, unseen."""
        if mini.on_top or self.preferences.settings.told_about_on_top:
            return
        mini.tell_how_to_pin()
        self.preferences.remember(told_about_on_top=True)

    def _stop_requested(self) -> None:
        """Stop, from a key, a button or a menu: asked in the main window, wherever it came from."""
        if self.mini is not None and self.mini.isVisible():
            self._stop_from_mini()
        else:
            self.show_main()
            self.window.request_stop()

    def _stop_from_mini(self) -> None:
        # the question comes from the main window, so it must be in front, not under the mini timer;
        # a "no" puts the person back where they were
        self.show_main()
        self.window.request_stop()
        if self.actions.active:
            self.show_mini()

    def show_mini(self) -> None:
        mini = self._mini_timer()
        self.window.hide()
        mini.show()
        mini.raise_()
        mini.activateWindow()
        self._pin_advice_once(mini)

    def bring_mini_forward(self) -> None:
        """From the tray, where the mini timer cannot stay on top: in front of the person's work."""
        self.window.hide()
        mini = self._mini_timer()
        mini.bring_forward()
        self._pin_advice_once(mini)

    def show_main(self) -> None:
        if self.mini is not None:
            self.mini.hide()
        window = self.window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def _hide_main(self) -> None:
        if self._window is not None:
            self._window.hide()

    # -- what a launch asks for --------------------------------------------------------------

    def open(self, routine: str | None, mini: bool, *, at_start: bool = False, background: bool = False) -> None:
        """Start as asked: a routine (maybe in the mini timer), or the main window to choose one;
        at start, only the tray icon if the person asked for that and there is a tray, and no
        window at all in the `background` (what login starts: the reminders wait)."""
        if routine:
            if self._window is None:  # a window for the routine: its list is filled when first shown
                self._make_window(choosing=False)
            self.window.start_routine(routine)
        if mini and routine:
            self.show_mini()
        elif at_start and not routine and (background or self._starts_in_tray()):
            return  # waiting in the tray: the audio engines start with the first routine
        else:
            self.show_main()
            if at_start and not routine and not self.preferences.settings.asked_about_reminders:
                self._ask_about_reminders()
        if at_start and not routine:
            # the person is choosing: start the engines soon, so the first cue is not late, but
            # after the first paint, which they would otherwise slow down
            self._warm_up.start()

    def _ask_about_reminders(self) -> None:
        from app.qt.companion.first_run import ask_about_reminders  # noqa: PLC0415 - asked once in a lifetime

        def answered(yes: bool) -> None:
            self.preferences.apply(self.preferences.settings.replace(reminders_enabled=yes,
                                                                     asked_about_reminders=True))

        ask_about_reminders(self.window, self.preferences.settings.reminder_every_minutes, answered)

    def _starts_in_tray(self) -> bool:
        return self.preferences.settings.start_in_tray and self._tray_available()

    def handed_over(self, arguments: list[str]) -> None:
        """A later launch's arguments; anything unreadable just shows the window."""
        self.ask_for(read_forwarded(arguments) or LaunchRequest())

    def ask_for(self, wanted: LaunchRequest) -> None:
        """A later launch or the tray asked for something: app.launch.route says what to do."""
        decision = route(wanted, Planner(self.catalogue, self.preferences.settings).known, self.actions.active)
        if decision is Decision.NOTHING:  # a login start while Supple already waits in the tray
            return
        if decision is Decision.UNKNOWN:
            self.show_main()
            said = translation.arg(self.tr("There is no routine called '%1'."), wanted.routine)
            tell(self.window, said, QMessageBox.Icon.Warning)
        elif decision is Decision.ASK:
            assert wanted.routine is not None
            in_mini = self.mini is not None and self.mini.isVisible()
            self.show_main()
            name = self.catalogue.routine(wanted.routine).name
            go_on = wait_while_asking(self.controller)  # a later request, while asked, finds it paused
            self._replace_question().ask(name, lambda: self._replace(wanted), lambda: self._kept(in_mini, go_on))
        else:
            self.open(wanted.routine, wanted.mini)

    def _replace_question(self) -> ReplaceQuestion:
        if self._question is None:
            self._question = ReplaceQuestion(self.window)
        return self._question

    def _kept(self, in_mini: bool, go_on: Callable[[], None]) -> None:
        go_on()  # a "no" puts the person back where they were
        if in_mini:
            self.show_mini()

    def _replace(self, wanted: LaunchRequest) -> None:
        self._making_room = True  # this stop is not the end of the person's routine
        try:
            self.controller.stop()
        finally:
            self._making_room = False
        self.open(wanted.routine, wanted.mini)

    def _routine_finished(self, result: SessionResult) -> None:
        if not self._making_room:
            self.routineEnded.emit(result)


def run(context: Context, args: argparse.Namespace) -> int:
    app = make_application()
    # before any window is built: the language is chosen once, at start
    translation.install(context.language)  # the catalogue's texts are in it already
    planner = Planner(context.catalogue.catalogue, context.settings.settings)
    if args.routine and not planner.known(args.routine):
        known = ", ".join(planner.routine_ids())
        print(f"supple: no routine '{args.routine}'. Known routines: {known}", file=sys.stderr)
        return 2
    instance = SingleInstance(instance_address(context.paths.data_dir), app)
    # a scripted run (--exit-when-done) keeps its own window and exit status
    handed = forwarded_arguments(args.routine, args.mini, args.background)
    if not args.exit_when_done and instance.try_hand_over(handed):
        return 0
    if not instance.listen():
        log.warning("a later launch will not be able to reach this window")
    supple = Supple(app, context, args.speed, gradual=True)
    instance.argumentsReceived.connect(supple.handed_over)
    if args.exit_when_done:

        def finished(result: SessionResult) -> None:
            code = 0 if result.state is State.COMPLETE else 1
            # the closing chime and "Routine complete" are part of the routine: let them finish
            supple.player.when_quiet(lambda: app.exit(code), most_seconds=ENDING_SECONDS)

        supple.routineEnded.connect(finished)
    supple.open(args.routine, args.mini, at_start=True, background=args.background)
    problems = supple.problems()
    if problems:  # said from the main window, made for it if the start did not need it
        tell_problems(supple.window, problems)
    # the tray icon, the reminders and the rest once the window is seen (in the background: at once);
    # then the garbage collector held off since the start (app.collector)
    def the_rest() -> None:
        supple.complete()
        collector.release()

    after_first_paint(app, the_rest)
    return app.exec()
