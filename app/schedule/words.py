"""The companion's line in the tray: when the next reminder comes, or why none will. Qt-free."""

from __future__ import annotations

from app.wording import minutes_text


def next_reminder_text(enabled: bool, paused: bool, showing: bool, seconds: float | None, speed: float = 1.0) -> str:
    """`seconds` on the companion's clock; a demo's `speed` turns them back into the minutes the
    person set, so the tray says what the settings say."""
    if not enabled:
        return "Reminders are off"
    if paused:
        return "Reminders are paused"
    if showing or seconds is None:
        return "Time for a stretch"
    if seconds <= 0:
        return "Next reminder: soon"  # due, and waiting for a better moment
    return f"Next reminder in {minutes_text(seconds * speed)} of work"
