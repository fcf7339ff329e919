"""Every keyframe of the catalogue, as data: joint angles, the contacts solved, the arrows shown.

The angles follow POSES.md (hip and knee flexion as a physiotherapist measures them). Angles that a
constraint solves (a planted foot's hip, the neck that rests the head) are only starting guesses
here. One-sided stretches are described for the left side, which is the near side in the picture;
the right side is drawn as the mirror image.

The keyframes themselves are grouped by what the body rests on: keyframes_upright.py (standing,
sitting), keyframes_lying.py (on the back), keyframes_kneeling.py (on the shins). This module puts
them in catalogue order and solves each one once, when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from app.figure import keyframes_kneeling, keyframes_lying, keyframes_upright
from app.figure.keyframes_kneeling import CAT_COW, CHILDS_POSE
from app.figure.keyframes_lying import FIGURE_FOUR, KNEE_TO_CHEST
from app.figure.keyframes_upright import SEATED_GLUTE, WARM_UP
from app.figure.pose import Pose, Stretch

STRETCHES: dict[str, Stretch] = {
    stretch.name: stretch for stretch in (WARM_UP, KNEE_TO_CHEST, CAT_COW, CHILDS_POSE, FIGURE_FOUR, SEATED_GLUTE)
}

_GROUPS = (keyframes_upright.KEYFRAMES, keyframes_lying.KEYFRAMES, keyframes_kneeling.KEYFRAMES)
_BY_NAME: dict[str, Callable[[], Pose]] = {name: build for group in _GROUPS for name, build in group.items()}
# Catalogue order: each stretch's keyframes in turn, in the stretches' order above.
_BUILDERS: dict[str, Callable[[], Pose]] = {
    name: _BY_NAME[name] for stretch in STRETCHES.values() for name in stretch.keyframes
}


def keyframe_names() -> tuple[str, ...]:
    """Every keyframe, 'pose/frame', in catalogue order."""
    return tuple(_BUILDERS)


def stretch_names() -> tuple[str, ...]:
    """The illustrated stretches ('pose' in 'pose/frame')."""
    return tuple(STRETCHES)


@cache
def pose_keyframe(name: str) -> Pose:
    """The solved keyframe `name` ('knee-to-chest/knee-in'); KeyError names the unknown keyframe."""
    try:
        builder = _BUILDERS[name]
    except KeyError:
        raise KeyError(f"no keyframe named {name!r}") from None
    return builder()
