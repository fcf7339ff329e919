"""CuePlayer on a real session and a fake clock, with fake outputs that record what they were asked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication

from app.audio.announce import SAMPLE_LINE
from app.audio.outputs import SilentSound, SilentSpeech
from app.audio.sounds import Sound
from app.catalogue import Catalogue
from app.qt.adapters.session_controller import SessionController
from app.qt.audio.cue_player import REMINDER_SOUND, TEST_SOUND, CuePlayer
from app.session import FakeClock, PhaseKind, State, Timing, build_plan
from app.settings import Settings
from tests.audio.fakes import FakeSound, FakeSpeech
from tests.audio.script import LOWER_BACK_RELIEF
from tests.helpers import builtin_catalogue

TIMING = Timing(prepare_seconds=8, switch_seconds=5, transition_seconds=6, release_seconds=10)
POLL = 1 / 30


@dataclass
class Stage:
    controller: SessionController
    player: CuePlayer
    sound: FakeSound
    speech: FakeSpeech
    clock: FakeClock
    catalogue: Catalogue

    def load(self, routine: str = "lower-back-relief") -> None:
        self.controller.load(build_plan(self.catalogue.routine(routine), self.catalogue, TIMING))

    def advance(self, seconds: float) -> None:
        """Let time pass, polling as the controller's timer would (the timer itself never runs here)."""
        for _ in range(round(seconds / POLL)):
            self.clock.advance(POLL)
            self.controller.poll()

    def run_to_end(self) -> None:
        while not self.controller.state.finished:
            self.advance(1.0)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return builtin_catalogue()


@pytest.fixture
def stage(qapp: QApplication, catalogue: Catalogue) -> Iterator[Stage]:
    clock = FakeClock()
    controller = SessionController(clock)
    sound, speech = FakeSound(), FakeSpeech()
    player = CuePlayer(controller, catalogue, Settings(), sound, speech)
    yield Stage(controller, player, sound, speech, clock, catalogue)
    controller.stop()


def test_every_cue_of_a_routine_plays_its_chime_and_its_line_in_order(stage: Stage) -> None:
    stage.load()
    stage.controller.start()
    stage.run_to_end()
    assert stage.controller.state is State.COMPLETE
    assert len(stage.sound.played) == len(stage.speech.said) == len(LOWER_BACK_RELIEF)
    assert list(zip(stage.sound.played, stage.speech.said, strict=True)) == LOWER_BACK_RELIEF
    assert stage.speech.calls[-1] == "say Routine complete. Well done."  # not cut off by the finish


def test_chimes_come_with_the_engine_cues_not_a_timer_of_their_own(stage: Stage) -> None:
    """Each chime plays on the poll at which its moment arrives: at most one poll late, never early."""
    heard: list[tuple[Sound, PhaseKind, float]] = []

    def note(sound: Sound) -> None:
        view = stage.controller.view()
        if view is not None and view.phase is not None:  # the closing chime has no phase
            heard.append((sound, view.phase.kind, view.phase.seconds - view.remaining))

    stage.sound.play = note  # type: ignore[method-assign]
    stage.load("desk-break")
    stage.controller.start()
    stage.run_to_end()
    into_hold = {sound: elapsed for sound, kind, elapsed in heard[:4] if kind is PhaseKind.HOLD}
    assert into_hold[Sound.HOLD] == pytest.approx(0.0, abs=POLL)
    assert 15.0 - 1e-6 <= into_hold[Sound.HALFWAY] < 15.0 + POLL + 1e-6
    assert 25.0 - 1e-6 <= into_hold[Sound.LAST_SECONDS] < 25.0 + POLL + 1e-6


def test_pause_silences_at_once_and_nothing_plays_while_paused(stage: Stage) -> None:
    stage.load()
    stage.controller.start()
    stage.advance(10)  # into the first hold
    stage.speech.speaking = True
    stage.controller.pause()
    assert stage.sound.calls[-1] == "stop"
    assert stage.speech.calls[-1] == "stop"
    assert not stage.speech.speaking
    before = (len(stage.sound.played), len(stage.speech.said))
    stage.advance(120)  # far past the end of the hold, but paused
    stage.controller.skip()  # navigating while paused stays paused and silent
    assert (len(stage.sound.played), len(stage.speech.said)) == before
    stage.controller.resume()  # the skipped-to phase announces itself only now
    assert stage.speech.said[-1] == "Switch to the right leg."


def test_stop_silences_at_once(stage: Stage) -> None:
    stage.load()
    stage.controller.start()
    stage.advance(9)
    stage.controller.stop()
    assert stage.sound.calls[-1] == "stop"
    assert stage.speech.calls[-1] == "stop"


