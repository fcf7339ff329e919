"""The settings dialog: its form is ui/settings_dialog.ui; it edits a copy of the Settings.

The dialog never saves: `edited_settings()` returns the Settings as edited and the caller stores
them, so a failed write is reported where the caller can show it. Other parts of the settings
(sound and voice) plug in as sections placed in the soundGroup box. The form keeps its groups on
pages (timing, sound and voice, appearance and the Wayland choice), so the whole dialog fits a small screen unscrolled
and Tab goes down one page at a time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import language
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import default_paths
from app.qt.widgets.forms import load_form
from app.settings import RULES, Settings

W = TypeVar("W", bound=QObject)

# what each theme declared in app.settings is called here; they are offered in the declared order
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
MOTION_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "animate": QT_TRANSLATE_NOOP("SettingsDialog", "Moving"),
    "still": QT_TRANSLATE_NOOP("SettingsDialog", "Still pictures"),
}
# each language named in itself, never translated: the person looks for the one they read
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
PSEUDO_NAME = "Pseudo (en-XA)"  # offered only when already chosen (a test language)
WARM_UP_STEP = 60  # the warm-up is set in minutes and kept in seconds
# The spin boxes' ranges are the settings' declared ranges (app.settings), in each box's unit; the
# form itself states none, so a range is changed in one place.
SPIN_SETTINGS = {
    "holdSpin": ("hold_seconds", 1), "prepareSpin": ("prepare_seconds", 1), "switchSpin": ("switch_seconds", 1),
    "warmUpSpin": ("warm_up_seconds", WARM_UP_STEP),
}
PLACEHOLDER = QT_TRANSLATE_NOOP("SettingsDialog", "Chimes and spoken cues are set here.")


class SettingsSection(Protocol):
    """A panel that edits some fields of the Settings (e.g. sound and voice)."""

    def set_settings(self, settings: Settings) -> None: ...

    def apply_to(self, settings: Settings) -> Settings: ...


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, form: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._sections: list[SettingsSection] = []
        layout = QVBoxLayout(self)
        self.form = load_form(form or default_paths().ui / "settings_dialog.ui", self)
        layout.addWidget(self.form)
        self._find_children()
        self._set_ranges()
        for key in RULES["theme"].choices:
            self.themeCombo.addItem(self.tr(THEME_NAMES[key]), key)
        for key in RULES["motion"].choices:
            self.motionCombo.addItem(self.tr(MOTION_NAMES[key]), key)
        self._offer_languages(settings.language)
        self.soundPlaceholder = QLabel(self.tr(PLACEHOLDER))
        self.soundLayout.addWidget(self.soundPlaceholder)
        self._connect()
        self._show(settings)

    def _offer_languages(self, current: str) -> None:
        self.languageCombo.addItem(self.tr(THEME_NAMES[language.SYSTEM]), language.SYSTEM)
        for code in language.LANGUAGES:
            self.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        if current == language.PSEUDO:
            self.languageCombo.addItem(PSEUDO_NAME, language.PSEUDO)

    def _child(self, kind: type[W], name: str) -> W:
        found = self.form.findChild(kind, name)
        if not isinstance(found, kind):
            raise RuntimeError(f"the settings form has no {kind.__name__} named {name!r}")
        return found

    def _find_children(self) -> None:
        self.holdSpin = self._child(QSpinBox, "holdSpin")
        self.prepareSpin = self._child(QSpinBox, "prepareSpin")
        self.switchSpin = self._child(QSpinBox, "switchSpin")
        self.breathSpin = self._child(QDoubleSpinBox, "breathSpin")
        self.warmUpCheck = self._child(QCheckBox, "warmUpCheck")
        self.warmUpSpin = self._child(QSpinBox, "warmUpSpin")
        self.pages = self._child(QTabWidget, "pages")
        self.themeCombo = self._child(QComboBox, "themeCombo")
        self.motionCombo = self._child(QComboBox, "motionCombo")
        self.startInTrayCheck = self._child(QCheckBox, "startInTrayCheck")
        self.languageCombo = self._child(QComboBox, "languageCombo")
        self.waylandGroup = self._child(QGroupBox, "waylandGroup")
        self.xwaylandRadio = self._child(QRadioButton, "xwaylandRadio")
        self.nativeWaylandRadio = self._child(QRadioButton, "nativeWaylandRadio")
        self.waylandNote = self._child(QLabel, "waylandNote")
        # the cost written under each choice is what a screen reader says with it
        for radio, cost in ((self.xwaylandRadio, "xwaylandCost"), (self.nativeWaylandRadio, "nativeWaylandCost")):
            radio.setAccessibleDescription(self._child(QLabel, cost).text())
        self.soundGroup = self._child(QGroupBox, "soundGroup")
        self.soundLayout = self._child(QVBoxLayout, "soundLayout")
        self.buttonBox = self._child(QDialogButtonBox, "buttonBox")

    def _set_ranges(self) -> None:
        for name, (key, step) in SPIN_SETTINGS.items():
            self._child(QSpinBox, name).setRange(*RULES[key].steps(step))
        self.breathSpin.setRange(*RULES["breath_scale"].span())  # shown as stored, to one decimal

    def _connect(self) -> None:
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.buttonBox.clicked.connect(self._button_clicked)
        self.warmUpCheck.toggled.connect(self.warmUpSpin.setEnabled)

    def _button_clicked(self, button: QAbstractButton) -> None:
        if self.buttonBox.buttonRole(button) == QDialogButtonBox.ButtonRole.ResetRole:
            self.restore_defaults()

    # -- sections from elsewhere -------------------------------------------------------------

    def add_section(self, section: SettingsSection, widget: QWidget) -> None:
        """Put `widget` (which edits through `section`) in the sound and voice box."""
        self.soundPlaceholder.hide()
        self.soundLayout.addWidget(widget)
        self._sections.append(section)
        section.set_settings(self._settings)

    def add_page(self, title: str, section: SettingsSection, widget: QWidget) -> None:
        """A page of its own (the reminders), after the form's pages."""
        self.pages.addTab(widget, title)
        self._sections.append(section)
        section.set_settings(self._settings)

    # -- settings in and out -----------------------------------------------------------------

    def _show(self, settings: Settings) -> None:
        self.holdSpin.setValue(settings.hold_seconds)
        self.prepareSpin.setValue(settings.prepare_seconds)
        self.switchSpin.setValue(settings.switch_seconds)
        self.breathSpin.setValue(settings.breath_scale)
        self.warmUpCheck.setChecked(settings.warm_up_enabled)
        self.warmUpSpin.setValue(round(settings.warm_up_seconds / WARM_UP_STEP))
        self.warmUpSpin.setEnabled(settings.warm_up_enabled)
        self.themeCombo.setCurrentIndex(max(0, self.themeCombo.findData(settings.theme)))
        self.motionCombo.setCurrentIndex(max(0, self.motionCombo.findData(settings.motion)))
        self.startInTrayCheck.setChecked(settings.start_in_tray)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(settings.language)))
        (self.nativeWaylandRadio if settings.native_wayland else self.xwaylandRadio).setChecked(True)
        for section in self._sections:
            section.set_settings(settings)

    def restore_defaults(self) -> None:
        """Show the defaults; fields this dialog does not show keep their values on OK."""
        self._show(Settings())

    def _warm_up_seconds(self) -> int:
        # keep an odd length (say 90 s from a hand-edited file) unless the person changed it
        if self.warmUpSpin.value() == round(self._settings.warm_up_seconds / WARM_UP_STEP):
            return self._settings.warm_up_seconds
        return self.warmUpSpin.value() * WARM_UP_STEP

    def edited_settings(self) -> Settings:
        """The settings given, with what the dialog shows laid over them."""
        edited = self._settings.replace(
            hold_seconds=self.holdSpin.value(),
            prepare_seconds=self.prepareSpin.value(),
            switch_seconds=self.switchSpin.value(),
            breath_scale=round(self.breathSpin.value(), 1),
            warm_up_enabled=self.warmUpCheck.isChecked(),
            warm_up_seconds=self._warm_up_seconds(),
            theme=self.themeCombo.currentData(),
            motion=self.motionCombo.currentData(),
            start_in_tray=self.startInTrayCheck.isChecked(),
            language=self.languageCombo.currentData(),
            native_wayland=self.nativeWaylandRadio.isChecked(),
        )
        for section in self._sections:
            edited = section.apply_to(edited)
        return edited
