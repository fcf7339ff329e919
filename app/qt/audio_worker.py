"""The sound and speech workers: small child processes that own the audio outputs.

    python -m app.qt.audio_worker sound --sounds DIR
    python -m app.qt.audio_worker speech [--engine NAME]

Supple's window never touches QtMultimedia or QtTextToSpeech itself. Each worker runs its own Qt
event loop, reads commands from stdin and reports on stdout (app.audio.wire), so a sound server
that floods, or a speech engine that blocks forever inside its library, can stall only the worker;
the window's watchdog (app.qt.audio_process) then kills it and carries on without it. A worker
quits when stdin closes, so it never outlives Supple.

Chimes go through one long-lived QAudioSink fed from app.audio.mixer. QSoundEffect is not used: in
Qt 6.11 its real-time engine destroys a finished voice's event notifier on the PulseAudio thread,
which leaves the main thread polling a closed descriptor ("QSocketNotifier: Invalid socket") at
full CPU for good.
"""

from __future__ import annotations

import argparse
import locale
import os
import shutil
import sys
import threading
import wave
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal, Slot

from app.audio.mixer import Mixer
from app.audio.sounds import Sound, file_name
from app.audio.wire import LineReader, Message, encode

if TYPE_CHECKING:
    from PySide6.QtCore import QIODevice
    from PySide6.QtMultimedia import QAudioSink
    from PySide6.QtTextToSpeech import QTextToSpeech

RATE = 22050  # the chimes' own rate (app.audio.synth); the sound server resamples if it must
BUFFER_SECONDS = 0.12  # what the output holds: short, so a cue sounds when it is due
FEED_MS = 20
# Qt ships a "mock" engine for its own tests; it speaks nothing, so it never counts as a voice.
NOT_VOICES = frozenset({"mock"})


class Channel(QObject):
    """Commands from stdin, read on a plain thread and delivered to the worker's event loop."""

    received = Signal(dict)
    closed = Signal()

    def start(self) -> None:
        threading.Thread(target=self._read, name="stdin", daemon=True).start()

    def _read(self) -> None:
        reader = LineReader()
        stream = sys.stdin.buffer
        while chunk := stream.readline():
            for message in reader.feed(chunk):
                self.received.emit(message)
        self.closed.emit()


def send(**message: Any) -> None:
    sys.stdout.buffer.write(encode(message))
    sys.stdout.buffer.flush()