def test_loading_another_routine_silences_and_starts_afresh(stage: Stage) -> None:
    stage.load()
    stage.controller.start()
    stage.advance(9)
    stage.load("desk-break")
    assert stage.speech.calls[-2:] == ["stop", "prepare"]  # silenced, and the engine readied
    stage.controller.start()
    assert stage.speech.said[-1] == "Seated glute stretch, left leg. Get into position."


def test_a_new_phase_line_replaces_a_line_still_speaking_but_minor_cues_wait(stage: Stage) -> None:
    stage.load("desk-break")
    stage.controller.start()
    stage.advance(8.1)  # the hold has begun
    stage.speech.speaking = True  # "Hold. Breathe slowly." is still being read
    stage.advance(16)  # past halfway
    assert stage.speech.said[-1] == "Hold. Breathe slowly."
    assert Sound.HALFWAY not in stage.sound.played
    stage.speech.speaking = False
    stage.advance(14)  # last seconds at 33 s, then the switch at 38 s
    assert stage.speech.said[-2:] == ["Last few seconds.", "Switch to the right leg."]


def test_sharp_pain_says_to_ease_out(stage: Stage) -> None:
    stage.load("desk-break")
    stage.controller.start()
    stage.advance(12)
    stage.speech.speaking = True
    stage.controller.pain()
    assert (stage.sound.played[-1], stage.speech.said[-1]) == (Sound.RELEASE, "Release slowly. Ease out and rest.")


def test_settings_choose_what_plays(stage: Stage) -> None:
    stage.player.apply_settings(Settings(voice_enabled=False, sound_volume=30, cue_halfway=False))
    assert stage.speech.calls[-1] == "stop"
    assert stage.sound.volume == 30
    stage.load("desk-break")
    stage.controller.start()
    stage.advance(40)
    assert stage.speech.said == []
    assert stage.sound.played == [Sound.POSITION, Sound.HOLD, Sound.LAST_SECONDS, Sound.SWITCH]


def test_the_voice_takes_the_chosen_name_rate_and_volume(stage: Stage) -> None:
    stage.player.apply_settings(Settings(voice_name="Anne", voice_rate=-0.5, voice_volume=55))
    assert stage.speech.settings == ("Anne", -0.5, 55)


def test_test_plays_with_unsaved_settings_then_the_next_cue_uses_the_saved_ones(stage: Stage) -> None:
    stage.player.test(Settings(voice_name="Bob", sound_volume=90))
    assert (stage.sound.played, stage.speech.said) == ([TEST_SOUND], [SAMPLE_LINE])
    assert (stage.speech.settings[0], stage.sound.volume) == ("Bob", 90)
    stage.load("desk-break")
    stage.controller.start()
    assert (stage.speech.settings[0], stage.sound.volume) == ("", Settings().sound_volume)


def test_test_honours_sound_and_voice_switches(stage: Stage) -> None:
    stage.player.test(Settings(voice_enabled=False))
    assert (stage.sound.played, stage.speech.said) == ([TEST_SOUND], [])


def test_a_reminder_chimes_once_and_only_with_sound_on(stage: Stage) -> None:
    stage.player.chime()
    assert (stage.sound.played, stage.speech.said) == ([REMINDER_SOUND], [])
    stage.player.apply_settings(Settings(sound_enabled=False))
    stage.player.chime()
    assert stage.sound.played == [REMINDER_SOUND]


def test_reasons_name_only_what_was_asked_for(qapp: QApplication, catalogue: Catalogue) -> None:
    controller = SessionController(FakeClock())
    sound, speech = SilentSound("no device"), SilentSpeech("no engine")
    player = CuePlayer(controller, catalogue, Settings(), sound, speech)
    assert player.reasons() == ["no device", "no engine"]
    player.apply_settings(Settings(voice_enabled=False))
    assert player.reasons() == ["no device"]


def test_a_voice_in_another_language_is_said_once_and_the_routine_goes_on(stage: Stage) -> None:
    told: list[str] = []
    stage.player.trouble.connect(told.append)
    stage.speech.language_note = "No German voice is installed, so the voice speaks English."
    for changed in stage.speech.changes * 2:  # the worker reports ready, then again after a restart
        changed()
    assert told == ["No German voice is installed, so the voice speaks English."]
    stage.load()
    stage.controller.start()
    stage.advance(1.0)
    assert stage.speech.said  # the voice goes on, in the language it has


def test_the_language_note_is_not_said_with_the_voice_off(qapp: QApplication, catalogue: Catalogue) -> None:
    speech = FakeSpeech(language_note="No German voice is installed, so the voice speaks English.")
    controller = SessionController(FakeClock())  # the player's parent: kept alive for the test
    player = CuePlayer(controller, catalogue, Settings(voice_enabled=False), FakeSound(), speech)
    told: list[str] = []
    player.trouble.connect(told.append)
    for changed in speech.changes:
        changed()
    assert told == []
