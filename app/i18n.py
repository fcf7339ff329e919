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

Whole sentences carry placeholders, `%1`, `%2`, filled with `fill` (never a sentence glued from
pieces). A number with decimals that goes into a sentence is written by `number`, which the Qt
layer points at QLocale when it installs the backend ("2,5" in German); the default is Python's
"2.5". Times of minutes and seconds ("4:05") stay as `app.wording` writes them: every language
Supple speaks writes them with a colon. `install` also names the language the words are in, so the
voice speaks the one the person reads (`language()`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Backend = Callable[[str, str, "str | None", int], str]
"""(context, source text, disambiguation, count or -1) -> the text in the person's language."""
NumberFormat = Callable[[float, int], str]
"""(value, decimals) -> the number as the person's language writes it."""

_ENGLISH_PLURAL = re.compile(r"(?<=[^\W\d_])\(([a-z]+)\)")
_PLACEHOLDER = re.compile(r"%([1-9])")
SOURCE_LANGUAGE = "en"  # app.language.SOURCE, repeated so the seam imports nothing


def _untranslated(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


class _Installed:
    backend: Backend = _untranslated
    number: NumberFormat = _plain_number
    language: str = SOURCE_LANGUAGE


def install(backend: Backend | None, *, language: str = SOURCE_LANGUAGE, number: NumberFormat | None = None) -> None:
    """Translate through `backend` from now on, into `language` (app.language.choose's code), and
    write numbers with `number`; None for either: back to the English source's own."""
    _Installed.backend = backend or _untranslated
    _Installed.language = language if backend else SOURCE_LANGUAGE
    _Installed.number = number or _plain_number


def language() -> str:
    """The language the installed words are in: 'en', 'de', 'fr', 'es', or 'en-XA' (pseudo)."""
    return _Installed.language


def number(value: float, decimals: int = 0) -> str:
    """`value` with `decimals` places, as the person's language writes it: '2.5', or '2,5' in German."""
    return _Installed.number(value, decimals)


def fill(text: str, *values: str) -> str:
    """'%1 of %2' with ('2', '3') -> '2 of 3', in one pass, so a value that itself holds '%2' (a
    person's routine name) is left as it is. A translation may put the placeholders in any order."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group()

    return _PLACEHOLDER.sub(value, text)


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
