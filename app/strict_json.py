"""JSON as Supple reads it from anything it did not write itself this minute. Qt-free.

Python's `json` accepts NaN and Infinity (not JSON, and poison for every `int()` and comparison
after it), reads 1e400 as Infinity too, raises a bare ValueError for a whole number of thousands of
digits, lets a repeated key silently replace the first, recurses once per bracket (a file nested
thirty thousand deep raises RecursionError), and `Path.read_bytes` follows a FIFO or `/dev/zero`
for ever. Every reader of a person's file, a settings file or a message goes through here instead,
so each of those is refused once, in one place, with words a person can act on.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any

from app.excerpt import excerpt

MAX_DEPTH = 64  # our deepest document (a catalogue) nests 6; 64 is generous and far from recursion
MAX_DIGITS = 100  # a whole number longer than this is a mistake, and int() slows (then fails) on it
_OPENERS = frozenset(b"[{")
_CLOSERS = frozenset(b"]}")


class JsonRefusedError(ValueError):
    """The bytes are not JSON Supple will use. `where` is a place ("line 3, column 5") or ""."""

    def __init__(self, reason: str, where: str = "") -> None:
        super().__init__(f"{where}: {reason}" if where else reason)
        self.reason = reason
        self.where = where


class FileRefusedError(OSError):
    """The path cannot be read as a regular file of a sensible size; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _RefusedTokenError(JsonRefusedError):
    """A number refused while parsing; `loads` finds where `token` stands and says so."""

    def __init__(self, reason: str, token: str) -> None:
        super().__init__(reason)
        self.token = token


def _refuse_constant(constant: str) -> Any:
    raise _RefusedTokenError(f"{constant} is not a number JSON allows", constant)


def _finite_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise _RefusedTokenError(f"{excerpt(token)} is a number too big to use", token)
    return value


def _bounded_int(token: str) -> int:
    if len(token.lstrip("-")) > MAX_DIGITS:
        raise _RefusedTokenError(f"a whole number with more than {MAX_DIGITS} digits", token)
    return int(token)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefusedError(f"the key {excerpt(key)} appears twice in one object")
        result[key] = value
    return result


# An escaped backslash, a surrogate pair, or half of one, scanned left to right so that an escaped
# backslash followed by the letters "ud800" is not mistaken for an escape.
_SURROGATE_ESCAPES = re.compile(
    r"\\\\|\\u[dD][89abAB][0-9a-fA-F]{2}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
_LONE_ESCAPE = len(r"\ud800")


def _refuse_lone_surrogates(text: str) -> None:
    """JSON lets a string escape half of a surrogate pair ("\\ud800"); Python keeps it as a code
    point that is no character, and printing or storing it later raises UnicodeEncodeError."""
    if "\\u" not in text:
        return
    for found in _SURROGATE_ESCAPES.finditer(text):
        if len(found.group()) == _LONE_ESCAPE:
            where = _line_and_column(text, found.start())
            raise JsonRefusedError(f"{found.group()} is half of a character, not text", where)


def _line_and_column(text: str, index: int) -> str:
    line, column = text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)
    return f"line {line}, column {column}"


def _place_of(text: str, token: str) -> str:
    """Where `token` first stands as a value, outside any string: "line 3, column 12".

    Called only once parsing has refused that token, so the first such place is the one refused;
    a regular expression skips the strings, keeping this one linear pass in C."""
    value = re.escape(token)
    pattern = re.compile(rf'"[^"\\]*(?:\\.[^"\\]*)*"|(?<![\w.+-])({value})(?![\w.+-])', re.DOTALL)
    for found in pattern.finditer(text):
        if found.group(1) is not None:
            return _line_and_column(text, found.start(1))
    return ""


def nesting_depth(data: bytes) -> int:
    """The deepest bracket nesting outside strings, in one linear pass (no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        elif byte in _CLOSERS:
            depth -= 1
    return deepest


def loads(data: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse strict JSON: no NaN, Infinity or numbers beyond a float, no repeated keys, no half
    characters (lone surrogates), at most `max_depth` brackets deep.
    Raises JsonRefusedError (a ValueError) with the reason and, for syntax errors, the place."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if nesting_depth(raw) > max_depth:
        raise JsonRefusedError(f"nested more than {max_depth} levels deep")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JsonRefusedError(f"not UTF-8 text (byte {error.start})") from None
    try:
        document = json.loads(
            text, parse_constant=_refuse_constant, parse_float=_finite_float, parse_int=_bounded_int,
            object_pairs_hook=_no_duplicate_keys,
        )
    except _RefusedTokenError as error:
        raise JsonRefusedError(error.reason, _place_of(text, error.token)) from None
    except json.JSONDecodeError as error:
        raise JsonRefusedError(f"not valid JSON: {error.msg}", f"line {error.lineno}, column {error.colno}") from None
    except RecursionError:  # unreachable after the depth check; kept so no input can escape as one
        raise JsonRefusedError("nested too deeply") from None
    _refuse_lone_surrogates(text)
    return document


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path` if it is a regular file (after symlinks) of at most `limit` bytes.

    FileNotFoundError passes through unchanged (callers treat a missing file as "not there yet").
    A FIFO, device, socket, directory, symlink loop or an oversized file raises FileRefusedError without
    blocking: the file is opened non-blocking and checked through its descriptor, so nothing can
    swap it between the check and the read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise FileRefusedError("it is a symbolic link that points in a loop") from None
        raise
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
        os.close(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise FileRefusedError(f"it is {_kind(status.st_mode)}, not a regular file")
        raise FileRefusedError(f"it is {status.st_size:,} bytes, more than the {limit:,} allowed")
    with os.fdopen(descriptor, "rb") as stream:
        data = stream.read(limit + 1)  # a file growing while we read is still bounded
    if len(data) > limit:
        raise FileRefusedError(f"it is more than the {limit:,} bytes allowed")
    return data


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
