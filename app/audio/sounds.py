"""The chimes Supple plays, by name, and where their WAV files live. Qt-free."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class Sound(str, Enum):
    POSITION = "position"  # get into position (also the warm-up)
    HOLD = "hold"  # the hold starts
    SWITCH = "switch"  # switch sides
    HALFWAY = "halfway"
    LAST_SECONDS = "last-seconds"
    RELEASE = "release"  # let go of a stretch: the "next up" preview, or easing out after pain
    COMPLETE = "complete"  # the routine is complete
    INHALE = "inhale"  # the breath pacer
    EXHALE = "exhale"


def sounds_dir(assets: Path) -> Path:
    return assets / "sounds"


def file_name(sound: Sound) -> str:
    return f"{sound.value}.wav"

