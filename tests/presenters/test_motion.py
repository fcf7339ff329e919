"""The pose animation follows the session: which keyframes, how far between them, which side."""

from __future__ import annotations

import pytest

from app.catalogue import Catalogue, Side
from app.figure import Pose, interpolate, pose_keyframe
from app.figure.contacts import contact_error
from app.figure.pose import Contact
from app.presenters.motion import (
    MARCH_STEP_SECONDS,
    MOVE_SHARE,
    PoseMoment,
    held,
    pose_moment,
    still_to_the_end,
    wants_still,
)
from app.session import Cue, FakeClock, PhaseKind, Session
from tests.helpers import builtin_catalogue
from tests.session.conftest import make_session, run_for


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return builtin_catalogue()


def moment(session: Session, catalogue: Catalogue) -> PoseMoment:
    view = session.view()
    assert view.phase is not None
    return pose_moment(catalogue.stretch(view.phase.stretch_id), view)


def test_before_the_start_the_held_pose_is_previewed(catalogue: Catalogue) -> None:
    stretch = catalogue.stretch("knee-to-chest")
    assert pose_moment(stretch, None) == PoseMoment("knee-to-chest/knee-in", "knee-to-chest/knee-in", 1.0, None)


def test_prepare_moves_into_the_pose_then_rests(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock)  # lower back relief, no warm-up: knee to chest first
    session.start()
    assert session.phase.kind is PhaseKind.PREPARE
    assert moment(session, catalogue).settled() == PoseMoment(
        "knee-to-chest/start", "knee-to-chest/start", 1.0, Side.LEFT
    )
    run_for(session, clock, 8 * MOVE_SHARE / 2)
    halfway = moment(session, catalogue)
    assert (halfway.start, halfway.end, halfway.side) == ("knee-to-chest/start", "knee-to-chest/knee-in", Side.LEFT)
    assert halfway.t == pytest.approx(0.5, abs=0.02)
    run_for(session, clock, 8 * MOVE_SHARE / 2 + 0.1)
    assert moment(session, catalogue) == held(catalogue.stretch("knee-to-chest"), Side.LEFT)


def test_a_hold_is_still_and_a_pause_freezes_the_picture(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock)
    session.start()
    run_for(session, clock, 4)
    session.pause()
    frozen = moment(session, catalogue)
    clock.advance(60)
    session.poll()
    assert moment(session, catalogue) == frozen
    session.resume()
    session.skip()  # to the hold
    assert session.phase.kind is PhaseKind.HOLD
    first = moment(session, catalogue)
    run_for(session, clock, 10)
    assert moment(session, catalogue) == first
    assert first.still


def test_switching_sides_eases_out_on_the_old_side_and_in_on_the_new(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock)
    session.start()
    session.skip()
    session.skip()  # past the left hold
    assert (session.phase.kind, session.phase.side) == (PhaseKind.SWITCH_SIDES, Side.RIGHT)
    run_for(session, clock, 1)
    leaving = moment(session, catalogue)
    assert (leaving.start, leaving.end, leaving.side) == ("knee-to-chest/knee-in", "knee-to-chest/start", Side.LEFT)
    run_for(session, clock, 2.5)
    entering = moment(session, catalogue)
    assert (entering.start, entering.end, entering.side) == ("knee-to-chest/start", "knee-to-chest/knee-in", Side.RIGHT)


def test_the_flow_breathes_cow_on_the_inhale_and_cat_on_the_exhale(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock)
    session.start()
    while session.phase.kind is not PhaseKind.FLOW:
        session.skip()
    view = session.view()
    assert view.breath is not None and view.breath[0] is Cue.INHALE
    inhale_length = view.breath[2]
    run_for(session, clock, inhale_length / 2)
    breathing_in = moment(session, catalogue)
    assert (breathing_in.start, breathing_in.end) == ("cat-cow/cat", "cat-cow/cow")
    run_for(session, clock, inhale_length / 2 + 0.5)
    breathing_out = moment(session, catalogue)
    assert (breathing_out.start, breathing_out.end) == ("cat-cow/cow", "cat-cow/cat")


