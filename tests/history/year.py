"""A generated year of daily use, with the figures it should give worked out independently."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.history import History, SessionRows
from tests.history.builders import synthetic, write_rows

TODAY = date(2025, 3, 14)
ROUTINES = ("lower-back-relief", "deep-glute-release", "desk-break", "full-back-and-glutes")
STRETCHES = ("knee-to-chest", "cat-cow", "childs-pose", "supine-figure-four", "seated-glute-stretch")
HOLIDAY = range(200, 212)  # days into the year with no stretching at all


@dataclass
class Year:
    sessions: list[SessionRows] = field(default_factory=list)

    def seconds_by_day(self) -> Counter[date]:
        totals: Counter[date] = Counter()
        for rows in self.sessions:
            totals[rows.session.started_at.date()] += rows.session.stretched_seconds
        return totals

    def holds_by_stretch(self) -> Counter[str]:
        return Counter(hold.stretch_id for rows in self.sessions for hold in rows.holds)

    def sessions_by_routine(self) -> Counter[str]:
        return Counter(rows.session.routine_id for rows in self.sessions)


def generate(seed: int = 8, days: int = 365, today: date = TODAY) -> Year:
    """Most days one to three sessions; some days none; one long holiday; today has a session."""
    rng = random.Random(seed)
    year = Year()
    for offset in range(days):
        day = today - timedelta(days=days - 1 - offset)
        if offset in HOLIDAY or (rng.random() < 0.15 and offset != days - 1):
            continue
        for number in range(rng.randint(1, 3)):
            stretches = tuple(rng.sample(STRETCHES, rng.randint(1, 4)))
            year.sessions.append(synthetic(
                day, rng.choice(ROUTINES), minutes=rng.randint(4, 24) / 2, hour=8 + 4 * number,
                stretches=stretches, pains=1 if rng.random() < 0.03 else 0,
            ))
    return year


def write_year(store: History, year: Year) -> None:
    write_rows(store.path, *year.sessions)


def expected_streaks(days: set[date], today: date) -> tuple[int, int]:
    """The plain way: walk back from today (or yesterday) and forward through every run."""
    start = today if today in days else today - timedelta(days=1)
    current = 0
    while start - timedelta(days=current) in days:
        current += 1
    best = 0
    for day in days:
        if day - timedelta(days=1) not in days:
            length = 0
            while day + timedelta(days=length) in days:
                length += 1
            best = max(best, length)
    return current, best
