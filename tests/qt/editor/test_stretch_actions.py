"""Stretches from the routine editor: a new one goes straight into a routine that plans with its
hold; a built-in is only duplicated; a stretch a routine uses is not deleted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.catalogue import SecondsRange, Step
from app.catalogue.draft import RoutineDraft
from app.catalogue.user_folder import UserFolder
from app.context import load_context
from app.paths import Paths
from app.planner import Planner
from app.qt.editor.editor_window import Leaving, RoutineEditor
from app.qt.editor.stretch_editor import StretchEditor
from app.session import PhaseKind, Timing
from app.settings import Settings
from tests.catalogue.test_stretch_draft import complete
from tests.qt.editor.test_stretch_editor import build_by_keyboard


@pytest.fixture
def folder(isolated_paths: Paths) -> UserFolder:
    return UserFolder(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema,
                      isolated_paths.user_catalogue_dir)


def open_editor(qtbot: QtBot, folder: UserFolder) -> RoutineEditor:
    made = RoutineEditor(folder.catalogue(), folder, Timing(), RoutineDraft(id=""), replacing=None)
    made.ask_leaving = lambda: Leaving.DISCARD
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    return made


@pytest.fixture
def editor(qtbot: QtBot, folder: UserFolder) -> Iterator[RoutineEditor]:
    yield open_editor(qtbot, folder)


def opened(qtbot: QtBot, editor: RoutineEditor) -> StretchEditor:
    qtbot.waitUntil(lambda: editor.stretch_actions.editor is not None)  # a mnemonic clicks a moment later
    stretch_editor = editor.stretch_actions.editor
    assert stretch_editor is not None and stretch_editor.isVisible()
    stretch_editor.ask_leaving = lambda: QMessageBox.StandardButton.Discard
    return stretch_editor


def test_a_new_stretch_goes_into_a_routine_that_plans_with_its_hold(
    qtbot: QtBot, editor: RoutineEditor, isolated_paths: Paths
) -> None:
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # New stretch…
    stretch_editor = opened(qtbot, editor)
    stretch_editor.activateWindow()
    build_by_keyboard(qtbot, stretch_editor)
    with qtbot.waitSignal(editor.stretchesChanged):
        qtbot.keyClick(stretch_editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    picker = editor.picker
    assert picker.current_id() == "wall-hamstring"
    assert picker.list.currentItem().text() == "Wall hamstring (yours)"
    assert editor.stretch_actions.edit.text() == "Edi&t stretch…"
    editor.activateWindow()
    qtbot.keyClicks(editor.name, "Hamstrings")
    editor.description.setText("Mine.")
    editor.description.textEdited.emit("Mine.")
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert [step.stretch_id for step in editor.draft.steps] == ["wall-hamstring"]
    with qtbot.waitSignal(editor.saved):
        editor.save()
    catalogue = load_context(isolated_paths).catalogue.catalogue
    assert catalogue.stretch("wall-hamstring").hold == SecondsRange(35, 20, 40)
    plan = Planner(catalogue, Settings()).plan("hamstrings")
    holds = [phase for phase in plan.phases if phase.kind is PhaseKind.HOLD]
    assert [(phase.stretch_id, phase.seconds) for phase in holds] == [("wall-hamstring", 30)] * 2  # each side


def test_duplicating_a_built_in_leaves_the_built_in_catalogue_byte_identical(
    qtbot: QtBot, editor: RoutineEditor, isolated_paths: Paths
) -> None:
    before = isolated_paths.builtin_catalogue.read_bytes()
    editor.picker.select("childs-pose")
    actions = editor.stretch_actions
    assert actions.edit.text() == "Dup&licate stretch…" and not actions.delete.isEnabled()
    actions.edit.click()
    copy = opened(qtbot, editor)
    assert copy.draft.name == "Child's pose (my copy)" and copy.replacing is None
    with qtbot.waitSignal(copy.saved) as saved:
        copy.save()
    assert saved.args == ["child-s-pose-my-copy"]
    assert isolated_paths.builtin_catalogue.read_bytes() == before
    assert editor.picker.current_id() == "child-s-pose-my-copy"


def test_deleting_a_stretch_a_routine_uses_is_refused_with_the_routines_name(
    qtbot: QtBot, folder: UserFolder, isolated_paths: Paths
) -> None:
    folder.save_stretch(complete())
    mine = RoutineDraft("wall-work", "Wall work", "Mine.", steps=[])
    mine.steps.append(Step("wall-hamstring", hold_seconds=30))
    folder.save_routine(mine.routine())
    editor = open_editor(qtbot, folder)
    editor.picker.select("wall-hamstring")
    before = (isolated_paths.user_catalogue_dir / "my-routines.json").read_bytes()
    editor.stretch_actions.delete.click()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "Wall hamstring is used by Wall work, so it was not deleted." in boxes[0].text()
    boxes[0].close()
    assert (isolated_paths.user_catalogue_dir / "my-routines.json").read_bytes() == before


def test_an_unused_stretch_of_ones_own_is_deleted_after_asking(qtbot: QtBot, folder: UserFolder) -> None:
    folder.save_stretch(complete())
    editor = open_editor(qtbot, folder)
    editor.picker.select("wall-hamstring")
    asked: list[str] = []
    editor.stretch_actions.ask_delete = lambda name: asked.append(name) or True
    with qtbot.waitSignal(editor.stretchesChanged):
        editor.stretch_actions.delete.click()
    assert asked == ["Wall hamstring"] and "wall-hamstring" not in editor.catalogue.stretches
    assert all(editor.picker.list.item(row).data(Qt.ItemDataRole.UserRole) != "wall-hamstring"
               for row in range(editor.picker.list.count()))


