"""The interface in the person's language: Qt's translators for Supple's words and Qt's own.

The language is chosen once, at start (app.language.choose: the command line, the setting, the
system's languages as QLocale gives them), and `install` puts in place, for it:
- Supple's compiled translation (assets/translations/supple_XX.qm, made by packaging/translations.py),
- Qt's own qtbase_XX.qm, so the standard buttons and dialogs (OK, Cancel, Restore Defaults) agree,
- English plural forms under both (supple_en.qm: "1 second", not "1 second(s)"), which a message
  not yet translated falls back to,
- QLocale's default, so numbers and dates follow the language,
- QCoreApplication.translate as app.i18n's backend, so the Qt-free core speaks it too.
It works before any window exists, and from the command line (it makes a QCoreApplication if
there is none).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n, language
from app.paths import default_paths

PREFIX = "supple_"
_PLACE = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """A translated sentence with its %1, %2 ... filled in, as QString.arg does: in one pass, so a
    value that itself holds '%2' is left as it is."""
    return _PLACE.sub(lambda found: str(values[int(found.group(1)) - 1]) if 0 < int(found.group(1)) <= len(values)
                      else found.group(), text)


def qm_name(code: str) -> str:
    """'de' -> 'supple_de.qm', 'en-XA' -> 'supple_en_XA.qm'."""
    return f"{PREFIX}{code.replace('-', '_')}.qm"


def system_languages() -> list[str]:
    """The system's languages, first choice first, as Qt reads them."""
    return list(QLocale.system().uiLanguages())


def choose(requested: str | None, setting: str, system: Sequence[str] | None = None) -> str:
    """app.language.choose with the system's languages from QLocale (UnknownLanguageError for a
    `requested` language Supple does not have)."""
    return language.choose(requested, setting, system_languages() if system is None else system)


@dataclass
class Installed:
    """What `install` put in place: the language and the translators loaded (kept alive here, since
    QCoreApplication does not own them)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # files wanted but not found, for a log line

    def remove(self) -> None:
        """Undo `install` (tests): English source, the system's locale."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        i18n.install(None)
        QLocale.setDefault(QLocale.system())


def _backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def _load(path: Path, installed: Installed) -> None:
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(str(path)) and QCoreApplication.installTranslator(translator):
        installed.translators.append(translator)
    else:
        installed.missing.append(str(path))


def _locale(code: str) -> QLocale:
    # the pseudo-locale writes English numbers and dates: only its words change
    return QLocale(language.SOURCE if code == language.PSEUDO else code)


def install(code: str, folder: Path | None = None) -> Installed:
    """Translate the interface into `code` (one of app.language's) from now on."""
    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
    folder = folder or default_paths().assets / "translations"
    installed = Installed(code)
    # the last installed is asked first: English plurals, then Qt's words, then Supple's own
    _load(folder / qm_name(language.SOURCE), installed)
    if code in language.TRANSLATED:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(qt_folder / f"qtbase_{code}.qm", installed)
    if code != language.SOURCE:
        _load(folder / qm_name(code), installed)
    QLocale.setDefault(_locale(code))
    i18n.install(_backend)
    return installed
