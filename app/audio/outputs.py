"""The two ways cues reach the person, as interfaces: the Qt backends implement them, tests fake them.

Both are allowed to be silent (no audio device, no speech engine); `reason` then says why in words
the settings dialog can show. Silence is never an error: a session runs the same without sound.
"""

from __future__ import annotations

from typing import Protocol

from app.audio.sounds import Sound


class SoundOutput(Protocol):
    @property
    def reason(self) -> str:
        """Why no chime can play, or "" when chimes work."""
        ...

    def play(self, sound: Sound) -> None: ...

    def stop(self) -> None:
        """Silence every chime at once."""
        ...

    def set_volume(self, percent: int) -> None: ...


class SpeechOutput(Protocol):
    @property
    def reason(self) -> str:
        """Why nothing can be spoken, or "" when the voice works."""
        ...

    @property
    def speaking(self) -> bool:
        """A line is being spoken (or was just handed to the engine)."""
        ...

    def say(self, text: str) -> None:
        """Speak `text` now, cutting off any line still being spoken."""
        ...

    def stop(self) -> None:
        """Stop speaking at once."""
        ...

    def voices(self) -> list[str]:
        """The names of the voices a person can choose from."""
        ...

    def configure(self, voice: str, rate: float, volume: int) -> None:
        """Voice name ("" for the default), rate -1..1, volume in percent."""
        ...


class SilentSound:
    """Chimes that never play, e.g. for a window under test or a machine without audio."""

    def __init__(self, reason: str = "Chimes are off.") -> None:
        self.reason = reason

    def play(self, sound: Sound) -> None:
        pass

    def stop(self) -> None:
        pass

    def set_volume(self, percent: int) -> None:
        pass


class SilentSpeech:
    """A voice that never speaks."""

    def __init__(self, reason: str = "The voice is off.") -> None:
        self.reason = reason
        self.speaking = False

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def voices(self) -> list[str]:
        return []

    def configure(self, voice: str, rate: float, volume: int) -> None:
        pass
