"""The one seam through which the core's words are translated, free of Qt.

A module with words makes one `Words` for its translation context, kept in a module variable of
the same name, and asks it for each sentence where the sentence is used:

    Plan = Words("Plan")
    ...
    Plan.tr("Hold for %n second(s)", "", seconds)

`pyside6-lupdate` reads `Plan.tr(...)` as a message of the context `Plan` (it takes the name of the
object the call is made on), so the variable's name and the context must be the same; a test checks
it. lupdate's Python reader is strict about the call's shape: the text, then the disambiguation as a
literal string, then the count as a bare name (`"", seconds`, never `"", len(steps)` or a keyword),
or it drops the message or loses its plural forms without a word. Words kept in tables at import
time are marked with `QT_TRANSLATE_NOOP(context, text)` and translated where they are shown, since a
translation is installed only after the modules are imported.

The Qt layer (and the command line) installs Qt's translator as the backend; until then, and in the
core's tests, the English source text is the answer. Plural forms in the English source are written
the Qt way, "%n second(s)": the part in brackets right after a word is kept for any count but one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Backend = Callable[[str, str, "str | None", int], str]
"""(context, source text, disambiguation, count or -1) -> the text in the person's language."""

_ENGLISH_PLURAL = re.compile(r"(?<=[^\W\d_])\(([a-z]+)\)")


def _untranslated(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


class _Installed:
    backend: Backend = _untranslated


def install(backend: Backend | None) -> None:
    """Translate through `backend` from now on (None: back to the English source)."""
    _Installed.backend = backend or _untranslated


def english_plural(text: str, n: int) -> str:
    """'1 second(s)' -> '1 second', '2 stretch(es)' -> '2 stretches': the English source's plural
    forms, for a text no translation replaced."""
    return _ENGLISH_PLURAL.sub(lambda match: "" if n == 1 else match.group(1), text)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` of `context` in the person's language (Qt's QCoreApplication.translate, in effect)."""
    text = _Installed.backend(context, source, disambiguation, n)
    return english_plural(text, n) if n >= 0 else text


class Words:
    """The words of one translation context, for the core; see the module's note."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.context, source, disambiguation, n)

    def __repr__(self) -> str:
        return f"Words({self.context!r})"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks `source` for lupdate under `context` and returns it untranslated, for tables built at
    import time; translate it where it is shown (`Words(context).tr(text)`)."""
    return source
