"""The sound settings panel: shows and returns the sound fields, tests with unsaved choices, says why
an output is silent."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.audio.announce import SAMPLE_LINE
from app.catalogue import Catalogue
from app.qt.adapters.session_controller import SessionController
from app.qt.audio.cue_player import TEST_SOUND, CuePlayer
from app.qt.settings.sound_settings import DEFAULT_VOICE, RATE_STEPS, SoundSettingsPanel
from app.session import FakeClock
from app.settings import RULES, Settings
from tests.audio.fakes import FakeSound, FakeSpeech
from tests.helpers import builtin_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return builtin_catalogue()


def make_panel(
    qtbot: QtBot, catalogue: Catalogue, settings: Settings, sound: FakeSound, speech: FakeSpeech
) -> SoundSettingsPanel:
    controller = SessionController(FakeClock())
    player = CuePlayer(controller, catalogue, settings, sound, speech)
    panel = SoundSettingsPanel(settings, player)
    controller.setParent(panel)  # the player lives as long as the panel, as in the app
    qtbot.addWidget(panel)
    return panel


def test_the_panel_returns_what_it_was_given(qtbot: QtBot, catalogue: Catalogue) -> None:
    chosen = Settings(sound_volume=35, voice_name="Bob", voice_rate=-0.3, voice_volume=60, cue_halfway=False)
    panel = make_panel(qtbot, catalogue, chosen, FakeSound(), FakeSpeech())
    assert panel.voice.currentText() == "Bob"
    assert panel.apply_to(Settings()) == chosen


def test_the_sliders_offer_the_declared_ranges(qtbot: QtBot, catalogue: Catalogue) -> None:
    panel = make_panel(qtbot, catalogue, Settings(), FakeSound(), FakeSpeech())
    sliders = {"sound_volume": (panel.sound_volume, 1), "voice_volume": (panel.voice_volume, 1),
               "voice_rate": (panel.voice_rate, RATE_STEPS)}
    for key, (slider, per_unit) in sliders.items():
        low, high = RULES[key].span()
        assert (slider.minimum(), slider.maximum()) == (low * per_unit, high * per_unit), key


def test_the_slider_ends_come_back_as_valid_settings(qtbot: QtBot, catalogue: Catalogue) -> None:
    panel = make_panel(qtbot, catalogue, Settings(), FakeSound(), FakeSpeech())
    for end in ("minimum", "maximum"):
        for slider in (panel.sound_volume, panel.voice_rate, panel.voice_volume):
            slider.setValue(getattr(slider, end)())
        edited = panel.apply_to(Settings())
        assert all(RULES[key].accepts(getattr(edited, key)) for key in ("sound_volume", "voice_rate", "voice_volume"))


def test_only_sound_fields_change_and_edits_are_announced(qtbot: QtBot, catalogue: Catalogue) -> None:
    panel = make_panel(qtbot, catalogue, Settings(), FakeSound(), FakeSpeech())
    with qtbot.waitSignal(panel.changed, timeout=1000):
        panel.cue_breath.click()
    panel.voice.setCurrentText("Anne")
    result = panel.apply_to(Settings(hold_seconds=25, theme="dark"))
    assert (result.hold_seconds, result.theme) == (25, "dark")
    assert (result.cue_breath, result.voice_name) == (False, "Anne")


def test_switching_the_voice_off_disables_its_controls(qtbot: QtBot, catalogue: Catalogue) -> None:
    panel = make_panel(qtbot, catalogue, Settings(), FakeSound(), FakeSpeech())
    panel.voice_on.setChecked(False)
    assert not panel.voice.isEnabled() and not panel.voice_rate.isEnabled()
    panel.sound_on.setChecked(False)
    assert not panel.test_button.isEnabled()


def test_test_plays_the_unsaved_choices(qtbot: QtBot, catalogue: Catalogue) -> None:
    sound, speech = FakeSound(), FakeSpeech()
    panel = make_panel(qtbot, catalogue, Settings(), sound, speech)
    panel.voice.setCurrentText("Anne")
    panel.sound_volume.setValue(20)
    panel.test_button.click()
    assert (sound.played, speech.said) == ([TEST_SOUND], [SAMPLE_LINE])
    assert (speech.settings[0], sound.volume) == ("Anne", 20)


def test_a_silent_output_says_why(qtbot: QtBot, catalogue: Catalogue) -> None:
    speech = FakeSpeech(reason="The voice is off: no text-to-speech engine is installed.", known_voices=[])
    panel = make_panel(qtbot, catalogue, Settings(voice_name="Anne"), FakeSound(), speech)
    panel.show()
    assert panel.voice_reason.isVisible()
    assert "no text-to-speech engine" in panel.voice_reason.text()
    assert not panel.sound_reason.isVisible()
    assert [panel.voice.itemText(i) for i in range(panel.voice.count())] == [DEFAULT_VOICE, "Anne"]


def test_voices_are_those_of_the_app_language_unless_all_are_asked_for(qtbot: QtBot, catalogue: Catalogue) -> None:
    panel = make_panel(qtbot, catalogue, Settings(voice_name="Bob"), FakeSound(), FakeSpeech())
    shown = lambda: [panel.voice.itemText(i) for i in range(panel.voice.count())]  # noqa: E731
    assert shown() == [DEFAULT_VOICE, "Anne", "Bob"]
    with qtbot.assertNotEmitted(panel.changed):
        panel.all_voices.setChecked(True)  # only what is listed changes, not the person's settings
    assert shown() == [DEFAULT_VOICE, "Anne", "Bob", "Bishnupriya Manipuri"]
    assert panel.voice.currentText() == "Bob"


def test_what_the_engine_tells_later_is_shown_at_once(qtbot: QtBot, catalogue: Catalogue) -> None:
    speech = FakeSpeech(known_voices=[])  # the worker has not started yet: no voices known
    panel = make_panel(qtbot, catalogue, Settings(), FakeSound(), speech)
    panel.show()
    assert panel.voice.count() == 1
    speech.known_voices = ["English (America)"]
    for changed in speech.changes:
        changed()
    assert panel.voice.itemText(1) == "English (America)"
    speech.fail("The voice is off: the speech engine stopped responding.")
    assert panel.voice_reason.isVisible()
    assert "stopped responding" in panel.voice_reason.text()
