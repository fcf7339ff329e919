"""The interface in the person's language: Qt's translators for Supple's words and Qt's own.

The language is chosen once, at start (app.context.chosen_language: the command line, the setting,
the system's languages), and `install` puts in place, for it:
- Supple's compiled translation (assets/translations/supple_XX.qm, made by packaging/translations.py),
- Qt's own qtbase_XX.qm, so the standard buttons and dialogs (OK, Cancel, Restore Defaults) agree,
- English plural forms under both (supple_en.qm: "1 second", not "1 second(s)"), which a message
  not yet translated falls back to,
- QLocale's default, so numbers and dates follow the language,
- QCoreApplication.translate as app.i18n's backend, so the Qt-free core speaks it too.
It works before any window exists. A later `install` replaces the earlier one. The command line
uses `install_for_terminal`: the same files asked directly, with no QCoreApplication, which would
stop the window's QApplication from being made later in the same process.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n, language
from app.paths import default_paths

PREFIX = "supple_"


def arg(text: str, *values: object) -> str:
    """A translated sentence with its %1, %2 ... filled in, as QString.arg does: in one pass, so a
    value that itself holds '%2' is left as it is (app.i18n.fill, for any value)."""
    return i18n.fill(text, *(str(value) for value in values))


def qm_name(code: str) -> str:
    """'de' -> 'supple_de.qm', 'en-XA' -> 'supple_en_XA.qm'."""
    return f"{PREFIX}{code.replace('-', '_')}.qm"


def system_languages() -> list[str]:
    """The system's languages, first choice first, as Qt reads them."""
    return list(QLocale.system().uiLanguages())


@dataclass
class Installed:
    """What `install` put in place: the language and the translators loaded (kept alive here, since
    QCoreApplication does not own them)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # files wanted but not found, for a log line

    def remove(self) -> None:
        """Undo `install`: English source, the system's locale."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        i18n.install(None)
        QLocale.setDefault(QLocale.system())
        if _Current.installed is self:
            _Current.installed = None


class _Current:
    installed: Installed | None = None


def _backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _locale(code: str) -> QLocale:
    # the pseudo-locale writes English numbers and dates: only its words change
    return QLocale(language.SOURCE if code == language.PSEUDO else code)


def _files(code: str, folder: Path | None) -> list[Path]:
    """The files for `code`, the one to ask last first: English plurals, then Qt's words, then
    Supple's own."""
    folder = folder or default_paths().assets / "translations"
    files = [folder / qm_name(language.SOURCE)]
    if code in language.TRANSLATED:
        files.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm")
    if code != language.SOURCE:
        files.append(folder / qm_name(code))
    return files


def install(code: str, folder: Path | None = None) -> Installed:
    """Translate the interface into `code` (one of app.language's) from now on, in place of an
    earlier install."""
    if _Current.installed is not None:
        _Current.installed.remove()
    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
    installed = Installed(code)
    for path in _files(code, folder):  # QCoreApplication asks the last installed first
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(str(path)) and QCoreApplication.installTranslator(translator):
            installed.translators.append(translator)
        else:
            installed.missing.append(str(path))
    QLocale.setDefault(_locale(code))
    i18n.install(_backend, language=code, number=_number)
    _Current.installed = installed
    return installed


def install_for_terminal(code: str, folder: Path | None = None) -> None:
    """The command line's words in `code`, asked of the same files without a QCoreApplication (the
    window's QApplication may still have to be made in this process)."""
    translators = []
    for path in reversed(_files(code, folder)):
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)
    locale = _locale(code)

    def backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
        for translator in translators:
            if text := translator.translate(context, source, disambiguation, n):
                return text.replace("%n", locale.toString(n)) if n >= 0 else text
        return source.replace("%n", str(n)) if n >= 0 else source

    i18n.install(backend, language=code, number=lambda value, decimals: locale.toString(float(value), "f", decimals))
