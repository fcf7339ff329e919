"""What a whole routine should sound like, cue by cue: (sound, spoken line)."""

from __future__ import annotations

from app.audio.sounds import Sound

Line = tuple[Sound, str]

HOLD: list[Line] = [
    (Sound.HOLD, "Hold. Breathe slowly."),
    (Sound.HALFWAY, "Halfway."),
    (Sound.LAST_SECONDS, "Last few seconds."),
]


def breaths(cycles: int) -> list[Line]:
    lines: list[Line] = [(Sound.INHALE, "Flow with your breath. Inhale."), (Sound.EXHALE, "Exhale.")]
    lines += [(Sound.INHALE, "Inhale."), (Sound.EXHALE, "Exhale.")] * (cycles - 1)
    return lines


# lower-back-relief: knee to chest (left, then right), cat-cow (8 breaths), child's pose
LOWER_BACK_RELIEF: list[Line] = [
    (Sound.POSITION, "Knee to chest, left leg. Get into position."),
    *HOLD,
    (Sound.SWITCH, "Switch to the right leg."),
    *HOLD,
    (Sound.RELEASE, "Release slowly. Next: cat-cow."),
    (Sound.POSITION, "Cat-cow. Get into position."),
    *breaths(8),
    (Sound.RELEASE, "Release slowly. Next: child's pose."),
    (Sound.POSITION, "Child's pose. Get into position."),
    *HOLD,
    (Sound.COMPLETE, "Routine complete. Well done."),
]
