"""A value as a message quotes it: whole when it is short, else its start and how big it is. Qt-free.

A message about a person's file repeats the value it is about, and that value may be ten million
characters long or a list of sixty thousand items. Echoing it whole would bury the message (and
take seconds to print), so every quoted value goes through `excerpt`, whose work is bounded too.
"""

from __future__ import annotations

import reprlib
from typing import Any

SHOWN = 40  # characters of a long value that are quoted before the ellipsis
_MAX_DIGITS_BITS = 400  # about 120 digits; repr of a far bigger int is slow (and refused past 4300)

_BOUNDED = reprlib.Repr()
_BOUNDED.maxlevel = 3
_BOUNDED.maxlist = _BOUNDED.maxdict = 4
_BOUNDED.maxstring = _BOUNDED.maxother = SHOWN
_BOUNDED.maxlong = SHOWN


def excerpt(value: Any) -> str:
    """`value` as Python would write it, or its start and its size: "'aaaa…' (10,000,000 characters)"."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, list | dict):
        return _container(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > _MAX_DIGITS_BITS:
        return f"a number of about {int(value.bit_length() * 0.30103):,} digits"
    text = repr(value)
    return text if len(text) <= SHOWN else f"{text[:SHOWN]}… ({len(text):,} characters)"


def _text(value: str) -> str:
    if len(value) <= SHOWN:
        return repr(value)
    start = repr(value[:SHOWN])
    return f"{start[:-1]}…{start[-1]} ({len(value):,} characters)"


def _container(value: list[Any] | dict[str, Any]) -> str:
    shown = _BOUNDED.repr(value)
    if len(value) <= _BOUNDED.maxlist and len(shown) <= 2 * SHOWN and "..." not in shown:
        return shown
    size = f"{len(value):,} items" if isinstance(value, list) else f"{len(value):,} keys"
    return f"{shown[: 2 * SHOWN]}… ({size})"
