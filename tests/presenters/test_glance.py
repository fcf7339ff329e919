"""The words the mini timer and the tray show for a session, read without Qt."""

from __future__ import annotations

from app.catalogue import Catalogue
from app.context import load_context, timing_from
from app.paths import Paths
from app.presenters.glance import READY, glance, status_line
from app.session import FakeClock, PhaseKind, Session, build_plan


def _session(paths: Paths, routine: str = "lower-back-relief") -> tuple[Session, FakeClock, Catalogue]:
    context = load_context(paths)
    catalogue = context.catalogue.catalogue
    clock = FakeClock()
    plan = build_plan(catalogue.routine(routine), catalogue, timing_from(context.settings.settings))
    return Session(plan, clock), clock, catalogue


def _run(session: Session, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds * 10)):
        clock.advance(0.1)
        session.poll()


def test_before_a_session_the_tray_says_only_the_app_name(isolated_paths: Paths) -> None:
    session, _clock, catalogue = _session(isolated_paths)
    assert glance(None, catalogue) == READY
    assert status_line(session.view(), catalogue) == "Supple"


def test_a_hold_reads_name_side_phase_and_seconds(isolated_paths: Paths) -> None:
    session, clock, catalogue = _session(isolated_paths)
    session.start()
    seen = glance(session.view(), catalogue)
    assert (seen.title, seen.side, seen.following) == ("Knee to chest", "Left leg", "Next: right leg")
    assert status_line(session.view(), catalogue) == "Knee to chest, left leg — Get into position, 8 s"
    session.skip()  # into the hold
    _run(session, clock, 18.5)
    assert status_line(session.view(), catalogue) == "Knee to chest, left leg — Hold, 12 s"
    session.pause()
    assert status_line(session.view(), catalogue) == "Knee to chest, left leg — Paused, 12 s"


def test_a_pain_report_offers_the_choice_and_the_end_says_so(isolated_paths: Paths) -> None:
    session, clock, catalogue = _session(isolated_paths)
    session.start()
    session.skip()
    session.pain()
    _run(session, clock, 11)
    assert glance(session.view(), catalogue).following == "Go on gently, or skip it"
    assert status_line(session.view(), catalogue) == "Knee to chest, left leg — Skip or go on?"
    session.stop()
    assert glance(session.view(), catalogue).title == "Routine stopped"
    assert status_line(session.view(), catalogue) == "Supple — Routine stopped"


def test_the_last_stretch_says_so(isolated_paths: Paths) -> None:
    session, clock, catalogue = _session(isolated_paths, "desk-break")
    session.start()
    last = len(session.plan.steps) - 1
    while session.step < last:
        session.skip()
    if session.phase.kind is PhaseKind.TRANSITION:
        session.skip()  # the preview of the last stretch says "Next up" on the ring instead
    assert glance(session.view(), catalogue).following == "Next: right leg"  # two rounds, both legs
    while session.phase is not session.plan.phases[-1]:
        session.skip()
    assert glance(session.view(), catalogue).following == "Last stretch"
    _run(session, clock, 600)
    seen = glance(session.view(), catalogue)
    assert seen.finished and seen.title == "Routine complete"
