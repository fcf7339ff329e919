"""The two ways cues reach the person, as interfaces: the Qt backends implement them, tests fake them.

Both are allowed to be silent (no audio device, no speech engine); `reason` then says why in words
the settings dialog can show. Silence is never an error: a session runs the same without sound.

Both may also fail while the app runs (a sound server that stops, a speech engine that hangs);
they then tell whoever asked through `on_trouble`, once, and stay silent until `retry()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from app.audio.sounds import Sound
from app.i18n import Words

Outputs = Words("Outputs")

class Output(Protocol):
    @property
    def reason(self) -> str:
        """Why nothing can be heard from this output, or "" when it works."""
        ...

    @property
    def busy(self) -> bool:
        """Something handed over is still to be heard, or being heard."""
        ...

    def prepare(self) -> None:
        """Get ready to play soon (start the engine), without playing anything."""
        ...

    def on_trouble(self, callback: Callable[[str], None]) -> None:
        """Call `callback(reason)` when the output fails while the app runs."""
        ...

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call `callback()` when `reason` or the voices may read differently."""
        ...

    def retry(self) -> None:
        """After a failure: start again from scratch."""
        ...

    def close(self) -> None:
        """End the engine now, never waiting for it: Supple is quitting."""
        ...


class SoundOutput(Output, Protocol):

    def play(self, sound: Sound) -> None: ...

    def stop(self) -> None:
        """Silence every chime at once."""
        ...

    def set_volume(self, percent: int) -> None: ...


class SpeechOutput(Output, Protocol):
    @property
    def speaking(self) -> bool:
        """A line is being spoken (or was just handed to the engine)."""
        ...

    @property
    def language_note(self) -> str:
        """'' while the voice speaks the person's language; else one sentence saying which it
        speaks instead ("No German voice is installed, so the voice speaks English.")."""
        ...

    def say(self, text: str) -> None:
        """Speak `text` now, cutting off any line still being spoken."""
        ...

    def stop(self) -> None:
        """Stop speaking at once."""
        ...

    def voices(self, all_languages: bool = False) -> list[str]:
        """The names of the voices a person can choose from: those for the app's language, or
        every voice the engine has."""
        ...

    def configure(self, voice: str, rate: float, volume: int) -> None:
        """Voice name ("" for the default), rate -1..1, volume in percent."""
        ...


class _Silent:
    busy = False

    def prepare(self) -> None:
        pass

    def on_trouble(self, callback: Callable[[str], None]) -> None:
        pass

    def on_change(self, callback: Callable[[], None]) -> None:
        pass

    def retry(self) -> None:
        pass

    def close(self) -> None:
        pass


class SilentSound(_Silent):
    """Chimes that never play, e.g. for a window under test or a machine without audio."""

    def __init__(self, reason: str | None = None) -> None:
        self.reason = Outputs.tr("Chimes are off.") if reason is None else reason

    def play(self, sound: Sound) -> None:
        pass

    def stop(self) -> None:
        pass

    def set_volume(self, percent: int) -> None:
        pass


class SilentSpeech(_Silent):
    """A voice that never speaks."""

    def __init__(self, reason: str | None = None) -> None:
        self.reason = Outputs.tr("The voice is off.") if reason is None else reason
        self.speaking = False
        self.language_note = ""

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def voices(self, all_languages: bool = False) -> list[str]:
        return []

    def configure(self, voice: str, rate: float, volume: int) -> None:
        pass
