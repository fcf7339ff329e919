"""Chimes, played by the sound worker (app.qt.audio.audio_worker) through one long-lived audio output.

This side only sends "play this" and keeps track of what the worker reports; it never loads
QtMultimedia, so neither a missing system library nor a misbehaving sound server can reach the
window. Without a device the chimes stay silent and `reason` says why; the session runs the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from app import i18n
from app.audio.policy import gain
from app.audio.sounds import Sound
from app.audio.wire import Message
from app.i18n import QT_TRANSLATE_NOOP
from app.qt.audio.audio_process import worker_command
from app.qt.audio.worker_output import WorkerOutput


class QtSoundOutput(WorkerOutput):
    FAILED = QT_TRANSLATE_NOOP("WorkerOutput", "Chimes are off: the sound system stopped responding ({why}).")

    def __init__(
        self, folder: Path, parent: QObject | None = None, *, command: Sequence[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`command` runs another worker program instead of the real one (tests)."""
        command = command or worker_command("sound", "--sounds", str(folder), "--words", i18n.language())
        super().__init__("sound", command, clock, parent)
        self._playing: set[int] = set()
        self._draining = False  # the last chime was mixed; the device may still be playing it
        self._volume = gain(70)

    @property
    def busy(self) -> bool:
        return not self._reason and (bool(self._playing) or self._draining or self.worker.outstanding)

    def play(self, sound: Sound) -> None:
        if self._reason:
            return
        ident = self._new_id()
        self._playing.add(ident)
        self.worker.send({"op": "play", "id": ident, "sound": sound.value}, cue=True)

    def stop(self) -> None:
        if self.worker.running:
            self.worker.send({"op": "stop"})

    def set_volume(self, percent: int) -> None:
        self._volume = gain(percent)
        if self.worker.running:
            self.worker.send({"op": "volume", "gain": self._volume})

    def _take(self, message: Message) -> None:
        event = message.get("ev")
        if event == "ready":
            self._reason = str(message.get("reason") or "")
            if not self._reason:
                self.worker.send({"op": "volume", "gain": self._volume})
            self._tell_changed()
        elif event == "done":
            self._playing.discard(message.get("id", -1))
            self._draining = True
        elif event == "quiet":
            self._draining = False

    def _forget(self) -> None:
        self._playing.clear()  # lost with the old worker; the next cue plays on the new one
        self._draining = False
