"""The worker messages: whole lines only, nothing that is not a JSON object, no NaN."""

from __future__ import annotations

import pytest

from app.audio.wire import LineReader, decode, encode


def test_a_message_goes_over_as_one_line_and_back() -> None:
    line = encode({"op": "say", "id": 3, "text": "Hold. Breathe slowly."})
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line) == {"op": "say", "id": 3, "text": "Hold. Breathe slowly."}


def test_messages_split_anywhere_arrive_whole_and_in_order() -> None:
    data = encode({"ev": "started", "id": 1}) + encode({"ev": "done", "id": 1})
    reader = LineReader()
    got = [message for cut in (data[:5], data[5:23], data[23:]) for message in reader.feed(cut)]
    assert got == [{"ev": "started", "id": 1}, {"ev": "done", "id": 1}]


NOISE = [b"QSocketNotifier: Invalid socket 30", b"[1, 2]", b'{"gain": NaN}', b'{"x": Infinity}']


@pytest.mark.parametrize("line", NOISE)
def test_noise_is_dropped_and_counted(line: bytes) -> None:
    reader = LineReader()
    assert reader.feed(line + b"\n" + encode({"ev": "quiet"})) == [{"ev": "quiet"}]
    assert reader.rejected == 1


def test_nan_is_never_sent() -> None:
    with pytest.raises(ValueError, match="not JSON compliant"):
        encode({"gain": float("nan")})
