"""The sound worker: plays the chimes in its own process (app.qt.audio.audio_worker sound).

Chimes go through one long-lived QAudioSink fed from app.audio.mixer. QSoundEffect is not used: in
Qt 6.11 its real-time engine destroys a finished voice's event notifier on the PulseAudio thread,
which leaves the main thread polling a closed descriptor ("QSocketNotifier: Invalid socket") at
full CPU for good.
"""

from __future__ import annotations

import sys
import wave
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from app import i18n
from app.audio.mixer import Mixer
from app.audio.sounds import Sound, file_name
from app.audio.wire import Message
from app.i18n import Words
from app.qt.audio.worker_channel import Worker, send

if TYPE_CHECKING:
    from PySide6.QtCore import QIODevice
    from PySide6.QtMultimedia import QAudioSink

RATE = 22050  # the chimes' own rate (app.audio.synth); the sound server resamples if it must
BUFFER_SECONDS = 0.12  # what the output holds: short, so a cue sounds when it is due
FEED_MS = 20

# the reasons sent back, in the person's language (audio_worker.py installs it)
SoundReasons = Words("SoundReasons")


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
            reason = SoundReasons.tr("Chimes are off: sound files are missing from %1 (%2).")
            return {"reason": i18n.fill(reason, str(self.folder), ", ".join(missing))}
        try:
            self.sounds = {sound.value: read_wav(self.folder / file_name(sound)) for sound in Sound}
        except (OSError, EOFError, ValueError, wave.Error) as error:
            reason = SoundReasons.tr("Chimes are off: a sound file could not be read (%1).")
            return {"reason": i18n.fill(reason, str(error))}
        return {"reason": self._open()}

    def _open(self) -> str:
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio  # noqa: PLC0415
        except ImportError as error:
            reason = SoundReasons.tr("Chimes are off: Qt's multimedia support could not be loaded (%1).")
            return i18n.fill(reason, str(error))
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return SoundReasons.tr("Chimes are off: no audio output device was found.")
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            reason = SoundReasons.tr("Chimes are off: the audio device '%1' cannot play 16-bit mono sound.")
            return i18n.fill(reason, device.description())
        self.sink = QAudioSink(device, audio_format, self)
        self.sink.setBufferSize(round(BUFFER_SECONDS * RATE) * 2)
        self.device = self.sink.start()
        if self.sink.error() != QtAudio.Error.NoError:
            reason = SoundReasons.tr("Chimes are off: the audio device '%1' could not be opened.")
            return i18n.fill(reason, device.description())
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
