"""Chimes through QtMultimedia: one preloaded QSoundEffect per sound, so a cue plays without delay.

QtMultimedia needs system audio libraries (libpulse on Linux) and an output device; without either,
this output stays silent and says why, and the session runs exactly the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from app.audio.policy import gain
from app.audio.sounds import Sound, file_name

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect


def _no_multimedia(error: ImportError) -> str:
    return f"Chimes are off: Qt's multimedia support could not be loaded ({error})."


class QtSoundOutput(QObject):
    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Sound, QSoundEffect] = {}
        self._reason = self._load(folder)

    @property
    def reason(self) -> str:
        return self._reason

    def _load(self, folder: Path) -> str:
        missing = [name for name in map(file_name, Sound) if not (folder / name).is_file()]
        if missing:
            return f"Chimes are off: sound files are missing from {folder} ({', '.join(missing)})."
        # imported here, not at the top: a missing system library must cost the chimes, not the app
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: PLC0415
        except ImportError as error:
            return _no_multimedia(error)
        if not QMediaDevices.audioOutputs():
            return "Chimes are off: no audio output device was found."
        for sound in Sound:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(folder / file_name(sound))))
            self._effects[sound] = effect
        return ""

    def effect(self, sound: Sound) -> QSoundEffect | None:
        """The effect behind a sound, for checks of real playback; None when silent."""
        return self._effects.get(sound)

    def play(self, sound: Sound) -> None:
        effect = self._effects.get(sound)
        if effect is not None:
            effect.play()

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()

    def set_volume(self, percent: int) -> None:
        for effect in self._effects.values():
            effect.setVolume(gain(percent))
