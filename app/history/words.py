"""The history's words: why it is off, said after the file's path ("History is off: PATH is damaged")."""

from __future__ import annotations

from app.i18n import Words

HistoryWords = Words("HistoryWords")
