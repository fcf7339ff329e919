"""The routine editor on its own: built by keyboard, holds refused outside bounds, undo, save."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.catalogue import Catalogue, Side, Step
from app.catalogue.draft import RoutineDraft
from app.catalogue.user_folder import MY_ROUTINES, UserFolder
from app.context import load_context
from app.paths import Paths
from app.qt.editor.editor_window import Leaving, RoutineEditor
from app.session import Timing
from tests.qt.accessibility import accessible, assert_named_as_shown


@pytest.fixture
def catalogue(isolated_paths: Paths) -> Catalogue:
    return load_context(isolated_paths).catalogue.catalogue


asked: list[bool] = []


@pytest.fixture
def editor(qtbot: QtBot, isolated_paths: Paths, catalogue: Catalogue) -> Iterator[RoutineEditor]:
    folder = UserFolder(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema,
                        isolated_paths.user_catalogue_dir)
    made = RoutineEditor(catalogue, folder, Timing(), RoutineDraft(id=""), replacing=None)
    asked.clear()
    made.ask_leaving = lambda: asked.append(True) or Leaving.DISCARD  # pytest-qt closes it at the end
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made


def type_into(qtbot: QtBot, editor: RoutineEditor, text: str) -> None:
    qtbot.keyClicks(editor.focusWidget(), text)


def add_by_search(qtbot: QtBot, editor: RoutineEditor, words: str) -> None:
    editor.picker.search.setFocus()
    editor.picker.search.clear()
    qtbot.keyClicks(editor.picker.search, words)
    qtbot.keyClick(editor.picker.search, Qt.Key.Key_Return)


def build_by_keyboard(qtbot: QtBot, editor: RoutineEditor) -> None:
    type_into(qtbot, editor, "Morning back")  # the name has the focus at first
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
    type_into(qtbot, editor, "Before work.")
    add_by_search(qtbot, editor, "knee")
    add_by_search(qtbot, editor, "child")


def stretch_ids(editor: RoutineEditor) -> list[str]:
    return [step.stretch_id for step in editor.draft.steps]


def test_a_routine_is_built_reordered_and_saved_from_the_keyboard(
    qtbot: QtBot, editor: RoutineEditor, isolated_paths: Paths
) -> None:
    build_by_keyboard(qtbot, editor)
    assert editor.draft.name == "Morning back" and editor.draft.description == "Before work."
    assert stretch_ids(editor) == ["knee-to-chest", "childs-pose"]
    assert "Total time: " in editor.total.text()
    editor.steps.setFocus()
    editor.steps.setCurrentRow(1)
    qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stretch_ids(editor) == ["childs-pose", "knee-to-chest"]
    assert editor.steps.currentRow() == 0  # the moved step stays chosen
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == ["morning-back"]
    written = json.loads((isolated_paths.user_catalogue_dir / MY_ROUTINES).read_text(encoding="utf-8"))
    assert [s["stretch"] for s in written["routines"][0]["steps"]] == ["childs-pose", "knee-to-chest"]


def test_a_hold_outside_the_stretchs_bounds_is_refused_with_a_message(
    qtbot: QtBot, editor: RoutineEditor, catalogue: Catalogue
) -> None:
    add_by_search(qtbot, editor, "knee")
    bounds = catalogue.stretch("knee-to-chest").hold
    assert bounds is not None
    hold = editor.details.hold
    hold.setFocus()
    hold.selectAll()
    qtbot.keyClicks(hold, str(bounds.max + 5))
    qtbot.keyClick(hold, Qt.Key.Key_Return)
    assert f"{bounds.min} to {bounds.max} seconds" in editor.message.text()
    assert editor.draft.steps[0].hold_seconds != bounds.max + 5
    assert hold.value() == editor.draft.steps[0].hold_seconds
    hold.selectAll()
    qtbot.keyClicks(hold, str(bounds.max))
    qtbot.keyClick(hold, Qt.Key.Key_Return)
    assert editor.draft.steps[0].hold_seconds == bounds.max
    assert editor.message.text() == ""


def test_undo_and_redo_walk_the_changes_back_and_forth(qtbot: QtBot, editor: RoutineEditor) -> None:
    build_by_keyboard(qtbot, editor)
    editor.steps.setCurrentRow(0)
    editor.details.sides.setCurrentIndex(2)
    editor.details.sides.activated.emit(2)  # "Left only", as a choice from the list sends it
    assert editor.draft.steps[0].sides == (Side.LEFT,)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.steps[0].sides is None
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stretch_ids(editor) == ["knee-to-chest"]
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.steps == [] and editor.draft.description == ""
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.name == "" and editor.name.text() == ""  # typing a name is one change
    editor.buttons["redo"].click()
    assert editor.name.text() == "Morning back"
    for _ in range(4):
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.draft.steps[0] == Step("knee-to-chest", hold_seconds=editor.draft.steps[0].hold_seconds,
                                         sides=(Side.LEFT,))


def test_closing_with_unsaved_changes_asks_and_staying_keeps_the_window(qtbot: QtBot, editor: RoutineEditor) -> None:
    build_by_keyboard(qtbot, editor)
    editor.ask_leaving = lambda: asked.append(True) or Leaving.STAY
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [True] and editor.isVisible()
    editor.ask_leaving = lambda: Leaving.DISCARD
    editor.close()
    assert not editor.isVisible()


def test_an_unchanged_editor_closes_without_a_question(editor: RoutineEditor) -> None:
    editor.close()
    assert not editor.isVisible()
    assert asked == []


def test_save_refuses_an_empty_routine_saying_what_is_missing(qtbot: QtBot, editor: RoutineEditor) -> None:
    editor.save()
    assert editor.message.text() == "Give the routine a name."
    assert editor.isVisible()


def test_every_control_is_named_by_its_visible_words(editor: RoutineEditor) -> None:
    for button in editor.findChildren(QPushButton):
        assert_named_as_shown(button)
    assert accessible(editor.name) == "Name"
    assert accessible(editor.details.hold) == "Hold"
    assert accessible(editor.picker.search) == "Find a stretch"
