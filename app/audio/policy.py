"""What plays for each cue: the person's choices, and the rule that keeps cues from piling up. Qt-free.

A phase change always plays and cuts off a line still being spoken: an old "get into position"
is worth less than the "hold" that replaces it. A minor cue (halfway, last seconds, a breath) is
dropped whole while a line is being spoken, so two voices or a chime over words never pile up.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.audio.announce import Option, Weight, announcement
from app.audio.sounds import Sound
from app.catalogue import Catalogue
from app.session import CueEvent, PhaseKind
from app.settings import Settings, fed_into
from app.settings_fields import Consumer


@dataclass(frozen=True)
class CueOptions:
    sound: bool = True
    voice: bool = True
    halfway: bool = True
    last_seconds: bool = True
    breath: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> CueOptions:
        # which setting fills which option is declared with the setting (app.settings)
        return cls(**fed_into(Consumer.CUE_OPTIONS, settings))

    def allows(self, option: Option | None) -> bool:
        chosen = {Option.HALFWAY: self.halfway, Option.LAST_SECONDS: self.last_seconds, Option.BREATH: self.breath}
        return option is None or chosen[option]


@dataclass(frozen=True)
class Playback:
    """One cue's output: a chime, words, or both. Words replace any line still being spoken."""

    sound: Sound | None
    text: str | None


def gain(percent: int) -> float:
    """A 0-100 volume slider as a linear amplitude. Hearing is logarithmic, so the square gives
    even steps: half way on the slider sounds about half as loud instead of nearly full."""
    return (max(0, min(100, percent)) / 100) ** 2


# The loudest sample of a spoken line per unit of QTextToSpeech volume, measured for espeak-ng through
# speech-dispatcher on a PulseAudio null sink: 0.25 at volume 0.2, 0.78 at 0.6, clipping at 1.0.
VOICE_PEAK_PER_VOLUME = 1.25
CHIME_PEAK = 0.5  # the main chimes' loudest sample (app.audio.synth.SOFT_PEAK)


def voice_level(percent: int) -> float:
    """The QTextToSpeech volume (0..1) at which the voice peaks where a main chime peaks at the same
    slider position: the two then sound equally loud, and the voice can never reach full scale."""
    return CHIME_PEAK * gain(percent) / VOICE_PEAK_PER_VOLUME


class Guide:
    """Follows a session's phases and turns each cue into what to play, or nothing."""

    def __init__(self, catalogue: Catalogue, options: CueOptions) -> None:
        self.catalogue = catalogue
        self.options = options
        self.reset()

    def reset(self) -> None:
        self._current: PhaseKind | None = None
        self._previous: PhaseKind | None = None
        self._opening = False

    def phase_started(self, kind: PhaseKind) -> None:
        self._previous, self._current = self._current, kind
        self._opening = True

    def cue(self, event: CueEvent, speaking: bool) -> Playback | None:
        """What to play for `event`; `speaking`: a line is being spoken right now."""
        said = announcement(event, self.catalogue, after=self._previous, opening=self._opening)
        self._opening = False
        if not self.options.allows(said.option):
            return None
        if said.weight is Weight.MINOR and speaking:
            return None
        sound = said.sound if self.options.sound else None
        text = said.text if self.options.voice else None
        return Playback(sound, text) if sound or text else None
