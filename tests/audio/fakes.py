"""Audio outputs that play nothing and remember what they were asked to do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.audio.sounds import Sound


@dataclass
class FakeOutput:
    """What both outputs share: `fail()` plays a failure while the app runs."""

    reason: str = ""
    busy: bool = False
    calls: list[str] = field(default_factory=list)  # every call in order, for "stop came after" checks
    troubles: list[Callable[[str], None]] = field(default_factory=list)
    changes: list[Callable[[], None]] = field(default_factory=list)

    def prepare(self) -> None:
        self.calls.append("prepare")

    def on_trouble(self, callback: Callable[[str], None]) -> None:
        self.troubles.append(callback)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.changes.append(callback)

    def retry(self) -> None:
        self.calls.append("retry")
        self.reason = ""

    def close(self) -> None:
        self.calls.append("close")

    def fail(self, reason: str) -> None:
        self.reason = reason
        for callback in self.troubles:
            callback(reason)
        for changed in self.changes:
            changed()


@dataclass
class FakeSound(FakeOutput):
    played: list[Sound] = field(default_factory=list)
    volume: int = 100

    def play(self, sound: Sound) -> None:
        self.played.append(sound)
        self.calls.append(f"play {sound.value}")

    def stop(self) -> None:
        self.calls.append("stop")

    def set_volume(self, percent: int) -> None:
        self.volume = percent


@dataclass
class FakeSpeech(FakeOutput):
    """`speaking` stays as a test sets it: a real engine is speaking for as long as the words take."""

    speaking: bool = False
    said: list[str] = field(default_factory=list)
    settings: tuple[str, float, int] = ("", 0.0, 100)
    known_voices: list[str] = field(default_factory=lambda: ["Anne", "Bob"])
    other_languages: list[str] = field(default_factory=lambda: ["Bishnupriya Manipuri"])
    language_note: str = ""

    def say(self, text: str) -> None:
        self.said.append(text)
        self.calls.append(f"say {text}")

    def stop(self) -> None:
        self.speaking = False
        self.calls.append("stop")

    def voices(self, all_languages: bool = False) -> list[str]:
        return self.known_voices + (self.other_languages if all_languages else [])

    def configure(self, voice: str, rate: float, volume: int) -> None:
        self.settings = (voice, rate, volume)