def _figure(moment: PoseMoment) -> Pose:
    return interpolate(pose_keyframe(moment.start), pose_keyframe(moment.end), moment.t)


def _share_toward(pose: Pose, start: str, end: str) -> float:
    """How far `pose`'s lower back has bent from keyframe `start` toward `end`, 0..1."""
    first, last = pose_keyframe(start).angles.spine.lumbar, pose_keyframe(end).angles.spine.lumbar
    return (pose.angles.spine.lumbar - first) / (last - first)


@pytest.mark.parametrize("breath", [Cue.INHALE, Cue.EXHALE])
def test_the_picture_leads_each_breath(catalogue: Catalogue, breath: Cue) -> None:
    """From a breath's first frame its arrow points the new way; a quarter of the way into the
    breath the figure is past halfway to the breath's pose, and by mid-breath nearly there."""
    clock = FakeClock()
    session, _ = make_session(catalogue, clock)
    session.start()
    while session.phase.kind is not PhaseKind.FLOW:
        session.skip()
    if breath is Cue.EXHALE:
        run_for(session, clock, session.view().breath[2] + 0.01)  # type: ignore[index]
    view = session.view()
    assert view.breath is not None and view.breath[0] is breath
    goal, came_from = ("cat-cow/cow", "cat-cow/cat") if breath is Cue.INHALE else ("cat-cow/cat", "cat-cow/cow")
    length, shares = view.breath[2], []
    for share in (0.0, 0.25, 0.5):
        into = length - session.view().breath[1]  # type: ignore[index]
        run_for(session, clock, max(0.0, length * share - into))
        pose = _figure(moment(session, catalogue))
        assert pose.arrows == pose_keyframe(goal).arrows, share
        shares.append(_share_toward(pose, came_from, goal))
    assert shares[1] > 0.5 and shares[2] > 0.8


def test_the_transition_previews_the_next_stretch_at_its_start(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock)
    session.start()
    while session.phase.kind is not PhaseKind.TRANSITION:
        session.skip()
    assert moment(session, catalogue) == PoseMoment("cat-cow/cow", "cat-cow/cow", 1.0, None)


def test_pain_eases_out_of_the_pose(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock)
    session.start()
    session.skip()
    session.pain()
    assert session.phase.kind is PhaseKind.RELEASE
    run_for(session, clock, 2)
    easing = moment(session, catalogue)
    assert (easing.start, easing.end, easing.side) == ("knee-to-chest/knee-in", "knee-to-chest/start", Side.LEFT)
    assert 0 < easing.t < 1


def test_the_warm_up_marches_knee_after_knee(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock, routine="full-back-and-glutes")
    session.start()
    assert session.phase.kind is PhaseKind.WARM_UP
    run_for(session, clock, MARCH_STEP_SECONDS / 2)
    left_rising = moment(session, catalogue)
    run_for(session, clock, MARCH_STEP_SECONDS)
    right_rising = moment(session, catalogue)
    assert (left_rising.start, left_rising.end) == ("warm-up/left-knee-up", "warm-up/right-knee-up")
    assert (right_rising.start, right_rising.end) == ("warm-up/right-knee-up", "warm-up/left-knee-up")
    assert left_rising.t == pytest.approx(0.5, abs=0.05)


# What step 1 of each stretch's setup puts on the floor (or the seat): the first picture of "get
# into position" must show it. (The warm-up has no such phase: it marches from the start.)
HOOK_LYING = (Contact("shoulder_blades"), Contact("pelvis"), Contact("near_foot"), Contact("far_foot"))
ALL_FOURS = (Contact("near_hand"), Contact("far_hand"), Contact("near_knee"), Contact("far_knee"))
STEP_ONE_RESTS_ON = {
    "knee-to-chest": HOOK_LYING,  # lie down face up with your knees bent and your feet on the floor
    "supine-figure-four": HOOK_LYING,  # the same
    "cat-cow": ALL_FOURS,  # come onto your hands and knees
    "childs-pose": ALL_FOURS,  # start on your hands and knees
    "seated-glute-stretch": (Contact("pelvis", "seat"), Contact("near_foot"), Contact("far_foot")),  # sit, feet flat
}


