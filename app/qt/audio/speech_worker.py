"""The speech worker: says the spoken cues in its own process (app.qt.audio.audio_worker speech).

QTextToSpeech lives only here: a speech engine can block its caller forever inside its library
(libspeechd with no sound server does), and then only this process stalls.
"""

from __future__ import annotations

import locale
import os
import shutil
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from app import i18n
from app.audio.wire import Message
from app.i18n import Words
from app.qt.audio.worker_channel import Worker, send

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

# Qt ships a "mock" engine for its own tests; it speaks nothing, so it never counts as a voice.
NOT_VOICES = frozenset({"mock"})


# the reasons sent back, in the person's language (audio_worker.py installs it)
SpeechReasons = Words("SpeechReasons")


def usable_locale() -> str:
    """Make sure the speech engine can start under this process's locale; returns a note if not.

    speech-dispatcher refuses to start under a locale that is named but not generated (say
    LANG=en_US.UTF-8 on a minimal system); C.UTF-8 always exists, and the voice's language is
    chosen explicitly anyway."""
    try:
        locale.setlocale(locale.LC_ALL, "")
    except locale.Error:
        wanted = os.environ.get("LC_ALL") or os.environ.get("LANG") or "?"
        os.environ["LC_ALL"] = "C.UTF-8"
        note = SpeechReasons.tr("the locale %1 is not installed on this system, so the voice starts under C.UTF-8")
        return i18n.fill(note, wanted)
    return ""


def install_hint() -> str:
    if sys.platform.startswith("linux") and shutil.which("speech-dispatcher") is None:
        hint = SpeechReasons.tr("On Linux, install speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).")
        return " " + hint
    return ""


class SpeechWorker(Worker):
    def __init__(self, app: QCoreApplication, engine: str | None, language: QLocale) -> None:
        super().__init__(app)
        self.engine = engine
        self.language = language  # the person's
        self.speaks = language  # the voice's: the person's language, or one the engine has instead
        self.tts: QTextToSpeech | None = None
        self.latest = 0  # the id of the line handed over last; "started" reports it

    def start(self) -> dict[str, Any]:
        note = usable_locale()
        reason = self._open()
        if self.tts is None:
            return {"reason": reason, "note": note, "voices": [], "all_voices": []}
        everyone = [voice.name() for voice in self.tts.availableVoices()]
        own = voices_for(self.tts, self.language)
        missing = ""
        if not own:  # never silent: speak in what the engine has, and say so (speech_output.py)
            self.speaks = instead_of(self.tts, self.language)
            own = voices_for(self.tts, self.speaks)
            missing = self.language.bcp47Name()
        self.tts.setLocale(self.speaks)
        return {
            "reason": reason, "note": note, "voices": own, "all_voices": sorted(set(everyone) | set(own)),
            "missing": missing, "speaks": self.speaks.bcp47Name(),
            "speaks_name": QLocale.languageToString(self.speaks.language()),
        }

    def _open(self) -> str:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError as error:
            reason = SpeechReasons.tr("The voice is off: Qt's text-to-speech support could not be loaded (%1).")
            return i18n.fill(reason, str(error))
        available = QTextToSpeech.availableEngines()
        engines = [name for name in available if name not in NOT_VOICES]
        name = self.engine or (engines[0] if engines else None)
        if name is None:
            return SpeechReasons.tr("The voice is off: no text-to-speech engine is installed.") + install_hint()
        if name not in available:
            return i18n.fill(SpeechReasons.tr("The voice is off: the speech engine '%1' is not installed."), name)
        tts = QTextToSpeech(name, self)
        if tts.state() == QTextToSpeech.State.Error:
            detail = tts.errorString() or SpeechReasons.tr("it gave no reason")
            reason = SpeechReasons.tr("The voice is off: the speech engine '%1' could not start (%2).")
            return i18n.fill(reason, name, detail) + install_hint()
        tts.stateChanged.connect(self._state_changed)
        tts.errorOccurred.connect(lambda _reason, text: send(ev="failed", detail=text))
        self.tts = tts
        return ""

    def do_configure(self, message: Message) -> None:
        if self.tts is None:
            return
        wanted = str(message["voice"])
        self.tts.setLocale(self.speaks)  # the default voice is one that speaks the app's language
        voice = pick_voice(self.tts, wanted, self.speaks)
        if voice is not None:
            self.tts.setVoice(voice)
        self.tts.setRate(float(message["rate"]))
        self.tts.setVolume(float(message["volume"]))
        chosen = self.tts.voice()
        send(ev="voice", name=chosen.name(), locale=chosen.locale().bcp47Name(),
             engine_locale=self.tts.locale().bcp47Name())

    def do_say(self, message: Message) -> None:
        if self.tts is None:
            send(ev="done", id=message["id"])  # nothing can speak: never leave a line pending
            return
        self.latest = int(message["id"])
        self.tts.say(str(message["text"]))  # say() drops whatever was being read

    def do_stop(self, message: Message) -> None:
        if self.tts is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415

            self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415

        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        if speaking:
            send(ev="started", id=self.latest)
        send(ev="speaking", value=speaking)


def voices_for(tts: QTextToSpeech, language: QLocale) -> list[str]:
    """Every voice for `language` in any region, plain voices before their variants (espeak names
    those "English (America)+Alex"). The engine lists voices per locale, so ask each of them."""
    names: dict[str, None] = {}
    for where in tts.availableLocales():
        if where.language() == language.language():
            tts.setLocale(where)
            names.update(dict.fromkeys(voice.name() for voice in tts.availableVoices()))
    return sorted(names, key=lambda name: ("+" in name, name))


def instead_of(tts: QTextToSpeech, language: QLocale) -> QLocale:
    """The locale to speak in when the engine has no voice for `language`: American English, any
    English, else the engine's own."""
    english = [where for where in tts.availableLocales() if where.language() == QLocale.Language.English]
    american = [where for where in english if where.territory() == QLocale.Country.UnitedStates]
    return (american or english or [tts.locale()])[0]


# How espeak-ng names some regions, where Qt's territory name differs.
REGION_WORDS = {"United States": ("America",), "United Kingdom": ("Great Britain", "UK")}


def pick_voice(tts: QTextToSpeech, wanted: str, language: QLocale) -> Any:
    """The voice called `wanted`, else a plain voice for `language` named after its region, else the
    first plain one for it; None leaves the engine's choice. The engine's locale must be `language`."""
    voices = tts.availableVoices()
    for voice in voices:
        if voice.name() == wanted:
            return voice
    plain = [voice for voice in voices if "+" not in voice.name()] or voices
    region = QLocale.territoryToString(language.territory())
    words = (region, *REGION_WORDS.get(region, ()))
    for voice in plain:
        if any(word in voice.name() for word in words):
            return voice
    return plain[0] if plain else None
