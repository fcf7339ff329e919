"""A stretch of the person's own, built from nothing with the keyboard: refused bounds, undo and
redo, saved to their file, accepted by the loader and `supple check`."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.catalogue import Kind, Position, SecondsRange, load_catalogue, user_catalogue_files
from app.catalogue.stretch_draft import StretchDraft
from app.catalogue.user_folder import MY_ROUTINES, UserFolder
from app.cli import check_file
from app.paths import Paths
from app.qt.editor.stretch_editor import StretchEditor
from tests.qt.accessibility import accessible, assert_named_as_shown

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def folder(isolated_paths: Paths) -> UserFolder:
    return UserFolder(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema,
                      isolated_paths.user_catalogue_dir)


@pytest.fixture
def editor(qtbot: QtBot, folder: UserFolder) -> Iterator[StretchEditor]:
    made = StretchEditor(folder, StretchDraft(), replacing=None, taken=lambda: list(folder.catalogue().stretches))
    made.ask_leaving = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(made)
    made.resize(1240, 760)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    yield made


def press(qtbot: QtBot, editor: StretchEditor, key: Qt.Key, modifiers: Qt.KeyboardModifier = ALT) -> QWidget:
    qtbot.keyClick(editor.focusWidget(), key, modifiers)
    focused = editor.focusWidget()
    assert focused is not None
    return focused


def type_line(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def set_spin(qtbot: QtBot, editor: StretchEditor, mnemonic: Qt.Key, seconds: int) -> None:
    spin = press(qtbot, editor, mnemonic)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    type_line(qtbot, spin, str(seconds))


def build_by_keyboard(qtbot: QtBot, editor: StretchEditor) -> None:
    qtbot.keyClicks(editor.focusWidget(), "Wall hamstring")  # the name has the focus at first
    lower_back = press(qtbot, editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(lower_back, Qt.Key.Key_Space)
    qtbot.keyClick(press(qtbot, editor, Qt.Key.Key_P), Qt.Key.Key_Down)  # lying on back -> all fours
    press(qtbot, editor, Qt.Key.Key_O)  # one side at a time: the mnemonic clicks it, as a button's does
    qtbot.waitUntil(lambda: editor.draft.one_sided)
    qtbot.keyClick(press(qtbot, editor, Qt.Key.Key_D), Qt.Key.Key_Home)  # a side names a leg
    set_spin(qtbot, editor, Qt.Key.Key_L, 40)
    set_spin(qtbot, editor, Qt.Key.Key_U, 35)
    setup = press(qtbot, editor, Qt.Key.Key_E)
    type_line(qtbot, setup, "Kneel on all fours.")
    type_line(qtbot, setup, "Reach one leg back.")
    type_line(qtbot, press(qtbot, editor, Qt.Key.Key_C), "Keep the hips level.")
    type_line(qtbot, press(qtbot, editor, Qt.Key.Key_A), "Ease off at any sharp pain.")
    for key, text in ((Qt.Key.Key_F, "A pull behind the thigh."), (Qt.Key.Key_R, "Breathe slowly."),
                      (Qt.Key.Key_W, "Tight hamstrings tug on the pelvis.")):
        qtbot.keyClicks(press(qtbot, editor, key), text)
    pictures = press(qtbot, editor, Qt.Key.Key_I)
    qtbot.keyClick(pictures, Qt.Key.Key_Home)
    qtbot.keyClick(pictures, Qt.Key.Key_Right)


def test_a_stretch_is_built_from_nothing_with_the_keyboard(qtbot: QtBot, editor: StretchEditor) -> None:
    build_by_keyboard(qtbot, editor)
    draft = editor.draft
    assert draft.name == "Wall hamstring" and draft.areas == ("lower-back",)
    assert draft.position is Position.ALL_FOURS and draft.kind is Kind.HOLD
    assert draft.one_sided and draft.side_part == "leg"
    assert draft.hold == SecondsRange(35, 20, 40)
    assert draft.setup == ("Kneel on all fours.", "Reach one leg back.")
    assert draft.cues == ("Keep the hips level.",) and draft.cautions == ("Ease off at any sharp pain.",)
    assert draft.why == "Tight hamstrings tug on the pelvis."
    assert draft.keyframes == ("warm-up/left-knee-up", "warm-up/right-knee-up")
    assert editor.form.illustration.right.isVisible()  # the mirror of a one-sided stretch is previewed


def test_a_hold_bound_outside_the_safe_range_is_refused_with_a_message(qtbot: QtBot, editor: StretchEditor) -> None:
    set_spin(qtbot, editor, Qt.Key.Key_L, 90)
    assert editor.message.text() == "The hold's longest time must be between 10 and 60 seconds, not 90."
    assert editor.draft.hold.max == 30 and editor.form.seconds["max"].value() == 30
    assert not editor.stack.canUndo()
    set_spin(qtbot, editor, Qt.Key.Key_H, 5)
    assert "shortest time must be between 10 and 60 seconds, not 5." in editor.message.text()
    set_spin(qtbot, editor, Qt.Key.Key_L, 45)
    assert editor.draft.hold.max == 45 and editor.message.text() == ""


def test_undo_and_redo_walk_whole_changes(qtbot: QtBot, editor: StretchEditor) -> None:
    build_by_keyboard(qtbot, editor)
    built = editor.draft
    while editor.stack.canUndo():
        qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.draft == StretchDraft() and editor.form.text("name").text() == ""
    assert editor.form.lists["setup"].list.count() == 0
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.draft.name == "Wall hamstring"  # typing a name is one change
    while editor.stack.canRedo():
        editor.buttons["redo"].click()
    assert editor.draft == built


def test_saving_writes_the_persons_file_which_the_loader_and_check_accept(
    qtbot: QtBot, editor: StretchEditor, isolated_paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    build_by_keyboard(qtbot, editor)
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert saved.args == ["wall-hamstring"] and not editor.isVisible()
    mine = isolated_paths.user_catalogue_dir / MY_ROUTINES
    written = json.loads(mine.read_text(encoding="utf-8"))["stretches"]
    assert [stretch["id"] for stretch in written] == ["wall-hamstring"]
    loaded = load_catalogue(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema,
                            user_catalogue_files(isolated_paths.user_catalogue_dir))
    assert loaded.problems == () and loaded.catalogue.stretch("wall-hamstring").hold == SecondsRange(35, 20, 40)
    assert check_file(mine) == 0
    assert "valid (1 stretches, 0 routines)" in capsys.readouterr().out


def test_saving_an_unfinished_stretch_says_what_is_missing(qtbot: QtBot, editor: StretchEditor,
                                                           isolated_paths: Paths) -> None:
    qtbot.keyClicks(editor.focusWidget(), "Half done")
    assert not editor.save()
    assert editor.message.text().startswith("Choose at least one area the stretch is for.")
    assert not (isolated_paths.user_catalogue_dir / MY_ROUTINES).exists()


def test_every_control_is_named_by_its_words(editor: StretchEditor) -> None:
    for button in editor.findChildren(QPushButton):
        assert_named_as_shown(button)
    form = editor.form
    assert accessible(form.text("name")) == "Name" and accessible(form.seconds["max"]) == "Longest"
    assert accessible(form.lists["cues"].list) == "Cues" and accessible(form.illustration.list) == "Illustration"
