"""A finished session becomes the right rows: completed, stopped and interrupted by pain.

Each is kept through the store's calls the app's journal makes, here all at the session's end."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.catalogue import Catalogue
from app.history import HistoryError, HistoryStore
from app.paths import Paths
from app.session import HoldOutcome
from tests.history.builders import ENDED, completed, pain_in_second_stretch, plan_for, record, stopped_after


def test_a_completed_session_is_recorded_with_every_hold(store: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "lower-back-relief")
    result = completed(plan)
    session_id = record(store, result, plan, ENDED)

    [(stored_id, session)] = store.sessions()
    assert stored_id == session_id
    assert (session.routine_id, session.routine_name, session.outcome) == (
        "lower-back-relief", plan.routine.name, "complete")
    assert session.ended_at == ENDED
    assert session.started_at == ENDED - timedelta(seconds=result.ended_at - result.started_at)
    assert session.active_seconds == pytest.approx(plan.total_seconds)
    holds = [hold for _, hold in store.holds()]
    assert len(holds) == len(result.holds) > 0
    assert {hold.outcome for hold in holds} == {"completed"}
    assert [hold.stretch_id for hold in holds] == [record.stretch_id for record in result.holds]
    assert holds[0].stretch_name == catalogue.stretch(holds[0].stretch_id).name
    assert session.stretched_seconds == pytest.approx(sum(record.held_seconds for record in result.holds))
    assert store.pains() == []


def test_a_stopped_session_keeps_what_was_done(store: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "deep-glute-release")
    result = stopped_after(plan, 8 + 12)  # prepare, then 12 s into the first hold
    record(store, result, plan, ENDED)

    [(_, session)] = store.sessions()
    assert session.outcome == "stopped"
    [(_, hold)] = store.holds()
    assert hold.outcome == HoldOutcome.LEFT.value
    assert hold.held_seconds == pytest.approx(12, abs=0.6)
    assert hold.side == "left"
    assert session.stretched_seconds == pytest.approx(hold.held_seconds)


def test_a_pain_report_is_recorded_with_its_stretch(store: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "deep-glute-release")
    result = pain_in_second_stretch(plan)
    record(store, result, plan, ENDED)

    [(_, session)] = store.sessions()
    assert session.outcome == "complete"
    second = plan.stretch_steps[1].stretch
    [(_, pain)] = store.pains()
    assert (pain.stretch_id, pain.stretch_name, pain.phase) == (second.id, second.name, "hold")
    holds = [hold for _, hold in store.holds()]
    assert [hold.outcome for hold in holds if hold.stretch_id == second.id] == ["pain"]
    assert holds[[h.stretch_id for h in holds].index(second.id)].held_seconds == pytest.approx(10, abs=0.6)
    [entry] = store.recent_pains(10)
    assert (entry.stretch_name, entry.routine_name) == (second.name, plan.routine.name)
    assert store.pain_count() == 1


def test_the_warm_up_is_kept_but_not_counted_as_stretching(store: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "full-back-and-glutes")
    result = completed(plan)
    record(store, result, plan, ENDED)

    holds = [hold for _, hold in store.holds()]
    assert [hold.warm_up for hold in holds].count(True) == 1
    [(_, session)] = store.sessions()
    assert session.stretched_seconds == pytest.approx(sum(h.held_seconds for h in holds if not h.warm_up))
    assert "march-in-place" not in [ranked.id for ranked in store.top_stretches(10)]


def test_the_wall_clock_is_read_when_no_time_is_given(isolated_paths: Paths, catalogue: Catalogue) -> None:
    opened = HistoryStore.open(isolated_paths.history_file, now=lambda: ENDED)
    assert isinstance(opened, HistoryStore)
    with opened as store:
        plan = plan_for(catalogue, "desk-break")
        store.finish(store.begin(plan), completed(plan), plan)
        [(_, session)] = store.sessions()
        assert (session.started_at, session.ended_at) == (ENDED, ENDED)


def test_clearing_forgets_everything(store: HistoryStore, catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "deep-glute-release")
    record(store, pain_in_second_stretch(plan), plan, ENDED)
    store.clear()
    assert (store.sessions(), store.holds(), store.pains(), store.session_count()) == ([], [], [], 0)


def test_a_failed_write_raises_a_clear_error_and_keeps_nothing_half_done(
    store: HistoryStore, catalogue: Catalogue
) -> None:
    plan = plan_for(catalogue, "deep-glute-release")
    record(store, completed(plan), plan, ENDED)
    begun = store.begin(plan, ENDED)
    before = (store.sessions(), store.holds())
    # finishing updates the session and adds its holds before its pain rows; refusing the pain
    # rows must undo both, leaving the session as it was begun (the next open calls it interrupted)
    store._connection.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON pains BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(HistoryError, match=r"Could not write to the history .*: disk full"):
        store.finish(begun, pain_in_second_stretch(plan), plan, ENDED)
    assert (store.sessions(), store.holds()) == before
    assert [(number, row.outcome) for number, row in before[0]][-1] == (begun, "in-progress")
