"""The strict JSON reader every person's file and message goes through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import strict_json
from app.strict_json import FileRefusedError, JsonRefusedError


@pytest.mark.parametrize("text", ['{"a": NaN}', '[Infinity]', '{"a": -Infinity}'])
def test_nan_and_infinity_are_refused(text: str) -> None:
    with pytest.raises(JsonRefusedError, match="not a number JSON allows"):
        strict_json.loads(text)


@pytest.mark.parametrize("text", ["[1e400]", '{"a": -1e999}', "[1" + "0" * 400 + ".5]"])
def test_a_number_too_big_for_a_float_is_refused(text: str) -> None:
    # Python reads these as inf without asking parse_constant, and inf breaks int() like NaN does
    with pytest.raises(JsonRefusedError, match="too big"):
        strict_json.loads(text)


def test_a_whole_number_with_thousands_of_digits_is_refused_as_json() -> None:
    # past 4,300 digits Python's int() raises a bare ValueError from inside the parser
    with pytest.raises(JsonRefusedError, match="more than 100 digits"):
        strict_json.loads("[" + "9" * 5_000 + "]")


def test_a_refused_number_names_its_place() -> None:
    text = '{\n  "a": "NaN",\n  "b": [1, NaN]\n}'
    with pytest.raises(JsonRefusedError) as caught:
        strict_json.loads(text)
    assert caught.value.where == "line 3, column 12"
    with pytest.raises(JsonRefusedError) as caught:
        strict_json.loads('{"a": 1e400, "b": 2}')
    assert caught.value.where == "line 1, column 7"


def test_a_long_repeated_key_is_quoted_short() -> None:
    key = "k" * 100_000
    with pytest.raises(JsonRefusedError) as caught:
        strict_json.loads(f'{{"{key}": 1, "{key}": 2}}')
    assert "(100,000 characters)" in caught.value.reason
    assert len(caught.value.reason) < 150


@pytest.mark.parametrize(
    ("text", "where"),
    [('{"name": "My \\ud800 break"}', "line 1, column 14"), ('[\n "x", "\\udc00"]', "line 2, column 8"),
     ('["ok", "\\ud83d\\ude00 \\ud83d"]', "line 1, column 22")],
)
def test_a_lone_surrogate_is_refused_at_its_place(text: str, where: str) -> None:
    # it is no character: printing it (supple routines) or storing it (the history) raises
    with pytest.raises(JsonRefusedError, match="half of a character") as caught:
        strict_json.loads(text)
    assert caught.value.where == where


def test_a_pair_of_surrogates_and_an_escaped_backslash_are_text() -> None:
    assert strict_json.loads('["\\ud83d\\ude00", "\\\\ud800"]') == ["\U0001f600", "\\ud800"]


def test_a_repeated_key_is_refused() -> None:
    with pytest.raises(JsonRefusedError, match="'a' appears twice"):
        strict_json.loads('{"a": 1, "a": 2}')


def test_deep_nesting_is_refused_without_recursing() -> None:
    with pytest.raises(JsonRefusedError, match="nested more than 64"):
        strict_json.loads("[" * 30_000 + "]" * 30_000)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = '{"a": "' + "[" * 500 + '\\"{"}'
    assert strict_json.loads(text) == {"a": "[" * 500 + '"{'}


def test_a_syntax_error_names_its_place() -> None:
    with pytest.raises(JsonRefusedError) as caught:
        strict_json.loads('{\n  "a": 1,\n}')
    assert caught.value.where == "line 3, column 1"


def test_bytes_that_are_not_utf8_are_refused() -> None:
    with pytest.raises(JsonRefusedError, match="not UTF-8"):
        strict_json.loads(b'{"a": "\xff"}')


def test_ordinary_json_reads_as_json() -> None:
    assert strict_json.loads(b'{"a": [1, 2.5, "x", null, true]}') == {"a": [1, 2.5, "x", None, True]}


def test_a_regular_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"{}")
    assert strict_json.read_regular_file(path, 10) == b"{}"


def test_a_missing_file_stays_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        strict_json.read_regular_file(tmp_path / "nothing.json", 10)


def test_an_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 11)
    with pytest.raises(FileRefusedError, match="more than the 10"):
        strict_json.read_regular_file(path, 10)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    with pytest.raises(FileRefusedError, match="named pipe"):
        strict_json.read_regular_file(path, 10)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises((FileRefusedError, PermissionError)):
        strict_json.read_regular_file(tmp_path, 10)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused() -> None:
    with pytest.raises(FileRefusedError, match="a device"):
        strict_json.read_regular_file(Path("/dev/zero"), 10)


def test_a_symlink_loop_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(FileRefusedError, match="loop"):
        strict_json.read_regular_file(loop, 10)
