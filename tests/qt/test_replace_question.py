"""The question before a running routine is replaced: one box at a time, about the newest request."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.qt.replace_question import ReplaceQuestion


def boxes(parent: QWidget) -> list[QMessageBox]:
    return parent.findChildren(QMessageBox, "replaceRoutineQuestion")


def test_a_later_request_asks_in_the_same_box_and_yes_starts_the_newest(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    question = ReplaceQuestion(parent)
    answers: list[str] = []
    for name in ("Desk break", "Full back and glutes", "Deep glute release"):
        question.ask(name, lambda name=name: answers.append(f"replace with {name}"), lambda: answers.append("keep"))
    [box] = boxes(parent)
    assert box.text() == "A routine is running. Stop it and start Deep glute release?"
    box.done(QMessageBox.StandardButton.Yes)
    assert answers == ["replace with Deep glute release"]


def test_no_keeps_what_was_there_before_the_first_request(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    question = ReplaceQuestion(parent)
    kept: list[str] = []
    question.ask("Desk break", lambda: None, lambda: kept.append("as before the first"))
    question.ask("Deep glute release", lambda: None, lambda: kept.append("as before the second"))
    boxes(parent)[0].done(QMessageBox.StandardButton.No)
    assert kept == ["as before the first"]


def test_once_answered_the_next_request_gets_a_fresh_box(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    question = ReplaceQuestion(parent)
    answers: list[str] = []
    first = question.ask("Desk break", lambda: answers.append("first"), lambda: None)
    first.done(QMessageBox.StandardButton.Yes)
    second = question.ask("Deep glute release", lambda: answers.append("second"), lambda: None)
    assert second is not first and second.isVisible()
    second.done(QMessageBox.StandardButton.Yes)
    assert answers == ["first", "second"]
