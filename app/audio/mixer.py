"""Mixes chimes into one stream of 16-bit mono samples: what the sound worker feeds its one
long-lived audio output. Qt-free.

One output for every chime, instead of a player per sound, is what keeps Qt's real-time audio
engine out of the picture (app/ARCHITECTURE.md tells why). Mixing here also means no sum can clip:
a block whose voices add up above the ceiling is scaled down as a whole, and a stop fades out over
a few milliseconds instead of cutting a wave mid-swing, which would click.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

FULL_SCALE = 32767
CEILING = 0.89 * FULL_SCALE  # about -1 dBFS: headroom for the resampling a sound server may do
FADE_SECONDS = 0.012


@dataclass
class _Voice:
    ident: int
    samples: array[int]
    gain: float
    at: int = 0
    fade_left: int | None = None  # samples of fade-out still to play, once stopped
    fade_length: int = 1


@dataclass
class Block:
    """One rendered block: the PCM bytes, and which voices began or ended in it."""

    data: bytes
    started: list[int] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)


class Mixer:
    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._voices: list[_Voice] = []
        self._fade = max(1, round(FADE_SECONDS * rate))

    @property
    def active(self) -> bool:
        return bool(self._voices)

    def play(self, ident: int, samples: array[int], gain: float) -> None:
        """Start `samples` at linear `gain` (0..1) with the next block, over whatever plays."""
        self._voices.append(_Voice(ident, samples, max(0.0, min(1.0, gain))))

    def stop(self) -> None:
        """Fade every voice out quickly; they are gone a few milliseconds later."""
        for voice in self._voices:
            if voice.fade_left is None:
                voice.fade_left = voice.fade_length = min(self._fade, len(voice.samples) - voice.at)

    def render(self, frames: int) -> Block:
        mix = [0.0] * frames
        block = Block(b"")
        for voice in list(self._voices):
            if voice.at == 0:
                block.started.append(voice.ident)
            if self._add(voice, mix):
                self._voices.remove(voice)
                block.finished.append(voice.ident)
        block.data = _to_pcm(mix)
        return block

    def _add(self, voice: _Voice, mix: list[float]) -> bool:
        """Add the voice's next samples into `mix`; True when the voice has ended."""
        length = len(mix)
        if voice.fade_left is not None:
            length = min(length, voice.fade_left)
        chunk = voice.samples[voice.at : voice.at + length]
        gain = voice.gain
        if voice.fade_left is None:
            for n, value in enumerate(chunk):
                mix[n] += value * gain
        else:
            left, total = voice.fade_left, voice.fade_length
            for n, value in enumerate(chunk):
                mix[n] += value * gain * (left - n) / total
            voice.fade_left = left - len(chunk)
        voice.at += len(chunk)
        return voice.at >= len(voice.samples) or voice.fade_left == 0


def _to_pcm(mix: list[float]) -> bytes:
    loudest = max(map(abs, mix), default=0.0)
    scale = CEILING / loudest if loudest > CEILING else 1.0
    return array("h", [round(value * scale) for value in mix]).tobytes()
