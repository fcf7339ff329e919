"""The history of sessions and the progress figures drawn from it. No Qt here.

`HistoryStore.open` never raises for a bad file: it returns a `DisabledHistory` saying why, with
the same interface (`History`), and the app runs on without history. The CSV export is
`app.history.export`, loaded with the progress page that offers it.
"""

from app.history.interface import DisabledHistory, History
from app.history.journal import SessionJournal
from app.history.record import rows_for
from app.history.rows import HoldRow, PainEntry, PainRow, Ranked, SessionRow, SessionRows
from app.history.stats import DayMinutes, Progress, progress_of, streaks
from app.history.store import HistoryError, HistoryStore

__all__ = [
    "DayMinutes", "DisabledHistory", "History", "HistoryError", "HistoryStore", "HoldRow", "PainEntry", "PainRow",
    "Progress", "Ranked", "SessionJournal", "SessionRow", "SessionRows",
    "progress_of", "rows_for", "streaks",
]
