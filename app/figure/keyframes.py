"""Every keyframe of the catalogue, as data: joint angles, the contacts solved, the arrows shown.

The angles follow POSES.md (hip and knee flexion as a physiotherapist measures them). Angles that a
constraint solves (a planted foot's hip, the neck that rests the head) are only starting guesses
here. One-sided stretches are described for the left side, which is the near side in the picture;
the right side is drawn as the mirror image.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from app.figure.arrows import Nudge, Swing
from app.figure.limbs import (
    ArmOnFloor,
    ArmsAlongFloor,
    CrossAnkle,
    ForeheadOnFloor,
    Grip,
    HeadOnFloor,
    PlantFoot,
)
from app.figure.pose import Chair, Contact, Pose, Stretch, solved
from app.figure.skeleton import LIMB_RADIUS, Angles, Arm, Leg, Side, Spine
from app.figure.support import AllFours, KneelOnShins, LieOnBack, SitOnChair, StandOnFloor

WARM_UP = Stretch("warm-up", ("warm-up/left-knee-up", "warm-up/right-knee-up"), stagger_legs=True, thumbnail=0)
KNEE_TO_CHEST = Stretch(
    "knee-to-chest", ("knee-to-chest/start", "knee-to-chest/knee-in"), targets=("lower-back", "glutes")
)
CAT_COW = Stretch("cat-cow", ("cat-cow/cow", "cat-cow/cat"), targets=("lower-back",))
CHILDS_POSE = Stretch(
    "childs-pose", ("childs-pose/kneeling", "childs-pose/folded"), targets=("lower-back",), head_in_front=True
)
FIGURE_FOUR = Stretch(
    "figure-four",
    ("figure-four/crossed", "figure-four/drawn-in"),
    targets=("glutes", "piriformis"),
    near_arm_behind_leg=True,
)
SEATED_GLUTE = Stretch(
    "seated-glute",
    ("seated-glute/upright", "seated-glute/lean"),
    targets=("glutes", "piriformis"),
    chair=Chair(front=16.0, depth=44.0, seat=40.0, back=46.0),
)
STRETCHES: dict[str, Stretch] = {
    stretch.name: stretch for stretch in (WARM_UP, KNEE_TO_CHEST, CAT_COW, CHILDS_POSE, FIGURE_FOUR, SEATED_GLUTE)
}

BACK_CONTACTS = (Contact("head"), Contact("shoulder_blades"), Contact("pelvis"))
ON_SHINS = tuple(Contact(f"{side}_{part}") for side in ("near", "far") for part in ("knee", "shin", "foot"))


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


# Child's pose: sitting back on the heels, then folding forward over the thighs.
def _kneeling() -> Pose:
    folded_legs = Leg(hip=68.0, knee=155.0)
    angles = Angles(spine=Spine(thoracic=2.0), near_leg=folded_legs, far_leg=folded_legs)
    constraints = (
        KneelOnShins(),
        Grip("near", "near", "thigh", at=0.5, lift=LIMB_RADIUS + 1.0, hug=False),
        Grip("far", "far", "thigh", at=0.45, lift=LIMB_RADIUS + 1.0, hug=False),
    )
    return solved("childs-pose/kneeling", CHILDS_POSE, angles, constraints, contacts=ON_SHINS)


def _folded() -> Pose:
    folded_legs = Leg(hip=135.0, knee=155.0)
    angles = Angles(spine=Spine(lumbar=16.0, thoracic=20.0, neck=12.0), near_leg=folded_legs, far_leg=folded_legs)
    constraints = (KneelOnShins(), ForeheadOnFloor(), ArmsAlongFloor("near"), ArmsAlongFloor("far"))
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


# Supine figure four: the near (working) ankle crosses the far thigh, then that thigh comes in.
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


def _upright() -> Pose:
    return _seated("seated-glute/upright", pelvis=0.0, neck=0.0, arrows=())


def _lean() -> Pose:
    chest_forward = Swing(pivot="hip", tip="ribs", start=20.0, end=50.0, gap=18.0)
    return _seated("seated-glute/lean", pelvis=28.0, neck=-12.0, arrows=(chest_forward,))


_BUILDERS: dict[str, Callable[[], Pose]] = {
    "warm-up/left-knee-up": lambda: _march("near"),
    "warm-up/right-knee-up": lambda: _march("far"),
    "knee-to-chest/start": _knee_to_chest_start,
    "knee-to-chest/knee-in": _knee_to_chest_knee_in,
    "cat-cow/cow": _cow,
    "cat-cow/cat": _cat,
    "childs-pose/kneeling": _kneeling,
    "childs-pose/folded": _folded,
    "figure-four/crossed": _crossed,
    "figure-four/drawn-in": _drawn_in,
    "seated-glute/upright": _upright,
    "seated-glute/lean": _lean,
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
