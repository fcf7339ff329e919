"""Spoken cues, said by the speech worker (app.qt.audio.audio_worker) through QTextToSpeech.

A speech engine can block its caller forever (speech-dispatcher with no sound server does), so it
lives in its own process and this side only sends lines and keeps what the worker reports. The
default voice speaks the language Supple speaks (app.language's choice, installed with the words in
app.i18n), not the process locale's; the voice list is filtered the same way unless asked for every
language. With no voice for it, the worker speaks in one it has and `language_note` says so.
Loudness follows app.audio.policy.voice_level, so the voice sits level with the chimes instead of
peaking at full scale.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QObject

from app import i18n
from app.audio.policy import voice_level
from app.audio.voice_language import missing_voice
from app.audio.wire import Message
from app.i18n import QT_TRANSLATE_NOOP
from app.language import PSEUDO, SOURCE
from app.qt.audio.audio_process import worker_command
from app.qt.audio.worker_output import WorkerOutput

log = logging.getLogger(__name__)

# After say(), the engine takes a moment to report that it is speaking; until then we assume it is,
# so a minor cue arriving in that moment does not talk over the line just handed over.
HANDOVER_SECONDS = 0.5


def app_locale(code: str | None = None) -> QLocale:
    """The locale the voice should speak: that of Supple's language `code` (app.language; by default
    the one whose words are installed), American English for English and the pseudo-locale."""
    chosen = code or i18n.language()
    if chosen in (SOURCE, PSEUDO):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(chosen)


class QtSpeechOutput(WorkerOutput):
    FAILED = QT_TRANSLATE_NOOP("WorkerOutput", "The voice is off: the speech engine stopped responding ({why}).")

    def __init__(
        self, engine: str | None = None, parent: QObject | None = None, *, command: Sequence[str] | None = None,
        clock: Callable[[], float] = time.monotonic, language: str | None = None,
    ) -> None:
        """`engine`: a QTextToSpeech engine name, None for the system's first real one;
        `command` runs another worker program instead of the real one (tests); `language`:
        app.language's code, by default the one whose words are installed (app.i18n)."""
        self.language = language or i18n.language()
        engine_arguments = ["--engine", engine] if engine else []
        command = command or worker_command("speech", "--language", app_locale(self.language).name(),
                                            "--words", self.language, *engine_arguments)
        super().__init__("speech", command, clock, parent)
        self._clock = clock
        self.note = ""  # something worth logging about how the engine was started
        self._voices: list[str] = []  # for the app's language
        self._all_voices: list[str] = []
        self._speaking = False
        self._handed_at = -HANDOVER_SECONDS
        self._config: tuple[str, float, int] = ("", 0.0, 80)
        self.voice_in_use = ""
        self.voice_locale = ""  # the BCP 47 name of the voice's language, as the engine reports it
        self.language_note = ""  # "No German voice is installed, so the voice speaks English."

    @property
    def speaking(self) -> bool:
        if self._reason:
            return False
        return self._speaking or self._clock() - self._handed_at < HANDOVER_SECONDS

    @property
    def busy(self) -> bool:
        return not self._reason and (self._speaking or self.worker.outstanding)

    def say(self, text: str) -> None:
        if self._reason:
            return
        self._handed_at = self._clock()
        self.worker.send({"op": "say", "id": self._new_id(), "text": text}, cue=True)

    def stop(self) -> None:
        self._handed_at = -HANDOVER_SECONDS
        if self.worker.running:
            self.worker.send({"op": "stop"})

    def voices(self, all_languages: bool = False) -> list[str]:
        """The voices for the app's language (all of them with `all_languages`); empty until the
        worker has started (on_change then)."""
        self.worker.start()
        return list(self._all_voices if all_languages else self._voices)

    def configure(self, voice: str, rate: float, volume: int) -> None:
        self._config = (voice, rate, volume)
        if self.worker.ready:
            self._send_config()

    def _send_config(self) -> None:
        voice, rate, volume = self._config
        self.worker.send({"op": "configure", "voice": voice, "rate": rate, "volume": voice_level(volume)})

    def _take(self, message: Message) -> None:
        event = message.get("ev")
        if event == "ready":
            self._reason = str(message.get("reason") or "")
            self.note = str(message.get("note") or "")
            if self.note:
                log.info("voice: %s", self.note)
            self._voices = [str(name) for name in message.get("voices") or []]
            self._all_voices = [str(name) for name in message.get("all_voices") or []]
            missing = str(message.get("missing") or "")
            speaks, speaks_name = str(message.get("speaks") or ""), str(message.get("speaks_name") or "")
            self.language_note = missing_voice(self.language, speaks, speaks_name) if missing else ""
            if not self._reason:
                self._send_config()
            self._tell_changed()
        elif event == "speaking":
            self._speaking = bool(message.get("value"))
        elif event == "voice":
            self.voice_in_use = str(message.get("name") or "")
            self.voice_locale = str(message.get("locale") or "")
        elif event == "failed":
            self._speaking = False

    def _forget(self) -> None:
        self._speaking = False  # the line in flight is lost; the next one is spoken afresh
