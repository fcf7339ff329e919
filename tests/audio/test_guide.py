"""The Qt-free guide: each cue of a real session becomes the right chime and words, or nothing."""

from __future__ import annotations

import pytest

from app.audio.announce import SOUNDS, Weight, announcement, spoken_line
from app.audio.policy import CueOptions, Guide, Playback, gain
from app.audio.sounds import Sound
from app.catalogue import Catalogue
from app.session import Cue, CueEvent, Event, FakeClock, PhaseKind, PhaseStarted, Session, Timing, build_plan
from app.session.pain import gentle_phase
from app.settings import Settings
from tests.audio.script import LOWER_BACK_RELIEF, Line

TIMING = Timing(prepare_seconds=8, switch_seconds=5, transition_seconds=6)


def play(
    catalogue: Catalogue, routine: str, options: CueOptions, timing: Timing = TIMING, speaking: bool = False
) -> list[Playback]:
    """Run `routine` to the end on a fake clock and collect what the guide plays."""
    clock = FakeClock()
    session = Session(build_plan(catalogue.routine(routine), catalogue, timing), clock)
    guide = Guide(catalogue, options)
    played: list[Playback] = []

    def listen(event: Event) -> None:
        if isinstance(event, PhaseStarted):
            guide.phase_started(event.phase.kind)
        elif isinstance(event, CueEvent) and (playback := guide.cue(event, speaking)) is not None:
            played.append(playback)

    session.subscribe(listen)
    session.start()
    while not session.state.finished:
        clock.advance(0.25)
        session.poll()
    return played


def test_a_whole_routine_sounds_and_speaks_every_cue_in_order(catalogue: Catalogue) -> None:
    played = play(catalogue, "lower-back-relief", CueOptions())
    assert [(p.sound, p.text) for p in played] == LOWER_BACK_RELIEF


def test_the_warm_up_is_announced_and_followed_by_the_first_stretch(catalogue: Catalogue) -> None:
    played = play(catalogue, "full-back-and-glutes", CueOptions(), Timing(warm_up_seconds=60))
    assert [(p.sound, p.text) for p in played[:2]] == [
        (Sound.POSITION, "Warm-up: march in place. Start gently."),
        (Sound.RELEASE, "Next: knee to chest."),  # nothing to release after marching
    ]


def test_voice_and_chimes_work_apart(catalogue: Catalogue) -> None:
    chimes = play(catalogue, "desk-break", CueOptions(voice=False))
    words = play(catalogue, "desk-break", CueOptions(sound=False))
    assert all(p.text is None for p in chimes)
    assert all(p.sound is None for p in words)
    assert [p.sound for p in chimes] == [p.sound for p in play(catalogue, "desk-break", CueOptions())]
    assert words[0].text == "Seated glute stretch, left leg. Get into position."
    assert play(catalogue, "desk-break", CueOptions(sound=False, voice=False)) == []


def test_optional_cues_can_be_switched_off(catalogue: Catalogue) -> None:
    quiet = CueOptions(halfway=False, last_seconds=False, breath=False)
    expected = [line for line in LOWER_BACK_RELIEF if line[0] not in (Sound.HALFWAY, Sound.LAST_SECONDS)]
    # the flow's opening breath starts the phase, so it stays; the breaths after it go
    expected = [line for line in expected if line[1] not in ("Inhale.", "Exhale.")]
    played = play(catalogue, "lower-back-relief", quiet)
    assert [(p.sound, p.text) for p in played] == expected


def test_minor_cues_are_dropped_while_a_line_is_spoken_but_phase_changes_are_not(catalogue: Catalogue) -> None:
    played = play(catalogue, "lower-back-relief", CueOptions(), speaking=True)
    minor: set[Line] = {(Sound.HALFWAY, "Halfway."), (Sound.LAST_SECONDS, "Last few seconds."),
                        (Sound.INHALE, "Inhale."), (Sound.EXHALE, "Exhale.")}
    assert [(p.sound, p.text) for p in played] == [line for line in LOWER_BACK_RELIEF if line not in minor]


def test_pain_release_is_a_phase_change(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("desk-break"), catalogue, TIMING)
    said = announcement(CueEvent(Cue.RELEASE, plan.phases[1], 0.0), catalogue)
    assert (said.sound, said.text, said.weight) == (Sound.RELEASE, "Release slowly. Ease out and rest.", Weight.MAJOR)


def test_every_cue_has_a_sound() -> None:
    assert set(SOUNDS) == set(Cue)


def test_options_follow_the_settings() -> None:
    settings = Settings(sound_enabled=False, cue_halfway=False, cue_breath=False)
    assert CueOptions.from_settings(settings) == CueOptions(sound=False, halfway=False, breath=False)


@pytest.mark.parametrize(("percent", "expected"), [(0, 0.0), (50, 0.25), (100, 1.0), (150, 1.0), (-5, 0.0)])
def test_volume_grows_evenly_to_the_ear(percent: int, expected: float) -> None:
    assert gain(percent) == pytest.approx(expected)


def test_the_choice_after_pain_says_both_choices_and_their_keys(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("desk-break"), catalogue, TIMING)
    said = announcement(CueEvent(Cue.CHOICE, plan.phases[1], 0.0), catalogue, after=PhaseKind.RELEASE)
    assert said.weight is Weight.MAJOR and said.option is None  # never switched off, never dropped
    words = said.text.lower()
    assert "go on gently" in words and "space" in words
    assert "skip this stretch" in words and "right arrow" in words


def test_going_on_gently_says_to_go_only_to_a_light_stretch(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.routine("desk-break"), catalogue, TIMING)
    prepare, hold, switch = (gentle_phase(phase, plan) for phase in plan.phases[:3])
    said = [spoken_line(CueEvent(cue, phase, 0.0), catalogue) for cue, phase in (
        (Cue.PREPARE, prepare), (Cue.HOLD_START, hold), (Cue.SWITCH_SIDES, switch),
    )]
    assert "slowly" in said[0] and "light stretch" in said[0]
    assert "gently" in said[1] and "light stretch" in said[1]
    assert said[2].startswith("Switch to the right leg") and "slowly" in said[2]
    assert spoken_line(CueEvent(Cue.HOLD_START, plan.phases[1], 0.0), catalogue) == "Hold. Breathe slowly."
