"""What the session page shows: which stretch of how many, how far the routine is, the picture."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.planner import Planner
from app.presenters.following import PROGRESS_STEPS, Following
from app.session import FakeClock, PhaseKind, Session
from app.session.pain import gentle_phase
from app.settings import Settings
from tests.helpers import builtin_catalogue

CATALOGUE = builtin_catalogue()


def test_the_moment_numbers_stretches_and_never_moves_backwards() -> None:
    catalogue = builtin_catalogue()
    plan = Planner(catalogue, Settings()).plan("lower-back-relief")
    following, clock = Following(plan, catalogue), FakeClock()
    session = Session(plan, clock)
    session.start()
    first = following.moment(session.view())
    assert first is not None
    assert first.progress.startswith("Stretch 1 of 3") and first.done == 0
    assert first.picture == "Knee to chest, left leg"
    done = [first.done]
    while not session.state.finished:
        clock.advance(1)
        session.poll()
        moment = following.moment(session.view())
        if moment is not None:
            done.append(moment.done)
    assert done == sorted(done) and done[-1] <= PROGRESS_STEPS


def test_the_next_line_is_empty_while_moving_on() -> None:
    catalogue = builtin_catalogue()
    plan = Planner(catalogue, Settings()).plan("lower-back-relief")
    following = Following(plan, catalogue)
    transition = next(phase for phase in plan.phases if phase.kind is PhaseKind.TRANSITION)
    assert following.next_line(transition) == ""
    assert following.next_line(plan.phases[0]) == "Next: right leg"


COMMANDS = ["pause", "resume", "skip", "pain", "go_on", "toggle_pause", "back", "restart_step"]
GOING_BACK = {"back", "restart_step"}  # the only commands that may move the bar back
steps = st.one_of(
    st.tuples(st.just("wait"), st.floats(min_value=0.0, max_value=12.0)),
    st.tuples(st.sampled_from(COMMANDS), st.just(0.0)),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=st.sampled_from(["lower-back-relief", "deep-glute-release", "desk-break"]),
       script=st.lists(steps, max_size=40))
def test_the_progress_bar_only_moves_back_when_the_person_goes_back(
    routine: str, script: list[tuple[str, float]],
) -> None:
    plan = Planner(CATALOGUE, Settings()).plan(routine)
    following, clock = Following(plan, CATALOGUE), FakeClock()
    session = Session(plan, clock, sleep_gap=60)
    session.start()
    before = 0
    for action, seconds in script:
        if action == "wait":
            clock.advance(seconds)
            session.poll()
        else:
            getattr(session, action)()
        moment = following.moment(session.view())
        if moment is None:
            return
        if action not in GOING_BACK:
            assert moment.done >= before, (action, session.state, session.phase.kind)
        before = moment.done


def test_pain_holds_the_bar_where_it_was_through_the_release_and_going_on() -> None:
    catalogue = CATALOGUE
    plan = Planner(catalogue, Settings()).plan("lower-back-relief")
    following, clock = Following(plan, catalogue), FakeClock()
    session = Session(plan, clock)
    session.start()
    for _ in range(20):  # 12 s into the first hold
        clock.advance(1)
        session.poll()
    at_pain = done_now(following, session)
    session.pain()
    assert done_now(following, session) == at_pain
    clock.advance(11)
    session.poll()
    session.go_on()  # getting into position again is not progress, but not a step back either
    assert done_now(following, session) == at_pain


def done_now(following: Following, session: Session) -> int:
    moment = following.moment(session.view())
    assert moment is not None
    return moment.done


def test_the_next_line_says_how_to_go_on_gently() -> None:
    plan = Planner(CATALOGUE, Settings()).plan("lower-back-relief")
    following = Following(plan, CATALOGUE)
    gently = following.next_line(gentle_phase(plan.phases[1], plan))
    assert "light stretch" in gently and gently.endswith("Next: right leg")
    assert "light stretch" not in following.next_line(plan.phases[1])


def test_the_choices_are_said_in_the_persons_language_as_whole_sentences() -> None:
    from app import i18n  # noqa: PLC0415
    from app.presenters.following import CHOICES, choice_line  # noqa: PLC0415

    assert choice_line() == ("Go on gently (Space): a shorter, lighter hold.\n"
                             "Skip this stretch (Right arrow): on to the next one.")
    german = {"Go on gently": "Sanft weitermachen", "Space": "Leertaste",
              "a shorter, lighter hold": "kürzer und leichter halten", "%1 (%2): %3.": "%1 (%2): %3."}
    i18n.install(lambda context, source, disambiguation, n: german.get(source, source), language="de")
    try:
        assert CHOICES["goOn"].line == "Sanft weitermachen (Leertaste): kürzer und leichter halten."
        assert CHOICES["goOn"].words == "Go on gently"  # the source stays for the form's names
    finally:
        i18n.install(None)
