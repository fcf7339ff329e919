"""The upright keyframes, standing and sitting: the marching warm-up and the seated glute stretch
on a chair. Data, no Qt.

The angles and sides follow keyframes.py's conventions (one-sided stretches for the left, near side).
"""

from __future__ import annotations

from collections.abc import Callable

from app.figure.arrows import Swing
from app.figure.limbs import CrossAnkle, Grip, PlantFoot
from app.figure.pose import Chair, Contact, Pose, Stretch, solved
from app.figure.skeleton import LIMB_RADIUS, Angles, Arm, Leg, Side, Spine
from app.figure.support import SitOnChair, StandOnFloor

WARM_UP = Stretch("warm-up", ("warm-up/left-knee-up", "warm-up/right-knee-up"), stagger_legs=True, thumbnail=0)
SEATED_GLUTE = Stretch(
    "seated-glute",
    ("seated-glute/feet-down", "seated-glute/upright", "seated-glute/lean"),
    targets=("glutes", "piriformis"),
    chair=Chair(front=16.0, depth=44.0, seat=40.0, back=46.0),
)


# Warm-up: marching in place, arms swinging opposite to the legs.
def _march(lifted: Side) -> Pose:
    up, down = Leg(hip=65.0, knee=85.0, ankle=20.0), Leg(hip=0.0, knee=3.0)
    forward, back = Arm(shoulder=35.0, elbow=35.0), Arm(shoulder=-30.0, elbow=20.0)
    near_up = lifted == "near"
    angles = Angles(
        spine=Spine(thoracic=2.0, neck=-2.0),
        near_leg=up if near_up else down,
        far_leg=down if near_up else up,
        near_arm=back if near_up else forward,
        far_arm=forward if near_up else back,
    )
    standing: Side = "far" if near_up else "near"
    return solved(
        "warm-up/left-knee-up" if near_up else "warm-up/right-knee-up",
        WARM_UP,
        angles,
        (StandOnFloor(),),
        arrows=(Swing(pivot="hip", tip=f"{lifted}_knee", start=18.0, end=-8.0, gap=14.0),),
        contacts=(Contact(f"{standing}_foot"),),
        clear=(f"{lifted}_foot",),
    )


# Seated glute stretch: the near ankle on the far knee, then a lean from the hips with a flat back.
def _seated(name: str, pelvis: float, neck: float, arrows: tuple[Swing, ...]) -> Pose:
    chair = SEATED_GLUTE.chair
    assert chair is not None
    angles = Angles(
        spine=Spine(pelvis=pelvis, neck=neck),
        near_leg=Leg(ankle=0.0, thigh_out=50.0),
        far_leg=Leg(hip=85.0, knee=90.0),
        near_arm=Arm(wrist=10.0),
        far_arm=Arm(wrist=10.0),
    )
    constraints = (
        SitOnChair(seat=chair.seat),
        PlantFoot("far"),
        CrossAnkle(at=0.92, lift=2.0 * LIMB_RADIUS),
        Grip("near", "near", "shin", at=0.55, lift=LIMB_RADIUS),
        Grip("far", "near", "thigh", at=0.9, lift=LIMB_RADIUS),
    )
    return solved(
        name,
        SEATED_GLUTE,
        angles,
        constraints,
        arrows=arrows,
        contacts=(Contact("pelvis", "seat"), Contact("far_foot")),
        clear=("near_foot",),
    )


def _feet_down() -> Pose:
    """Sitting tall with both feet flat (its step 1), the hands resting on the near knee."""
    chair = SEATED_GLUTE.chair
    assert chair is not None
    angles = Angles(
        near_leg=Leg(hip=85.0, knee=90.0),
        far_leg=Leg(hip=85.0, knee=90.0),
        near_arm=Arm(wrist=10.0),
        far_arm=Arm(wrist=10.0),
    )
    constraints = (
        SitOnChair(seat=chair.seat),
        PlantFoot("far"),
        PlantFoot("near"),
        Grip("near", "near", "shin", at=0.15, lift=LIMB_RADIUS),
        Grip("far", "near", "thigh", at=0.9, lift=LIMB_RADIUS),
    )
    contacts = (Contact("pelvis", "seat"), Contact("near_foot"), Contact("far_foot"))
    return solved("seated-glute/feet-down", SEATED_GLUTE, angles, constraints, contacts=contacts)


def _upright() -> Pose:
    return _seated("seated-glute/upright", pelvis=0.0, neck=0.0, arrows=())


def _lean() -> Pose:
    chest_forward = Swing(pivot="hip", tip="ribs", start=20.0, end=50.0, gap=18.0)
    return _seated("seated-glute/lean", pelvis=28.0, neck=-12.0, arrows=(chest_forward,))


KEYFRAMES: dict[str, Callable[[], Pose]] = {
    "warm-up/left-knee-up": lambda: _march("near"),
    "warm-up/right-knee-up": lambda: _march("far"),
    "seated-glute/feet-down": _feet_down,
    "seated-glute/upright": _upright,
    "seated-glute/lean": _lean,
}
