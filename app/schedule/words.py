"""The companion's line in the tray: when the next reminder comes, or why none will. Qt-free."""

from __future__ import annotations

import math

from app import i18n
from app.i18n import Words
from app.wording import minutes_text

ReminderWords = Words("ReminderWords")


def next_reminder_text(enabled: bool, paused: bool, showing: bool, seconds: float | None, speed: float = 1.0) -> str:
    """`seconds` on the companion's clock; a demo's `speed` turns them back into the minutes the
    person set, so the tray says what the settings say."""
    if not enabled:
        return ReminderWords.tr("Reminders are off")
    if paused:
        return ReminderWords.tr("Reminders are paused")
    if showing or seconds is None:
        return ReminderWords.tr("Time for a stretch")
    if seconds <= 0:
        return ReminderWords.tr("Next reminder: soon")  # due, and waiting for a better moment
    return i18n.fill(ReminderWords.tr("Next reminder in %1 of work", "%1: '25 min'"), minutes_text(seconds * speed))


def next_change(seconds: float | None, minute: float = 60.0) -> float | None:
    """How long, counting down from `seconds`, until the line above says another number of
    minutes (`minute`: a minute in clock seconds, shorter in a demo); None while it says "1 min"
    or no count at all."""
    if seconds is None or not math.isfinite(seconds):
        return None
    shown = round(seconds / minute)  # as minutes_text rounds them
    if shown <= 1:
        return None
    return max(0.0, seconds - (shown - 0.5) * minute) + minute / 120  # just past the half minute
