"""Synthesise Supple's chimes into WAV files with nothing but the standard library.

    python -m app.audio.synth [FOLDER]    # default: assets/sounds in the source tree

Each chime is a few struck notes, every note a handful of bell-like partials under a soft attack and
an exponential decay; the breath tones are gliding sines that swell and fade like a breath. The
output is deterministic (no randomness, no timestamps), so a test can render the set again and
compare it byte for byte with the committed files.
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.audio.sounds import Sound, file_name, sounds_dir
from app.paths import default_paths

RATE = 22050  # Hz, mono, 16-bit: plenty for soft chimes and keeps each file small
FULL_SCALE = 32767
SOFT_PEAK = 0.5  # about -6 dBFS: gentle, and far from clipping
QUIET_PEAK = 0.32  # the optional, minor cues sit below the main ones
ATTACK = 0.008  # seconds; a hard zero-time attack would click
FADE_OUT = 0.04  # seconds; every file ends in silence so nothing clicks when it stops


@dataclass(frozen=True)
class Partial:
    ratio: float  # of the note's pitch
    level: float
    decay: float  # per second: higher partials die away sooner, which is what makes it a bell


# Nearly harmonic partials give a soft glass-bowl bell; a church bell's inharmonic ones sound harsh.
BELL = (
    Partial(1.0, 1.0, 2.6),
    Partial(2.0, 0.28, 4.5),
    Partial(3.01, 0.10, 7.0),
    Partial(4.17, 0.04, 11.0),
)


@dataclass(frozen=True)
class Strike:
    at: float  # seconds into the sound
    pitch: float  # Hz
    level: float = 1.0


@dataclass(frozen=True)
class Glide:
    """A breath tone: the pitch slides from `start` to `end`, the loudness peaks at `crest` (0..1)."""

    start: float
    end: float
    crest: float


@dataclass(frozen=True)
class Design:
    seconds: float
    strikes: tuple[Strike, ...] = ()
    glide: Glide | None = None
    peak: float = SOFT_PEAK


# Pitches of a C major pentatonic scale around C5: any two of them sound calm together.
G4, A4, C5, D5, E5, G5, A5, C6, E6 = 392.0, 440.0, 523.25, 587.33, 659.26, 783.99, 880.0, 1046.5, 1318.5

DESIGNS: dict[Sound, Design] = {
    Sound.POSITION: Design(1.2, (Strike(0.0, G4, 0.8), Strike(0.22, C5))),  # rising: get ready
    Sound.HOLD: Design(1.3, (Strike(0.0, C5), Strike(0.0, G5, 0.35))),  # one full bell: begin
    Sound.SWITCH: Design(1.2, (Strike(0.0, E5), Strike(0.18, C5), Strike(0.36, E5, 0.8))),
    Sound.HALFWAY: Design(0.6, (Strike(0.0, E6, 0.7),), peak=QUIET_PEAK),
    Sound.LAST_SECONDS: Design(0.9, (Strike(0.0, A5), Strike(0.16, A5), Strike(0.32, A5)), peak=QUIET_PEAK),
    Sound.RELEASE: Design(1.3, (Strike(0.0, C5), Strike(0.24, G4, 0.9))),  # falling: let go
    Sound.COMPLETE: Design(
        1.45, (Strike(0.0, C5), Strike(0.14, E5), Strike(0.28, G5), Strike(0.42, C6, 0.9))
    ),
    Sound.INHALE: Design(1.4, glide=Glide(A4 * 0.75, C5 * 0.75, crest=0.7), peak=QUIET_PEAK),
    Sound.EXHALE: Design(1.4, glide=Glide(C5 * 0.75, A4 * 0.75, crest=0.3), peak=QUIET_PEAK),
}


def _attack(t: float) -> float:
    """A raised-cosine onset: smooth from silence to full in ATTACK seconds."""
    return 0.5 - 0.5 * math.cos(math.pi * t / ATTACK) if t < ATTACK else 1.0


def _add_strike(buffer: list[float], strike: Strike) -> None:
    first = round(strike.at * RATE)
    for n in range(first, len(buffer)):
        t = (n - first) / RATE
        ring = sum(p.level * math.exp(-p.decay * t) * math.sin(2 * math.pi * strike.pitch * p.ratio * t) for p in BELL)
        buffer[n] += strike.level * _attack(t) * ring


def _add_glide(buffer: list[float], glide: Glide) -> None:
    # the loudness is sin² of a warped time axis whose midpoint falls on the crest
    warp = math.log(0.5) / math.log(glide.crest)
    phase = 0.0
    for n in range(len(buffer)):
        x = n / len(buffer)
        pitch = glide.start + (glide.end - glide.start) * x
        phase += 2 * math.pi * pitch / RATE
        swell = math.sin(math.pi * x**warp) ** 2
        buffer[n] += swell * (math.sin(phase) + 0.18 * math.sin(2 * phase))


def _fade_out(buffer: list[float]) -> None:
    length = round(FADE_OUT * RATE)
    for k in range(1, min(length, len(buffer)) + 1):
        buffer[-k] *= (k - 1) / length


def render(design: Design) -> array[int]:
    """The design as 16-bit samples, scaled so its loudest sample sits at `design.peak`."""
    buffer = [0.0] * round(design.seconds * RATE)
    for strike in design.strikes:
        _add_strike(buffer, strike)
    if design.glide is not None:
        _add_glide(buffer, design.glide)
    _fade_out(buffer)
    loudest = max(abs(value) for value in buffer) or 1.0
    gain = design.peak * FULL_SCALE / loudest
    return array("h", (round(value * gain) for value in buffer))


def write_wav(path: Path, samples: array[int]) -> None:
    if sys.byteorder == "big":  # WAV data is little-endian
        samples = array("h", samples)
        samples.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())


def generate(folder: Path) -> list[Path]:
    """Write every sound into `folder` (made if missing); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for sound, design in DESIGNS.items():
        path = folder / file_name(sound)
        write_wav(path, render(design))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.audio.synth", description="Write Supple's chimes as WAVs.")
    default = sounds_dir(default_paths().assets)
    parser.add_argument("folder", nargs="?", type=Path, default=default, help=f"where to write (default: {default})")
    args = parser.parse_args(argv)
    for path in generate(args.folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
