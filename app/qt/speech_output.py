"""Spoken cues through QtTextToSpeech, when the system has a speech engine.

The engine is created on first use, not at start: on Linux that connects to (and may start)
speech-dispatcher, which nobody who keeps the voice off should pay for. Without an engine, or when
it fails to start, this output stays silent and says why.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

# Qt ships a "mock" engine for its own tests; it speaks nothing, so it never counts as a voice.
_NOT_VOICES = frozenset({"mock"})
# After say(), an engine may take a moment to report that it is speaking; until then we assume it is,
# so a minor cue arriving in that moment does not talk over the line just handed over.
HANDOVER_SECONDS = 0.5


def _install_hint() -> str:
    return " On Linux, install speech-dispatcher (sudo apt install speech-dispatcher)." if sys.platform.startswith(
        "linux"
    ) else ""


class QtSpeechOutput(QObject):
    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        """`engine`: a QTextToSpeech engine name; None picks the system's first real one."""
        super().__init__(parent)
        self._engine_name = engine
        self._tts: QTextToSpeech | None = None
        self._reason: str | None = None  # None: not tried yet
        self._handed_at = -HANDOVER_SECONDS
        self._config: tuple[str, float, int] = ("", 0.0, 80)

    # -- the engine, made on first use -------------------------------------------------------

    def _engine(self) -> QTextToSpeech | None:
        if self._reason is None:
            self._reason = self._start()
            if self._tts is not None:
                self._apply_config()
        return self._tts

    def _start(self) -> str:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError as error:
            return f"The voice is off: Qt's text-to-speech support could not be loaded ({error})."
        available = QTextToSpeech.availableEngines()
        engines = [name for name in available if name not in _NOT_VOICES]
        name = self._engine_name or (engines[0] if engines else None)
        if name is None:
            return "The voice is off: no text-to-speech engine is installed." + _install_hint()
        if name not in available:
            return f"The voice is off: the speech engine '{name}' is not installed."
        tts = QTextToSpeech(name, self)
        if tts.state() == QTextToSpeech.State.Error:
            detail = tts.errorString() or "unknown error"
            tts.deleteLater()
            return f"The voice is off: the speech engine '{name}' could not start ({detail})." + _install_hint()
        self._tts = tts
        return ""

    def _apply_config(self) -> None:
        assert self._tts is not None
        voice, rate, volume = self._config
        for candidate in self._tts.availableVoices():
            if candidate.name() == voice:
                self._tts.setVoice(candidate)
                break
        self._tts.setRate(rate)
        self._tts.setVolume(volume / 100)

    # -- SpeechOutput ------------------------------------------------------------------------

    @property
    def reason(self) -> str:
        self._engine()
        return self._reason or ""

    @property
    def speaking(self) -> bool:
        if self._tts is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415 - loaded already by _start

        busy = self._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        return busy or time.monotonic() - self._handed_at < HANDOVER_SECONDS

    def say(self, text: str) -> None:
        tts = self._engine()
        if tts is not None:
            tts.say(text)  # say() itself drops whatever was being read
            self._handed_at = time.monotonic()

    def stop(self) -> None:
        self._handed_at = -HANDOVER_SECONDS
        if self._tts is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415

            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def voices(self) -> list[str]:
        tts = self._engine()
        return [voice.name() for voice in tts.availableVoices()] if tts is not None else []

    def configure(self, voice: str, rate: float, volume: int) -> None:
        self._config = (voice, rate, volume)
        if self._tts is not None:
            self._apply_config()
