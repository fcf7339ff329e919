"""Audio outputs that play nothing and remember what they were asked to do."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.audio.sounds import Sound


@dataclass
class FakeSound:
    reason: str = ""
    played: list[Sound] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)  # every call in order, for "stop came after" checks
    volume: int = 100

    def play(self, sound: Sound) -> None:
        self.played.append(sound)
        self.calls.append(f"play {sound.value}")

    def stop(self) -> None:
        self.calls.append("stop")

    def set_volume(self, percent: int) -> None:
        self.volume = percent


@dataclass
class FakeSpeech:
    """`speaking` stays as a test sets it: a real engine is speaking for as long as the words take."""

    reason: str = ""
    speaking: bool = False
    said: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    settings: tuple[str, float, int] = ("", 0.0, 100)
    known_voices: list[str] = field(default_factory=lambda: ["Anne", "Bob"])

    def say(self, text: str) -> None:
        self.said.append(text)
        self.calls.append(f"say {text}")

    def stop(self) -> None:
        self.speaking = False
        self.calls.append("stop")

    def voices(self) -> list[str]:
        return list(self.known_voices)

    def configure(self, voice: str, rate: float, volume: int) -> None:
        self.settings = (voice, rate, volume)
