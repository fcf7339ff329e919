"""The chime mixer: voices start and end when they should, sum without clipping, stop without a click."""

from __future__ import annotations

from array import array
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from app.audio.mixer import CEILING, FADE_SECONDS, Mixer

RATE = 1000


def samples(block: bytes) -> array[int]:
    return array("h", block)


def test_a_voice_plays_whole_at_its_gain_and_reports_start_and_end() -> None:
    mixer = Mixer(RATE)
    mixer.play(7, array("h", [1000] * 150), 0.5)
    first = mixer.render(100)
    assert (first.started, first.finished) == ([7], [])
    assert set(samples(first.data)) == {500}
    second = mixer.render(100)
    assert (second.started, second.finished) == ([], [7])
    assert list(samples(second.data)) == [500] * 50 + [0] * 50
    assert not mixer.active


def test_overlapping_voices_add_up() -> None:
    mixer = Mixer(RATE)
    mixer.play(1, array("h", [1000] * 10), 1.0)
    mixer.play(2, array("h", [-300] * 5), 1.0)
    assert list(samples(mixer.render(10).data)) == [700] * 5 + [1000] * 5


def test_stop_fades_out_in_a_few_milliseconds_instead_of_cutting() -> None:
    mixer = Mixer(RATE)
    mixer.play(1, array("h", [10000] * 1000), 1.0)
    mixer.render(10)
    mixer.stop()
    block = mixer.render(100)
    faded = samples(block.data)
    fade = round(FADE_SECONDS * RATE)
    assert faded[0] == 10000
    assert all(a >= b for a, b in pairwise(faded))  # only ever quieter: no step, no click
    assert list(faded[fade:]) == [0] * (100 - fade)
    assert block.finished == [1]
    assert not mixer.active


@given(st.lists(st.tuples(st.integers(-32768, 32767), st.floats(0, 1)), min_size=1, max_size=8))
def test_no_sum_of_voices_ever_clips(voices: list[tuple[int, float]]) -> None:
    mixer = Mixer(RATE)
    for ident, (level, gain) in enumerate(voices):
        mixer.play(ident, array("h", [level] * 20), gain)
    block = samples(mixer.render(20).data)
    assert max(map(abs, block)) <= CEILING + 1
