"""What the person is told when the system has no voice for their language. Qt-free.

The speech worker speaks the person's language when a voice for it is installed; otherwise it goes
on in one it has (English first), and this sentence says so once, through the audio notice.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Words, fill

VoiceLanguage = Words("VoiceLanguage")

# The languages Supple speaks (app.language.LANGUAGES), named in the person's language.
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("VoiceLanguage", "English"),
    "de": QT_TRANSLATE_NOOP("VoiceLanguage", "German"),
    "fr": QT_TRANSLATE_NOOP("VoiceLanguage", "French"),
    "es": QT_TRANSLATE_NOOP("VoiceLanguage", "Spanish"),
}


def language_name(code: str, otherwise: str = "") -> str:
    """'German' for 'de' or 'de-AT', in the person's language; `otherwise` for a language Supple has
    no name for (the engine's own name for it)."""
    primary = code.replace("_", "-").split("-", 1)[0].lower()
    return VoiceLanguage.tr(LANGUAGE_NAMES[primary]) if primary in LANGUAGE_NAMES else otherwise


def missing_voice(wanted: str, speaks: str, speaks_name: str = "") -> str:
    """'No German voice is installed, so the voice speaks English.' `wanted`: the language chosen
    (app.language's code); `speaks`: the locale the voice uses instead ('en-US'), with
    `speaks_name` its name when Supple has none; '' when the engine did not say."""
    missing = language_name(wanted, wanted)
    instead = language_name(speaks, speaks_name) if speaks else ""
    if not instead:
        return fill(VoiceLanguage.tr("No %1 voice is installed, so the voice speaks the speech engine's own "
                                     "language.", "%1: a language, 'German'"), missing)
    return fill(VoiceLanguage.tr("No %1 voice is installed, so the voice speaks %2.",
                                 "%1 and %2: languages, 'German', 'English'"), missing, instead)
