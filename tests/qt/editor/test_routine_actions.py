"""The editor from the running app: New, Duplicate, Edit and Delete on the routine list, and the
list and the tray's menu showing a saved routine at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt.application import Supple
from app.qt.editor.editor_window import RoutineEditor
from app.qt.tray.icon import Tray


@pytest.fixture
def supple(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Supple]:
    monkeypatch.setattr(Tray, "show", lambda self: None)  # offscreen has no tray to show an icon in
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=True)
    qtbot.addWidget(running.window)
    running.window.show()
    qtbot.waitExposed(running.window)
    yield running
    running.controller.stop()
    running.tray.hide()
    running.deleteLater()


def listed(supple: Supple) -> list[str]:
    return [item.text(0).split("\n")[0] for item in supple.window.routineList.routine_items()]


def tray_routines(supple: Supple) -> list[str]:
    assert supple.tray.menu is not None
    return [action.text() for action in supple.tray.menu.routines.actions()]


def open_editor(qtbot: QtBot, supple: Supple, key: Qt.Key) -> RoutineEditor:
    routine_list = supple.window.routineList
    routine_list.setFocus()
    qtbot.keyClick(routine_list, key, Qt.KeyboardModifier.ControlModifier)
    editor = supple.routine_actions.editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def test_a_new_routine_saved_shows_in_the_list_and_the_tray(qtbot: QtBot, supple: Supple) -> None:
    editor = open_editor(qtbot, supple, Qt.Key.Key_N)
    qtbot.keyClicks(editor.name, "Evening wind-down")
    qtbot.keyClicks(editor.description, "Before bed.")
    editor.picker.search.setFocus()
    qtbot.keyClicks(editor.picker.search, "cat")
    qtbot.keyClick(editor.picker.search, Qt.Key.Key_Return)
    with qtbot.waitSignal(supple.catalogueChanged):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Evening wind-down (yours)" in listed(supple)
    assert supple.window.routineList.selected_routine() == "evening-wind-down"
    assert "Evening wind-down" in tray_routines(supple)
    assert supple.window.planner.known("evening-wind-down")


def test_editing_a_built_in_saves_a_copy_and_leaves_the_built_in_as_it_was(qtbot: QtBot, supple: Supple) -> None:
    supple.window.routineList.select_routine("lower-back-relief")
    before = supple.catalogue.routine("lower-back-relief")
    editor = open_editor(qtbot, supple, Qt.Key.Key_E)
    assert editor.replacing is None and editor.draft.name == "Lower back relief (my copy)"
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Delete)
    with qtbot.waitSignal(supple.catalogueChanged):
        editor.buttons["save"].click()
    assert supple.catalogue.routine("lower-back-relief") == before
    copy = supple.catalogue.routine("lower-back-relief-my-copy")
    assert len(copy.steps) == len(before.steps) - 1
    assert "Lower back relief" in listed(supple) and "Lower back relief (my copy) (yours)" in listed(supple)


def test_delete_removes_the_persons_routine_after_asking_and_refuses_a_built_in(
    qtbot: QtBot, supple: Supple
) -> None:
    supple.window.routineList.select_routine("desk-break")
    editor = open_editor(qtbot, supple, Qt.Key.Key_D)
    with qtbot.waitSignal(supple.catalogueChanged):
        editor.save()
    asked: list[str] = []
    supple.routine_actions.ask_delete = lambda routine: asked.append(routine.id) is None
    supple.window.routineList.select_routine("desk-break-my-copy")
    with qtbot.waitSignal(supple.catalogueChanged):
        supple.routine_actions.delete.trigger()
    assert asked == ["desk-break-my-copy"]
    assert not supple.window.planner.known("desk-break-my-copy")
    supple.window.routineList.select_routine("desk-break")
    supple.routine_actions.delete.trigger()
    assert asked == ["desk-break-my-copy"] and supple.window.planner.known("desk-break")
