"""The tray's line about the next reminder."""

from __future__ import annotations

from app.schedule.words import next_change, next_reminder_text


def test_it_says_when_the_next_reminder_comes_in_the_minutes_the_person_set() -> None:
    assert next_reminder_text(True, False, False, 23 * 60.0) == "Next reminder in 23 min of work"
    assert next_reminder_text(True, False, False, 3.0, speed=300) == "Next reminder in 15 min of work"


def test_it_says_why_none_is_coming() -> None:
    assert next_reminder_text(False, False, False, 60.0) == "Reminders are off"
    assert next_reminder_text(True, True, False, None) == "Reminders are paused"
    assert next_reminder_text(True, False, True, None) == "Time for a stretch"


def test_the_line_changes_when_its_minutes_do() -> None:
    wait = next_change(23 * 60.0)
    assert wait is not None and 30.0 <= wait <= 31.0  # at 22 min 30 s it says 22 min
    assert next_reminder_text(True, False, False, 23 * 60.0 - wait) == "Next reminder in 22 min of work"
    assert next_reminder_text(True, False, False, 23 * 60.0 - wait + 1.0) == "Next reminder in 23 min of work"
    assert next_change(60.0) is None  # "1 min" until it is due
    assert next_change(None) is None
    demo = next_change(3.0, minute=0.2)  # --speed 300: a minute is a fifth of a second
    assert demo is not None and demo < 0.2
