"""Words beside the timer: what comes next, through sides, rounds and stretches."""

from __future__ import annotations

import math

import pytest

from app.presenters.glance import glance, status_line
from app.presenters.presentation import TimerFaces, coming_up, completion_html, timer_face, words_key
from app.session import FakeClock, PhaseKind, Session, State, Timing, build_plan
from app.wording import clock_text
from tests.helpers import builtin_catalogue
from tests.session.conftest import make_session, run_for


def nexts(routine: str) -> list[tuple[str, str, str]]:
    catalogue = builtin_catalogue()
    plan = build_plan(catalogue.routine(routine), catalogue, Timing(warm_up=False))
    return [
        (phase.kind.value, phase.side.value if phase.side else "", coming_up(phase, catalogue))
        for phase in plan.phases
        if phase.kind is not PhaseKind.TRANSITION
    ]


def test_a_one_sided_stretch_names_the_other_side_then_the_next_stretch() -> None:
    seen = nexts("lower-back-relief")
    assert seen[:4] == [
        ("prepare", "left", "Next: right leg"),
        ("hold", "left", "Next: right leg"),
        ("switch-sides", "right", "Next: cat-cow"),
        ("hold", "right", "Next: cat-cow"),
    ]
    assert seen[-1] == ("hold", "", "Last stretch")


def test_repeated_rounds_are_announced_before_the_end() -> None:
    seen = nexts("desk-break")
    texts = [text for _, _, text in seen]
    assert "Next: round 2 of 2" in texts
    assert texts.index("Next: round 2 of 2") < texts.index("Last stretch")
    assert texts[-1] == "Last stretch"


def _session(routine: str) -> tuple[Session, FakeClock]:
    clock = FakeClock()
    session, _ = make_session(builtin_catalogue(), clock, routine=routine)
    session.start()
    return session, clock


def test_the_warm_up_counts_down_in_minutes_and_seconds() -> None:
    session, clock = _session("full-back-and-glutes")
    run_for(session, clock, 5.02)
    face = timer_face(session.view(), builtin_catalogue())
    assert session.phase.kind is PhaseKind.WARM_UP
    assert face.digits == "4:55"
    assert face.accessible_text == "Warm up, 4 minutes 55 seconds left"
    assert status_line(session.view(), builtin_catalogue()).endswith("Warm up, 4:55")


def test_a_hold_counts_down_in_seconds() -> None:
    session, clock = _session("lower-back-relief")
    session.skip()  # to the first hold, 30 s
    run_for(session, clock, 5.02)
    assert timer_face(session.view(), builtin_catalogue()).digits == "25"


def test_the_last_second_is_said_in_the_singular() -> None:
    session, clock = _session("lower-back-relief")
    run_for(session, clock, 7.5)  # of an 8 s prepare
    face = timer_face(session.view(), builtin_catalogue())
    assert face.accessible_text == "Get into position, 1 second left, left leg"


def test_the_completion_page_says_the_time_held_in_stretches() -> None:
    catalogue = builtin_catalogue()
    session, clock = _session("lower-back-relief")
    run_for(session, clock, session.plan.total_seconds + 1)
    assert session.result is not None
    held = sum(hold.held_seconds for hold in session.result.holds)
    assert held < session.result.active_seconds  # the prepares and changes are not stretching
    _, summary = completion_html(session.result, session.plan, catalogue)
    assert f"Time stretching: {clock_text(held)}" in summary


def test_views_with_the_same_words_key_say_the_same_words() -> None:
    """A display of words skips a poll whose words_key is the one it last showed: through whole
    routines (a warm-up, flows, a pause, pain), a view with the last view's key has the same words
    in its face, glance and status line, and a new key comes about once a second."""
    catalogue = builtin_catalogue()
    for routine in ("lower-back-relief", "full-back-and-glutes"):
        clock = FakeClock()
        session, _ = make_session(catalogue, clock, routine=routine)
        session.start()
        last: tuple[object, ...] | None = None
        said: tuple[object, ...] = ()
        keys = polls = 0
        while not session.state.finished:
            tick = polls
            if tick == 900:
                session.pain()
            elif session.state is State.AWAITING_CHOICE:
                session.go_on()
            elif tick in (300, 330):
                session.toggle_pause()
            view = session.view()
            face = timer_face(view, catalogue)
            words = (face.phase, face.side, face.tone, face.show_seconds, face.digits, face.accessible_text,
                     glance(view, catalogue), status_line(view, catalogue))
            key = words_key(view)
            if key == last:
                assert words == said, view
            else:
                keys += 1
            last, said, polls = key, words, polls + 1
            run_for(session, clock, 1 / 30, 1 / 30)
        assert polls / 40 < keys < polls / 20  # about once a second (breaths change theirs too)


def test_the_faces_of_a_source_of_views_are_those_timer_face_gives() -> None:
    """TimerFaces keeps the last face's words while words_key stays: each face it gives through a
    routine with flows, a pause and pain is the one timer_face works out afresh."""
    catalogue = builtin_catalogue()
    clock = FakeClock()
    session, _ = make_session(catalogue, clock, routine="full-back-and-glutes")
    faces = TimerFaces(session.view, lambda: catalogue)
    assert faces() == timer_face(session.view(), catalogue)  # ready
    session.start()
    polls = 0
    while not session.state.finished:
        if polls in (300, 330):
            session.toggle_pause()
        elif polls == 900:
            session.pain()
        elif session.state is State.AWAITING_CHOICE:
            session.go_on()
        assert faces() == timer_face(session.view(), catalogue)
        polls += 1
        run_for(session, clock, 1 / 30, 1 / 30)
    assert faces() == timer_face(session.view(), catalogue)  # done


def test_a_counting_face_says_how_its_arc_moves_until_the_next_second() -> None:
    """A ring moves the arc between polls from the face alone: 1/length a second from `at`. Through
    a routine with holds, flows (each breath its own arc) and a pause, the face a poll later is
    where that said it would be, within its second."""
    catalogue = builtin_catalogue()
    clock = FakeClock()
    session, _ = make_session(catalogue, clock, routine="full-back-and-glutes")
    session.start()
    checked = 0
    for poll in range(3000):
        if poll in (300, 360):
            session.toggle_pause()
        face = timer_face(session.view(), catalogue)
        assert face.at == clock()
        # Stay within the second the face shows (a poll that crosses it is checked by the next).
        step = max(0.005, min(0.2, face.seconds - math.floor(face.seconds) or 1.0) - 0.01)
        run_for(session, clock, step, step)
        later = timer_face(session.view(), catalogue)
        if not face.moving:
            assert session.state is State.PAUSED or later.progress == face.progress
        elif later.phase == face.phase and later.whole_seconds == face.whole_seconds and later.length == face.length:
            assert later.progress == pytest.approx(face.progress + step / face.length)
            checked += 1
        if session.state.finished:
            break
    assert checked > 1000
    session.toggle_pause()
    assert not timer_face(session.view(), catalogue).moving
