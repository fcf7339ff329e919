"""Plays a session's cues as chimes and spoken lines, following the session controller's signals.

Every chime and line answers a cue the engine emitted, so the sound can never drift from the
visual timer. What plays is decided Qt-free by app.audio.policy.Guide; this class only listens to
the controller and drives the two outputs. Pausing, stopping or loading another routine silences
both at once.

Both outputs live in worker processes (app.qt.audio.audio_worker), so nothing here can block the window.
When one fails while a routine runs, `trouble` carries one sentence for the window saying what
still works; `retry()` starts the failed ones again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.audio.announce import sample_line
from app.audio.outputs import SoundOutput, SpeechOutput
from app.audio.policy import CueOptions, Guide
from app.audio.sounds import Sound, sounds_dir
from app.catalogue import Catalogue
from app.i18n import Words
from app.paths import default_paths
from app.qt.adapters.session_controller import SessionController
from app.qt.audio.sound_output import QtSoundOutput
from app.qt.audio.speech_output import QtSpeechOutput
from app.session import CueEvent, PhaseStarted, SessionResult, State
from app.settings import Settings

log = logging.getLogger(__name__)

TEST_SOUND = Sound.HOLD
REMINDER_SOUND = Sound.HALFWAY  # the gentlest of the chimes: a reminder asks, it does not call
QUIET_POLL_MS = 50


Trouble = Words("Trouble")


def trouble_text(failed: set[str], sound_on: bool, voice_on: bool) -> str:
    """What the window says when an output has failed: what stopped, and what goes on."""
    # whole sentences, one for each case, so that each language can word it its own way
    if failed == {"sound"}:
        if voice_on:
            return Trouble.tr("The chimes stopped playing, so the routine goes on with the voice only.")
        return Trouble.tr("The chimes stopped playing, so the routine goes on silently.")
    if failed == {"voice"}:
        if sound_on:
            return Trouble.tr("The voice stopped responding, so the routine goes on with chimes only.")
        return Trouble.tr("The voice stopped responding, so the routine goes on silently.")
    return Trouble.tr("Chimes and voice stopped responding, so the routine goes on silently.")


class CuePlayer(QObject):
    trouble = Signal(str)  # an output failed: one sentence for the window
    outputsChanged = Signal()  # an output's reason or voices may read differently
    def __init__(
        self,
        controller: SessionController,
        catalogue: Catalogue,
        settings: Settings,
        sound_output: SoundOutput | None = None,
        speech_output: SpeechOutput | None = None,
        *,
        assets: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Without outputs, the Qt backends are made: chimes from `assets` (the shipped assets by
        default), the voice from the system's speech engine."""
        super().__init__(parent if parent is not None else controller)
        folder = sounds_dir(assets or default_paths().assets)
        self.sound: SoundOutput = sound_output if sound_output is not None else QtSoundOutput(folder, self)
        self.speech: SpeechOutput = speech_output if speech_output is not None else QtSpeechOutput(parent=self)
        self._settings = settings
        self._guide = Guide(catalogue, CueOptions.from_settings(settings))
        self._tried: Settings | None = None  # settings a Test used, until the next cue restores ours
        self._configure(settings)
        self._failed: set[str] = set()
        self.sound.on_trouble(lambda reason: self._output_failed("sound", reason))
        self.speech.on_trouble(lambda reason: self._output_failed("voice", reason))
        self._logged: set[str] = set()
        self.outputsChanged.connect(self._log_reasons)
        self.sound.on_change(self.outputsChanged.emit)
        self.speech.on_change(self.outputsChanged.emit)
        self._told_language = ""  # the voice's language note, once said
        self.speech.on_change(self._tell_language)
        self._quiet_waits: list[tuple[float, Callable[[], None]]] = []
        self._quiet_poll = QTimer(self)
        self._quiet_poll.setInterval(QUIET_POLL_MS)
        self._quiet_poll.timeout.connect(self._check_quiet)
        controller.phaseStarted.connect(self._phase_started)
        controller.cue.connect(self._cue)
        controller.paused.connect(self.silence)
        controller.finished.connect(self._finished)
        controller.stateChanged.connect(self._state_changed)

    @property
    def settings(self) -> Settings:
        return self._settings

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue was reloaded: the next cue names its stretches from it."""
        self._guide.catalogue = catalogue

    def apply_settings(self, settings: Settings) -> None:
        """Take the person's new choices; they apply from the next cue."""
        self._settings = settings
        self._guide.options = CueOptions.from_settings(settings)
        self._configure(settings)
        if not settings.voice_enabled:
            self.speech.stop()
        if not settings.sound_enabled:
            self.sound.stop()

    def reasons(self) -> list[str]:
        """Why the chosen chimes or voice cannot be heard on this computer; empty when all works."""
        wanted: list[tuple[bool, SoundOutput | SpeechOutput]] = [
            (self._settings.sound_enabled, self.sound),
            (self._settings.voice_enabled, self.speech),
        ]
        return [output.reason for enabled, output in wanted if enabled and output.reason]

    def prepare(self) -> None:
        """Start the wanted outputs' engines ahead of the first cue."""
        if self._settings.sound_enabled:
            self.sound.prepare()
        if self._settings.voice_enabled:
            self.speech.prepare()

    def retry(self) -> None:
        """Try the failed outputs again."""
        self._failed.clear()
        self.sound.retry()  # each keeps its settings and gives them to its new worker first
        self.speech.retry()

    def close(self) -> None:
        """End both engines now, without waiting on either (Supple is quitting)."""
        self.sound.close()
        self.speech.close()

    @property
    def busy(self) -> bool:
        """A chime or line handed over is still to be heard."""
        return self.sound.busy or self.speech.busy

    def when_quiet(self, callback: Callable[[], None], most_seconds: float) -> None:
        """Call `callback` once everything handed over has been heard, or after `most_seconds`
        however it stands: a closing line is worth waiting for, a hung engine is not."""
        self._quiet_waits.append((time.monotonic() + most_seconds, callback))
        self._quiet_poll.start()
        self._check_quiet()

    def _check_quiet(self) -> None:
        now, quiet = time.monotonic(), not self.busy
        due = [wait for wait in self._quiet_waits if quiet or now >= wait[0]]
        self._quiet_waits = [wait for wait in self._quiet_waits if wait not in due]
        if not self._quiet_waits:
            self._quiet_poll.stop()
        for _deadline, callback in due:
            callback()

    def _log_reasons(self) -> None:
        for reason in set(self.reasons()) - self._logged:
            log.info("%s", reason)
            self._logged.add(reason)

    def _tell_language(self) -> None:
        """No voice for the person's language: say once, beside the timer, which one speaks instead."""
        note = self.speech.language_note
        if note and note != self._told_language and self._settings.voice_enabled:
            self._told_language = note
            self.trouble.emit(note)

    def _output_failed(self, which: str, reason: str) -> None:
        self._failed.add(which)  # the worker's watchdog has logged why; the reason is logged on change
        self.trouble.emit(trouble_text(self._failed, self._settings.sound_enabled, self._settings.voice_enabled))

    def test(self, settings: Settings) -> None:
        """Play a chime and speak a sample line with `settings` (say, from an unsaved dialog)."""
        self._configure(settings)
        self._tried = settings
        if settings.sound_enabled:
            self.sound.play(TEST_SOUND)
        if settings.voice_enabled:
            self.speech.say(sample_line())

    def chime(self) -> None:
        """One soft chime, if the person has sound on (a reminder, outside any routine)."""
        if self._settings.sound_enabled:
            self.sound.play(REMINDER_SOUND)

    def silence(self) -> None:
        """Stop every chime and the voice at once."""
        self.sound.stop()
        self.speech.stop()

    # -- following the controller ------------------------------------------------------------

    def _configure(self, settings: Settings) -> None:
        self.sound.set_volume(settings.sound_volume)
        self.speech.configure(settings.voice_name, settings.voice_rate, settings.voice_volume)

    def _phase_started(self, event: PhaseStarted) -> None:
        self._guide.phase_started(event.phase.kind)

    def _cue(self, event: CueEvent) -> None:
        if self._tried is not None:
            self._tried = None
            self._configure(self._settings)
        playback = self._guide.cue(event, self.speech.speaking)
        if playback is None:
            return
        if playback.sound is not None:
            self.sound.play(playback.sound)
        if playback.text is not None:
            self.speech.say(playback.text)

    def _finished(self, result: SessionResult) -> None:
        # a completed routine keeps its closing chime and words; a stopped one goes quiet at once
        if result.state is State.STOPPED:
            self.silence()

    def _state_changed(self, state: State) -> None:
        if state is State.READY:  # a routine was loaded: its first cue is close
            self.silence()
            self._guide.reset()
            self.prepare()
