"""The routine list's words: the facts of a routine said as one sentence, the person's own marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.qt.window.routine_list import ROUTINE_ID, RoutineList
from app.session import Timing
from tests.helpers import builtin_catalogue


def test_each_routine_shows_its_length_place_and_stretches_in_one_line(qtbot: QtBot) -> None:
    routines = RoutineList()
    qtbot.addWidget(routines)
    routines.populate(builtin_catalogue(), Timing(), builtin_source="elsewhere")  # so every routine is "yours"
    shown = {item.data(0, ROUTINE_ID): item.text(0).split("\n") for item in routines.routine_items()}
    name, facts = shown["desk-break"]
    assert name == "Desk break (yours)"
    assert facts.endswith(" · at the desk · 1 stretch") and facts.split(" · ")[0].endswith(" min")
    assert shown["lower-back-relief"][1].endswith(" · on the floor · 3 stretches")
    headings = [routines.topLevelItem(index).text(0) for index in range(routines.topLevelItemCount())]
    assert headings == ["Back", "Glutes", "Back and glutes"]


def test_a_long_languages_facts_wrap_in_a_narrow_list_rather_than_being_cut(qtbot: QtBot) -> None:
    routines = RoutineList()
    qtbot.addWidget(routines)
    catalogue = builtin_catalogue()
    routines.populate(catalogue, Timing(), "nowhere")  # every routine is "(yours)": the longest names
    routines.resize(200, 600)
    routines.show()
    qtbot.waitExposed(routines)
    qtbot.wait(1)  # the rows are laid out again for the new width on the next turn of the loop
    item = routines.routine_items()[0]
    rect = routines.visualItemRect(item)
    text = item.text(0)
    needed = routines.fontMetrics().boundingRect(0, 0, rect.width() - routines.iconSize().width() - 8, 100_000,
                                                 Qt.TextFlag.TextWordWrap, text)
    assert rect.height() >= needed.height(), (rect.height(), needed.height())
    assert routines.textElideMode() is Qt.TextElideMode.ElideNone