@pytest.mark.parametrize("stretch_id", sorted(STEP_ONE_RESTS_ON))
def test_getting_into_position_starts_from_step_one(catalogue: Catalogue, stretch_id: str) -> None:
    routine = next(r for r in catalogue.routines if stretch_id in [step.stretch_id for step in r.steps])
    session, _ = make_session(catalogue, FakeClock(), routine=routine.id)
    session.start()
    while not (session.phase.kind is PhaseKind.PREPARE and session.phase.stretch_id == stretch_id):
        session.skip()
    first = moment(session, catalogue)
    pose = _figure(first)
    off = [contact.feature for contact in STEP_ONE_RESTS_ON[stretch_id] if contact_error(pose, contact) > 0.5]
    assert off == [], first


def test_getting_into_position_passes_through_each_step(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock, routine="desk-break")
    session.start()
    assert session.phase.kind is PhaseKind.PREPARE
    seen = []
    for _ in range(8 * 30):
        seen.append(moment(session, catalogue).settled())
        run_for(session, clock, 1 / 30)
    pairs = list(dict.fromkeys((m.start, m.end) for m in seen if not m.still))
    assert pairs == [
        ("seated-glute/feet-down", "seated-glute/upright"),
        ("seated-glute/upright", "seated-glute/lean"),
    ]


def test_a_still_picture_is_the_nearer_keyframe() -> None:
    assert PoseMoment("a", "b", 0.3, None).snapped() == PoseMoment("a", "a", 1.0, None)
    assert PoseMoment("a", "b", 0.6, None).snapped() == PoseMoment("b", "b", 1.0, None)


def _settled_pictures(session: Session, clock: FakeClock, catalogue: Catalogue, seconds: float) -> tuple[int, int]:
    """Runs `seconds` of `session` at 30 polls a second; from each poll at which the picture is
    said to be still to the end of its phase, checks that it stays so while that phase plays.
    Returns how many polls were said still and how many not."""
    still = moving = 0
    settled: tuple[object, PoseMoment] | None = None  # the phase played, and its picture
    for _ in range(round(seconds * 30)):
        view = session.view()
        assert view.phase is not None
        stretch = catalogue.stretch(view.phase.stretch_id)
        now = pose_moment(stretch, view)
        if settled is not None and settled[0] == (view.phase, view.state):
            assert now == settled[1], view
        if still_to_the_end(stretch, view):
            still += 1
            settled = settled if settled is not None and settled[0] == (view.phase, view.state) else \
                ((view.phase, view.state), now)
        else:
            moving += 1
            settled = None
        run_for(session, clock, 1 / 30, 1 / 30)
    return still, moving


@pytest.mark.parametrize("routine", ["lower-back-relief", "full-back-and-glutes", "desk-break"])
def test_a_picture_said_to_be_still_to_the_end_of_its_phase_stays_so(catalogue: Catalogue, routine: str) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock, routine=routine)
    session.start()
    still, moving = _settled_pictures(session, clock, catalogue, session.plan.total_seconds - 1)
    assert still > 0 and moving > 0  # both were seen: holds, and moves, flows or a warm-up


def test_a_picture_is_not_still_while_a_move_is_under_way(catalogue: Catalogue) -> None:
    clock = FakeClock()
    session, _ = make_session(catalogue, clock)
    session.start()  # getting into position: the knee comes up over the first MOVE_SHARE of 8 s
    stretch = catalogue.stretch("knee-to-chest")
    assert not still_to_the_end(stretch, session.view())
    run_for(session, clock, 8 * MOVE_SHARE + 0.1)
    assert still_to_the_end(stretch, session.view())
    session.restart_step()  # the same phase again, from its start: moving again
    assert not still_to_the_end(stretch, session.view())
    session.skip()
    session.pain()  # easing out moves, then rests
    assert not still_to_the_end(stretch, session.view())


@pytest.mark.parametrize(("setting", "system", "still"), [
    ("still", False, True), ("still", True, True), ("animate", True, False), ("animate", False, False),
    ("system", True, True), ("system", False, False),
])
def test_the_persons_choice_wins_and_system_follows_the_desktop(setting: str, system: bool, still: bool) -> None:
    assert wants_still(setting, system) is still
