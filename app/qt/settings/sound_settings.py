"""The chimes-and-voice part of the settings dialog, as a panel the dialog embeds.

The panel edits only the sound fields of a Settings: `apply_to` lays them over whatever the
dialog holds, so the dialog keeps ownership of saving. Its Test button plays through the session's
CuePlayer with the unsaved choices, and each output that cannot be heard says why underneath.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.qt.audio.cue_player import CuePlayer
from app.settings import RULES, Settings

RATE_STEPS = 10  # the rate slider has ten positions per unit of QTextToSpeech's -1..1
DEFAULT_VOICE = QT_TRANSLATE_NOOP("SoundSettingsPanel", "System default")


def _slider(key: str, name: str, step: float = 1) -> QSlider:
    """A slider over the setting `key`'s declared range, one position per `step` of the setting."""
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(*RULES[key].steps(step))
    slider.setAccessibleName(name)
    return slider


def _reason_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class SoundSettingsPanel(QWidget):
    changed = Signal()  # any control was changed by the person

    def __init__(self, settings: Settings, player: CuePlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._build()
        self.set_settings(settings)
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.sound_on = QCheckBox(self.tr("Play &chimes at each change"))
        self.sound_volume = _slider("sound_volume", self.tr("Chime volume"))
        self.sound_reason = _reason_label()
        self.voice_on = QCheckBox(self.tr("&Speak the cues"))
        self.voice = QComboBox()
        self.voice.setAccessibleName(self.tr("Voice"))
        self.all_voices = QCheckBox(self.tr("Show voices for &all languages"))
        self.voice_rate = _slider("voice_rate", self.tr("Speaking rate"), 1 / RATE_STEPS)
        self.voice_volume = _slider("voice_volume", self.tr("Voice volume"))
        self.voice_reason = _reason_label()
        self.cue_halfway = QCheckBox(self.tr("&Halfway through a hold"))
        self.cue_last_seconds = QCheckBox(self.tr("The &last few seconds of a hold"))
        self.cue_breath = QCheckBox(self.tr("&Breath tones and words during a flow"))
        self.test_button = QPushButton(self.tr("&Test"))
        self.test_button.setToolTip(self.tr("Play a chime and speak a sample line with these settings"))
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.sound_on)
        form.addRow(self.tr("Chime &volume:"), self.sound_volume)
        form.addRow(self.sound_reason)
        form.addRow(self.voice_on)
        form.addRow(self.tr("V&oice:"), self.voice)
        form.addRow(self.all_voices)
        form.addRow(self.tr("&Rate:"), self.voice_rate)
        form.addRow(self.tr("Voice vol&ume:"), self.voice_volume)
        form.addRow(self.voice_reason)
        form.addRow(QLabel(self.tr("Also play a cue:")))
        for box in (self.cue_halfway, self.cue_last_seconds, self.cue_breath):
            form.addRow(box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _connect(self) -> None:
        for box in (self.sound_on, self.voice_on, self.cue_halfway, self.cue_last_seconds, self.cue_breath):
            box.toggled.connect(self._edited)
        for slider in (self.sound_volume, self.voice_rate, self.voice_volume):
            slider.valueChanged.connect(self._edited)
        self.voice.currentIndexChanged.connect(self._edited)
        self.all_voices.toggled.connect(self._refill_voices)
        self._player.outputsChanged.connect(self._outputs_changed)
        self.test_button.clicked.connect(self.test)

    # -- settings in and out -----------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """Show `settings` without announcing a change."""
        self.blockSignals(True)
        self.sound_on.setChecked(settings.sound_enabled)
        self.sound_volume.setValue(settings.sound_volume)
        self.voice_on.setChecked(settings.voice_enabled)
        self._fill_voices(settings.voice_name)
        self.voice_rate.setValue(round(settings.voice_rate * RATE_STEPS))
        self.voice_volume.setValue(settings.voice_volume)
        self.cue_halfway.setChecked(settings.cue_halfway)
        self.cue_last_seconds.setChecked(settings.cue_last_seconds)
        self.cue_breath.setChecked(settings.cue_breath)
        self.blockSignals(False)
        self._update_states()

    def apply_to(self, settings: Settings) -> Settings:
        """`settings` with the sound fields as this panel shows them; every other field unchanged."""
        return settings.replace(
            sound_enabled=self.sound_on.isChecked(),
            sound_volume=self.sound_volume.value(),
            voice_enabled=self.voice_on.isChecked(),
            voice_name=self.voice.currentData() or "",
            voice_rate=self.voice_rate.value() / RATE_STEPS,
            voice_volume=self.voice_volume.value(),
            cue_halfway=self.cue_halfway.isChecked(),
            cue_last_seconds=self.cue_last_seconds.isChecked(),
            cue_breath=self.cue_breath.isChecked(),
        )

    def test(self) -> None:
        self._player.test(self.apply_to(self._player.settings))

    # -- keeping the controls consistent -----------------------------------------------------

    def _fill_voices(self, chosen: str) -> None:
        # only ask for voices when the voice is wanted: listing them starts the speech engine
        names = self._player.speech.voices(self.all_voices.isChecked()) if self.voice_on.isChecked() else []
        if chosen and chosen not in names:
            names.append(chosen)  # keep a saved voice that is unavailable right now
        self.voice.clear()
        self.voice.addItem(QCoreApplication.translate("SoundSettingsPanel", DEFAULT_VOICE), "")
        for name in names:
            self.voice.addItem(name, name)
        self.voice.setCurrentIndex(max(0, self.voice.findData(chosen)))

    def _refill_voices(self) -> None:
        """Show another list of voices (or the list the engine has just told), keeping the choice;
        the person's settings are unchanged by this alone."""
        self.voice.blockSignals(True)
        self._fill_voices(self.voice.currentData() or "")
        self.voice.blockSignals(False)

    def _outputs_changed(self) -> None:
        self._refill_voices()
        self._update_states()

    def _edited(self) -> None:
        if self.sender() is self.voice_on and self.voice_on.isChecked() and self.voice.count() == 1:
            self._fill_voices(self.voice.currentData() or "")
        self._update_states()
        self.changed.emit()

    def _update_states(self) -> None:
        sound, voice = self.sound_on.isChecked(), self.voice_on.isChecked()
        self.sound_volume.setEnabled(sound)
        for widget in (self.voice, self.all_voices, self.voice_rate, self.voice_volume):
            widget.setEnabled(voice)
        self.test_button.setEnabled(sound or voice)
        self._show_reason(self.sound_reason, self._player.sound.reason if sound else "")
        self._show_reason(self.voice_reason, self._player.speech.reason if voice else "")

    @staticmethod
    def _show_reason(label: QLabel, reason: str) -> None:
        label.setText(reason)
        label.setVisible(bool(reason))
