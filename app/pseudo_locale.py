"""The pseudo-locale: every letter accented and each text 40% longer, inside brackets, so a string
that never went through translation stands out in English and a label too narrow for long words is
seen cut off. Placeholders (%n, %1, %L1, {name}), HTML tags and entities and the mnemonic marker &
are kept as they are, so the pseudo text works wherever the real one does. Qt-free: used to write
the pseudo .ts file and the pseudo catalogue texts alike."""

from __future__ import annotations

import math
import re

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀßÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŘŠŢÛṼŴẊÝŽ",
)
_KEPT = re.compile(r"%L?\d+|%n|%Ln|\{[^{}]*\}|<[^<>]*>|&[a-zA-Z]+;|&&|&(?=\w)")
OPEN, CLOSE = "⟦", "⟧"
_PADDING = "·"
GROWTH = 0.4


def pseudo(text: str) -> str:
    """'Hold for %n second(s)' -> '⟦Ĥöĺđ ƒöŕ %n šéçöñđ(š)··········⟧'."""
    if not text:
        return text
    pieces: list[str] = []
    last = 0
    for match in _KEPT.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTED))
    padding = _PADDING * math.ceil(len(text) * GROWTH)
    return f"{OPEN}{''.join(pieces)}{padding}{CLOSE}"


def is_pseudo(text: str) -> bool:
    """Whether a shown text went through the pseudo-locale (whole, or as part of a longer one)."""
    return OPEN in text and CLOSE in text
