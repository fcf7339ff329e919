"""The sound worker reads chime files only in the format they were written in."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from app.qt.audio.sound_worker import read_wav


def test_a_chime_in_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hold.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(b"\0\0\0\0" * 10)
    with pytest.raises(ValueError, match="not 16-bit mono"):
        read_wav(path)
