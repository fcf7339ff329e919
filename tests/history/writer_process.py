"""A history writer to be killed: run by test_crash.py as `python -m tests.history.writer_process PATH`.

It plays sessions on a fake clock one after another for ever, kept by a SessionJournal as they go,
exactly as the app keeps them. Once a write has committed it prints a line, so the test knows what
must survive a kill:

    begun ID
    hold ID STEP STRETCH SIDE OUTCOME
    finished ID

Every third session is stopped part-way and every third has a skipped hold and a pain report.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.history import HistoryStore, SessionJournal
from app.session import Event, FakeClock, Finished, HoldEnded, PhaseKind, Plan, Session, SessionStarted, build_plan
from tests.helpers import builtin_catalogue
from tests.history.builders import TIMING, advance, finish, run_until

ROUTINES = ("lower-back-relief", "deep-glute-release", "full-back-and-glutes", "desk-break")


def hold_line(session_id: int, event: HoldEnded) -> str:
    record = event.record
    side = record.side.value if record.side else "-"
    return f"hold {session_id} {record.step} {record.stretch_id} {side} {record.outcome.value}"


class Reporter:
    """Subscribed after the journal, so each event it sees has already been written."""

    def __init__(self, journal: SessionJournal) -> None:
        self._journal = journal
        self._session_id = 0

    def __call__(self, event: Event) -> None:
        line = None
        if isinstance(event, SessionStarted):
            assert self._journal.session_id is not None
            self._session_id = self._journal.session_id
            line = f"begun {self._session_id}"
        elif isinstance(event, HoldEnded):
            line = hold_line(self._session_id, event)
        elif isinstance(event, Finished):
            line = f"finished {self._session_id}"
        if line:
            print(line, flush=True)


def play(session: Session, clock: FakeClock, number: int) -> None:
    session.start()
    if number % 3 == 1:
        run_until(session, clock, lambda s: s.phase.kind is PhaseKind.HOLD)
        advance(session, clock, 4)
        session.skip()
        run_until(session, clock, lambda s: s.phase.kind is PhaseKind.HOLD)
        advance(session, clock, 9)
        session.pain()
        session.skip()  # end the release
        session.go_on()
    elif number % 3 == 2:
        advance(session, clock, 100)
        session.stop()
    finish(session, clock)


def main(path: Path) -> int:
    store = HistoryStore.open(path, timeout=5)
    if store.problem is not None:
        print(store.problem, file=sys.stderr)
        return 1
    catalogue = builtin_catalogue()
    plans: list[Plan] = [build_plan(catalogue.routine(name), catalogue, TIMING) for name in ROUTINES]
    journal = SessionJournal(store)
    reporter = Reporter(journal)
    number = 0
    while True:
        clock = FakeClock()
        session = Session(plans[number % len(plans)], clock)
        session.subscribe(journal)
        session.subscribe(reporter)
        play(session, clock, number)
        number += 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
