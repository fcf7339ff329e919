"""Which language Supple speaks: the command line's `--language`, else the `language` setting, else
the system's first language we have, else English. Qt-free; the Qt layer passes QLocale's
uiLanguages() as the system's list, the command line the environment's (`from_environment`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

SOURCE = "en"  # the language the code and data/catalogue.json are written in
TRANSLATED = ("de", "fr", "es")
PSEUDO = "en-XA"  # accented and 40% longer, to find untranslated and cut-off strings (pseudo_locale.py)
LANGUAGES = (SOURCE, *TRANSLATED)
SYSTEM = "system"  # the setting's value for "follow the system"
SETTING_CHOICES = (SYSTEM, *LANGUAGES, PSEUDO)


class UnknownLanguageError(ValueError):
    """A `--language` Supple has no words for."""

    def __init__(self, asked: str) -> None:
        super().__init__(
            f"Supple has no translation for the language '{asked}'. "
            f"It speaks {', '.join(LANGUAGES)} (and {PSEUDO}, a test language)."
        )


def normalised(name: str) -> str | None:
    """'de_DE.UTF-8', 'de-AT' and 'DE' -> 'de'; 'en_XA' -> the pseudo-locale; 'C' and 'POSIX' ->
    English; None for a language we do not have."""
    bare = name.split(".", 1)[0].split("@", 1)[0].replace("_", "-").strip()
    if bare.lower() == PSEUDO.lower():
        return PSEUDO
    if bare.upper() in ("C", "POSIX"):
        return SOURCE
    primary = bare.split("-", 1)[0].lower()
    return primary if primary in LANGUAGES else None


def choose(requested: str | None, setting: str, system: Sequence[str]) -> str:
    """The language to use. `requested` (the command line) must be one we have, or
    UnknownLanguageError; an unusable setting falls back to the system's choice."""
    if requested:
        chosen = normalised(requested)
        if chosen is None:
            raise UnknownLanguageError(requested)
        return chosen
    if setting != SYSTEM and (chosen := normalised(setting)):
        return chosen
    for name in system:
        if chosen := normalised(name):
            return chosen
    return SOURCE


def from_environment(environ: Mapping[str, str]) -> list[str]:
    """The system's languages as POSIX gives them, first choice first: LANGUAGE (a colon list,
    honoured by gettext only with a locale set), then LC_ALL, LC_MESSAGES, LANG."""
    names: list[str] = []
    locale = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    if environ.get("LANGUAGE") and locale not in ("", "C", "POSIX"):
        names.extend(part for part in environ["LANGUAGE"].split(":") if part)
    if locale:
        names.append(locale)
    return names
