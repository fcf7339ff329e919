"""The kneeling keyframes, on the shins: cat-cow on all fours and child's pose. Data, no Qt.

The angles and sides follow keyframes.py's conventions (one-sided stretches for the left, near side).
"""

from __future__ import annotations

from collections.abc import Callable

from app.figure.arrows import Nudge, Swing
from app.figure.constraints import Constraint, fit
from app.figure.limbs import ArmsAlongFloor, ForeheadOnFloor, HandsOnFloor
from app.figure.pose import Contact, Pose, Stretch, solved
from app.figure.skeleton import Angles, Leg, Spine, forward_kinematics
from app.figure.support import AllFours, KneelOnShins

CAT_COW = Stretch("cat-cow", ("cat-cow/cow", "cat-cow/cat"), targets=("lower-back",))
CHILDS_POSE = Stretch(
    "childs-pose", ("childs-pose/all-fours", "childs-pose/folded"), targets=("lower-back",), head_in_front=True
)

ON_SHINS = tuple(Contact(f"{side}_{part}") for side in ("near", "far") for part in ("knee", "shin", "foot"))


# Cat-cow: the spine shapes are mirror images, so the shoulders can stay over fixed hands.
COW = Spine(lumbar=-22.0, thoracic=-10.0, neck=-10.0, head=-12.0)
CAT = Spine(lumbar=22.0, thoracic=10.0, neck=28.0, head=18.0)
ALL_FOURS = AllFours.under_shoulders(Angles(spine=CAT), far_hand_ahead=5.0)
ALL_FOURS_CONTACTS = (*ON_SHINS, Contact("near_hand"), Contact("far_hand"))


def _cat_cow(name: str, spine: Spine, arrow: Nudge) -> Pose:
    return solved(name, CAT_COW, Angles(spine=spine), (ALL_FOURS,), arrows=(arrow,), contacts=ALL_FOURS_CONTACTS)


def _cow() -> Pose:
    belly_drops = Nudge("sacrum", "ribs", at=0.6, offset=(0.0, -17.0), heading=180.0, length=16.0, bend=3.0)
    return _cat_cow("cat-cow/cow", COW, belly_drops)


def _cat() -> Pose:
    back_rises = Nudge("sacrum", "ribs", at=0.7, offset=(0.0, 17.0), heading=0.0, length=18.0, bend=3.0)
    return _cat_cow("cat-cow/cat", CAT, back_rises)


# Child's pose: from hands and knees (its step 1), the bottom sinks back to the heels and the
# chest folds over the thighs while the hands slide forward along the floor. Both keyframes kneel
# on the shins and keep the hands down with the same constraints, so every frame between them does.
def _flat_back_hip() -> float:
    """The hip flexion that gives a flat back on all fours with the hands under the shoulders: the
    tilt cat-cow's AllFours solves for a neutral spine (with the thighs vertical, hip = pelvis)."""
    neutral = Angles(spine=Spine())
    angles, _ = fit(neutral, (0.0, 0.0), (AllFours.under_shoulders(neutral),))
    return angles.spine.pelvis


def _all_fours() -> Pose:
    legs = Leg(hip=_flat_back_hip(), knee=90.0)
    angles = Angles(spine=Spine(), near_leg=legs, far_leg=legs)
    constraints = (KneelOnShins(), HandsOnFloor(ahead=0.0, far_ahead=5.0))
    contacts = (*ON_SHINS, Contact("near_hand"), Contact("far_hand"))
    return solved("childs-pose/all-fours", CHILDS_POSE, angles, constraints, contacts=contacts)


def _folded() -> Pose:
    folded_legs = Leg(hip=135.0, knee=155.0)
    angles = Angles(spine=Spine(lumbar=16.0, thoracic=20.0, neck=12.0), near_leg=folded_legs, far_leg=folded_legs)
    resting = (KneelOnShins(), ForeheadOnFloor())
    constraints = (*resting, HandsOnFloor(ahead=_arms_along_floor(angles, resting)))
    hips_back = Swing(pivot="near_knee", tip="hip", start=24.0, end=-2.0, gap=14.0)
    on_floor = tuple(Contact(f"{side}_{part}") for side in ("near", "far") for part in ("hand", "forearm"))
    return solved(
        "childs-pose/folded",
        CHILDS_POSE,
        angles,
        constraints,
        arrows=(hips_back,),
        contacts=(*ON_SHINS, *on_floor, Contact("head")),
    )


def _arms_along_floor(angles: Angles, resting: tuple[Constraint, ...]) -> float:
    """How far ahead of the shoulders the hands land when the forearms lie on the floor."""
    figure = forward_kinematics(*fit(angles, (0.0, 0.0), (*resting, ArmsAlongFloor("near"))))
    return figure["near_wrist"][0] - figure["shoulders"][0]


KEYFRAMES: dict[str, Callable[[], Pose]] = {
    "cat-cow/cow": _cow,
    "cat-cow/cat": _cat,
    "childs-pose/all-fours": _all_fours,
    "childs-pose/folded": _folded,
}
