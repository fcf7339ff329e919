"""The keyframes lying on the back: knee to chest and the supine figure four. Data, no Qt.

The angles and sides follow keyframes.py's conventions (one-sided stretches for the left, near side).
"""

from __future__ import annotations

from collections.abc import Callable

from app.figure.arrows import Swing
from app.figure.limbs import ArmOnFloor, CrossAnkle, Grip, HeadOnFloor, PlantFoot
from app.figure.pose import Contact, Pose, Stretch, solved
from app.figure.skeleton import LIMB_RADIUS, Angles, Arm, Leg, Spine
from app.figure.support import LieOnBack

KNEE_TO_CHEST = Stretch(
    "knee-to-chest", ("knee-to-chest/start", "knee-to-chest/knee-in"), targets=("lower-back", "glutes")
)
FIGURE_FOUR = Stretch(
    "figure-four",
    ("figure-four/feet-down", "figure-four/crossed", "figure-four/drawn-in"),
    targets=("glutes", "piriformis"),
    near_arm_behind_leg=True,
)

BACK_CONTACTS = (Contact("head"), Contact("shoulder_blades"), Contact("pelvis"))

# Knee-to-chest and figure four start from hook lying: on the back, knees bent, feet flat.
SUPINE = Spine(pelvis=-90.0)


def _knee_to_chest_start() -> Pose:
    angles = Angles(
        spine=SUPINE,
        near_leg=Leg(hip=45.0, knee=95.0),
        far_leg=Leg(hip=40.0, knee=105.0),
        near_arm=Arm(elbow=5.0),
        far_arm=Arm(elbow=10.0),
    )
    constraints = (
        LieOnBack(),
        PlantFoot("near"),
        PlantFoot("far"),
        ArmOnFloor("near", spread=40.0),
        ArmOnFloor("far", spread=40.0),
        HeadOnFloor(),
    )
    return solved(
        "knee-to-chest/start",
        KNEE_TO_CHEST,
        angles,
        constraints,
        contacts=(*BACK_CONTACTS, Contact("near_foot"), Contact("far_foot")),
    )


def _knee_to_chest_knee_in() -> Pose:
    angles = Angles(
        spine=SUPINE,
        near_leg=Leg(hip=128.0, knee=125.0, ankle=55.0),
        far_leg=Leg(hip=40.0, knee=105.0),
        near_arm=Arm(wrist=20.0),
        far_arm=Arm(wrist=20.0),
    )
    constraints = (
        LieOnBack(),
        PlantFoot("far"),
        Grip("near", "near", "thigh", at=0.85, lift=LIMB_RADIUS),
        Grip("far", "near", "thigh", at=0.8, lift=LIMB_RADIUS),
        HeadOnFloor(),
    )
    return solved(
        "knee-to-chest/knee-in",
        KNEE_TO_CHEST,
        angles,
        constraints,
        arrows=(Swing(pivot="hip", tip="near_knee", start=32.0, end=4.0, gap=14.0),),
        contacts=(*BACK_CONTACTS, Contact("far_foot")),
        clear=("near_foot",),
    )


# Supine figure four: from hook lying (its step 1), the near (working) ankle crosses the far
# thigh, then that thigh comes in.
def _feet_down() -> Pose:
    angles = Angles(
        spine=SUPINE,
        near_leg=Leg(hip=45.0, knee=95.0),
        far_leg=Leg(hip=45.0, knee=95.0),
        near_arm=Arm(elbow=5.0),
        far_arm=Arm(elbow=10.0),
    )
    constraints = (
        LieOnBack(),
        PlantFoot("far"),
        PlantFoot("near"),
        ArmOnFloor("near", spread=45.0),
        ArmOnFloor("far", spread=45.0),
        HeadOnFloor(),
    )
    contacts = (*BACK_CONTACTS, Contact("near_foot"), Contact("far_foot"))
    return solved("figure-four/feet-down", FIGURE_FOUR, angles, constraints, contacts=contacts)


def _crossed() -> Pose:
    angles = Angles(
        spine=SUPINE,
        near_leg=Leg(ankle=-10.0, thigh_out=30.0),
        far_leg=Leg(hip=45.0, knee=95.0),
        near_arm=Arm(elbow=5.0),
        far_arm=Arm(elbow=10.0),
    )
    constraints = (
        LieOnBack(),
        PlantFoot("far"),
        CrossAnkle(at=0.8, lift=2.0 * LIMB_RADIUS),
        ArmOnFloor("near", spread=45.0),
        ArmOnFloor("far", spread=45.0),
        HeadOnFloor(),
    )
    return solved(
        "figure-four/crossed",
        FIGURE_FOUR,
        angles,
        constraints,
        contacts=(*BACK_CONTACTS, Contact("far_foot")),
        clear=("near_foot",),
    )


def _drawn_in() -> Pose:
    angles = Angles(
        spine=SUPINE,
        near_leg=Leg(ankle=-10.0, thigh_out=25.0),
        far_leg=Leg(hip=100.0, knee=90.0, ankle=10.0),
        near_arm=Arm(wrist=10.0),
        far_arm=Arm(wrist=10.0),
    )
    constraints = (
        LieOnBack(),
        CrossAnkle(at=0.75, lift=-2.0 * LIMB_RADIUS),
        Grip("near", "far", "thigh", at=0.7, lift=-LIMB_RADIUS),
        Grip("far", "far", "thigh", at=0.78, lift=-LIMB_RADIUS),
        HeadOnFloor(),
    )
    return solved(
        "figure-four/drawn-in",
        FIGURE_FOUR,
        angles,
        constraints,
        arrows=(Swing(pivot="hip", tip="far_knee", start=32.0, end=4.0, gap=14.0),),
        contacts=BACK_CONTACTS,
        clear=("near_foot", "far_foot"),
    )


KEYFRAMES: dict[str, Callable[[], Pose]] = {
    "knee-to-chest/start": _knee_to_chest_start,
    "knee-to-chest/knee-in": _knee_to_chest_knee_in,
    "figure-four/feet-down": _feet_down,
    "figure-four/crossed": _crossed,
    "figure-four/drawn-in": _drawn_in,
}
