"""The committed chimes: valid, short, soft, unclipped WAVs that the generator reproduces exactly."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

import pytest

from app.audio import synth
from app.audio.sounds import Sound, file_name, sounds_dir
from app.paths import default_paths

SHIPPED = sounds_dir(default_paths().assets)


def _samples(path: Path) -> tuple[wave._wave_params, array[int]]:
    with wave.open(str(path), "rb") as source:
        params = source.getparams()
        data = array("h", source.readframes(params.nframes))
    return params, data


def test_there_is_one_file_per_sound_and_nothing_else() -> None:
    assert sorted(p.name for p in SHIPPED.iterdir()) == sorted(file_name(s) for s in Sound)


@pytest.mark.parametrize("sound", list(Sound), ids=lambda s: s.value)
def test_each_sound_is_a_short_soft_mono_wav(sound: Sound) -> None:
    params, data = _samples(SHIPPED / file_name(sound))
    assert (params.nchannels, params.sampwidth) == (1, 2)
    assert params.framerate in (22050, 44100)
    assert 0.3 < params.nframes / params.framerate < 1.5
    peak = max(abs(value) for value in data)
    assert 0.2 * 32767 < peak < 0.9 * 32767  # audible, and well below full scale: never clipped
    assert abs(data[0]) < 200 and data[-1] == 0  # starts softly and ends in silence: no click


def test_the_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    written = synth.generate(tmp_path / "sounds")
    assert len(written) == len(Sound)
    for path in written:
        assert path.read_bytes() == (SHIPPED / path.name).read_bytes(), path.name


def test_the_generator_runs_as_a_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert synth.main([str(tmp_path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(Sound)
    assert (tmp_path / "hold.wav").is_file()
