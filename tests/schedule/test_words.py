"""The tray's line about the next reminder."""

from __future__ import annotations

from app.schedule.words import next_reminder_text


def test_it_says_when_the_next_reminder_comes_in_the_minutes_the_person_set() -> None:
    assert next_reminder_text(True, False, False, 23 * 60.0) == "Next reminder in 23 min of work"
    assert next_reminder_text(True, False, False, 3.0, speed=300) == "Next reminder in 15 min of work"


def test_it_says_why_none_is_coming() -> None:
    assert next_reminder_text(False, False, False, 60.0) == "Reminders are off"
    assert next_reminder_text(True, True, False, None) == "Reminders are paused"
    assert next_reminder_text(True, False, True, None) == "Time for a stretch"
