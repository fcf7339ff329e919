"""app/qt/translation.py: the translators for the chosen language, installed before any window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.language import PSEUDO
from app.paths import default_paths
from app.pseudo_locale import is_pseudo
from app.qt import translation
from app.qt.widgets.forms import load_form


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[translation.Installed]]:
    done: list[translation.Installed] = []
    yield done
    for each in done:
        each.remove()
    translation.install("en")  # as the session's fixture had it


def test_the_pseudo_locale_reaches_qt_code_the_core_and_the_forms(
        qtbot: QtBot, installed: list[translation.Installed]) -> None:
    installed.append(translation.install(PSEUDO))
    assert installed[0].missing == []
    assert is_pseudo(QCoreApplication.translate("SettingsDialog", "Settings"))
    assert is_pseudo(i18n.translate("Figures", "None yet"))  # the seam's backend is Qt's now
    parent = QWidget()
    qtbot.addWidget(parent)
    form = load_form(default_paths().ui / "settings_dialog.ui", parent)  # QUiLoader translates it
    label = form.findChild(QLabel, "languageLabel")
    assert label is not None and is_pseudo(label.text())


def test_english_has_its_plural_forms(installed: list[translation.Installed]) -> None:
    installed.append(translation.install("en"))
    one = QCoreApplication.translate("MinutesChart", "%1 of the last %n day(s) with stretching", "", 1)
    assert one == "%1 of the last 1 day with stretching"
    assert QCoreApplication.translate("MinutesChart", "%1 of the last %n day(s) with stretching", "", 7) == (
        "%1 of the last 7 days with stretching")


def test_a_translated_language_brings_qts_own_words_and_its_locale(installed: list[translation.Installed]) -> None:
    installed.append(translation.install("de"))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() is QLocale.Language.German
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Einstellungen"


def test_removing_goes_back_to_the_source(installed: list[translation.Installed]) -> None:
    translation.install(PSEUDO).remove()
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
    assert i18n.translate("Figures", "None yet") == "None yet"
    translation.install("en")


def test_arg_fills_the_places_once() -> None:
    assert translation.arg("%2 before %1", "a", "b") == "b before a"
    assert translation.arg("%1 and %2", "%2", "x") == "%2 and x"  # a value's own %2 stays
    assert translation.arg("%n left, %3", "a") == "%n left, %3"