class Worker(QObject):
    """What both workers share: commands in, an acknowledgement for each once it is handled."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.channel = Channel(self)
        self.channel.received.connect(self._handle, Qt.ConnectionType.QueuedConnection)
        self.channel.closed.connect(app.quit, Qt.ConnectionType.QueuedConnection)

    def run(self) -> None:
        send(ev="ready", **self.start())
        self.channel.start()

    def start(self) -> dict[str, Any]:
        raise NotImplementedError

    @Slot(dict)
    def _handle(self, message: Message) -> None:
        handler = getattr(self, f"do_{message.get('op')}", None)
        if handler is not None:
            try:
                handler(message)
            except (KeyError, TypeError, ValueError) as error:  # a malformed command, not a crash
                send(ev="error", detail=f"{message.get('op')}: {error}")
        send(ev="ack", seq=message.get("seq"))


# -- chimes ---------------------------------------------------------------------------------


def read_wav(path: Path) -> array[int]:
    with wave.open(str(path), "rb") as source:
        if (source.getnchannels(), source.getsampwidth(), source.getframerate()) != (1, 2, RATE):
            raise ValueError(f"{path.name} is not 16-bit mono at {RATE} Hz")
        samples = array("h", source.readframes(source.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


class SoundWorker(Worker):
    def __init__(self, app: QCoreApplication, folder: Path) -> None:
        super().__init__(app)
        self.folder = folder
        self.mixer = Mixer(RATE)
        self.sounds: dict[str, array[int]] = {}
        self.gain = 0.5
        self.sink: QAudioSink | None = None
        self.device: QIODevice | None = None
        self.feed = QTimer(self)
        self.feed.setTimerType(Qt.TimerType.PreciseTimer)
        self.feed.setInterval(FEED_MS)
        self.feed.timeout.connect(self._feed)

    def start(self) -> dict[str, Any]:
        missing = [name for name in map(file_name, Sound) if not (self.folder / name).is_file()]
        if missing:
            return {"reason": f"Chimes are off: sound files are missing from {self.folder} ({', '.join(missing)})."}
        try:
            self.sounds = {sound.value: read_wav(self.folder / file_name(sound)) for sound in Sound}
        except (OSError, EOFError, ValueError, wave.Error) as error:
            return {"reason": f"Chimes are off: a sound file could not be read ({error})."}
        return {"reason": self._open()}

    def _open(self) -> str:
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio  # noqa: PLC0415
        except ImportError as error:
            return f"Chimes are off: Qt's multimedia support could not be loaded ({error})."
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return "Chimes are off: no audio output device was found."
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            return f"Chimes are off: the audio device '{device.description()}' cannot play 16-bit mono sound."
        self.sink = QAudioSink(device, audio_format, self)
        self.sink.setBufferSize(round(BUFFER_SECONDS * RATE) * 2)
        self.device = self.sink.start()
        if self.sink.error() != QtAudio.Error.NoError:
            return f"Chimes are off: the audio device '{device.description()}' could not be opened."
        return ""

    def do_play(self, message: Message) -> None:
        samples = self.sounds.get(message["sound"])
        if samples is None or self.sink is None:
            send(ev="done", id=message["id"])  # nothing to play: never leave a cue pending
            return
        self.mixer.play(int(message["id"]), samples, self.gain)
        self._feed()  # at once, not at the next tick: a cue sounds when it is due
        self.feed.start()

    def do_stop(self, message: Message) -> None:
        self.mixer.stop()

    def do_volume(self, message: Message) -> None:
        self.gain = float(message["gain"])

    def _feed(self) -> None:
        assert self.sink is not None and self.device is not None
        frames = self.sink.bytesFree() // 2
        if frames > 0 and self.mixer.active:
            block = self.mixer.render(frames)
            self.device.write(block.data)
            for ident in block.started:
                send(ev="started", id=ident)
            for ident in block.finished:
                send(ev="done", id=ident)
        if not self.mixer.active and self.sink.bytesFree() >= self.sink.bufferSize():
            self.feed.stop()  # every written sample has been played: no wake-ups until the next cue
            send(ev="quiet")


# -- the voice ------------------------------------------------------------------------------


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
        return f"the locale {wanted} is not installed on this system, so the voice starts under C.UTF-8"
    return ""


def install_hint() -> str:
    if sys.platform.startswith("linux") and shutil.which("speech-dispatcher") is None:
        return " On Linux, install speech-dispatcher (sudo apt install speech-dispatcher espeak-ng)."
    return ""


class SpeechWorker(Worker):
    def __init__(self, app: QCoreApplication, engine: str | None, language: QLocale) -> None:
        super().__init__(app)
        self.engine = engine
        self.language = language
        self.tts: QTextToSpeech | None = None
        self.latest = 0  # the id of the line handed over last; "started" reports it

    def start(self) -> dict[str, Any]:
        note = usable_locale()
        reason = self._open()
        if self.tts is None:
            return {"reason": reason, "note": note, "voices": [], "all_voices": []}
        everyone = [voice.name() for voice in self.tts.availableVoices()]
        own = voices_for(self.tts, self.language)
        self.tts.setLocale(self.language)
        return {"reason": reason, "note": note, "voices": own, "all_voices": sorted(set(everyone) | set(own))}

    def _open(self) -> str:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError as error:
            return f"The voice is off: Qt's text-to-speech support could not be loaded ({error})."
        available = QTextToSpeech.availableEngines()
        engines = [name for name in available if name not in NOT_VOICES]
        name = self.engine or (engines[0] if engines else None)
        if name is None:
            return "The voice is off: no text-to-speech engine is installed." + install_hint()
        if name not in available:
            return f"The voice is off: the speech engine '{name}' is not installed."
        tts = QTextToSpeech(name, self)
        if tts.state() == QTextToSpeech.State.Error:
            detail = tts.errorString() or "it gave no reason"
            return f"The voice is off: the speech engine '{name}' could not start ({detail})." + install_hint()
        tts.stateChanged.connect(self._state_changed)
        tts.errorOccurred.connect(lambda _reason, text: send(ev="failed", detail=text))
        self.tts = tts
        return ""

    def do_configure(self, message: Message) -> None:
        if self.tts is None:
            return
        wanted = str(message["voice"])
        self.tts.setLocale(self.language)  # the default voice is one that speaks the app's language
        voice = pick_voice(self.tts, wanted, self.language)
        if voice is not None:
            self.tts.setVoice(voice)
        self.tts.setRate(float(message["rate"]))
        self.tts.setVolume(float(message["volume"]))
        send(ev="voice", name=self.tts.voice().name())

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.qt.audio_worker")
    parser.add_argument("role", choices=["sound", "speech"])
    parser.add_argument("--sounds", type=Path, help="the folder of chime WAVs (sound)")
    parser.add_argument("--engine", help="a QTextToSpeech engine name (speech)")
    parser.add_argument("--language", default="en_US", help="the locale the default voice speaks (speech)")
    args = parser.parse_args(argv)
    app = QCoreApplication(sys.argv[:1])
    if args.role == "sound":
        if args.sounds is None:
            parser.error("sound needs --sounds")
        worker: Worker = SoundWorker(app, args.sounds)
    else:
        worker = SpeechWorker(app, args.engine, QLocale(args.language))
    worker.run()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
