"""A history writer to be killed: run by test_crash.py as `python -m tests.history.writer_process PATH`.

It writes sessions of many holds one after another for ever, printing each session's id once its
transaction has committed, so the test knows what must survive a kill.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from app.history import HistoryStore
from tests.history.builders import synthetic
from tests.history.year import STRETCHES

HOLDS_PER_SESSION = 4 * len(STRETCHES)


def main(path: Path) -> int:
    store = HistoryStore.open(path, timeout=5)
    if not isinstance(store, HistoryStore):
        print(store.message, file=sys.stderr)
        return 1
    number = 0
    while True:
        number += 1
        day = date(2025, 1, 1) + timedelta(days=number % 365)
        session_id = store.write(synthetic(day, minutes=10, stretches=STRETCHES * 4, pains=number % 3))
        print(session_id, flush=True)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
