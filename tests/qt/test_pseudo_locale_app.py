"""The whole app in the pseudo-locale (en-XA): every word it shows went through tr().

The walk reads every visible text of the main window (choosing, a hold, the pain choice, progress),
the mini timer, the tray menu, the settings dialog, the reminder prompt, the routine editor (a new
routine and a copy of a built-in with its steps), the stretch editor (a new stretch and a copy of a
one-sided built-in) with its pictures, and the questions, messages and file dialogs of saving,
importing, exporting and deleting. A text passes when every part of it is pseudo, or is data rather
than words (numbers, times, keys), or is one of the few texts that are deliberately never translated
(ALLOWED): a translated sentence with English glued to it fails too. A failure says whether the text
is written in app/qt (a tr() forgotten) or comes from the core or the catalogue.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.language import PSEUDO
from app.paths import Paths
from app.pseudo_locale import CLOSE, OPEN
from app.qt import translation
from app.qt.application import Supple
from app.qt.editor.editor_window import Leaving, RoutineEditor
from app.qt.editor.stretch_editor import StretchEditor
from app.qt.settings.settings_dialog import LANGUAGE_NAMES, PSEUDO_NAME
from app.qt.tray.icon import TrayMenu
from app.session import PhaseKind
from app.session.commands import Command
from tests.helpers import REPO

# never translated, on purpose
ALLOWED = {
    "Supple",  # the app's name
    "Supple mini timer",  # the mini timer's window title: a compositor's "keep above" rule matches it
    *(QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)),  # QLocale's, as data
    *LANGUAGE_NAMES.values(), PSEUDO_NAME,  # each language named in itself
}
_DATA = re.compile(r"^[\d\s:;.,%·—–()/+×-]*$")  # numbers, times, percentages, a list's separators
_KEYS = {"Space", "Esc", "Enter", "Left", "Right", "Up", "Down", "M", "Ctrl+H", "Ctrl+,"}
# Qt's own words (its standard buttons, a scroll bar's menu): translated by qtbase_XX.qm in a real
# language, which has no pseudo form
QT_OWN = {"OK", "Cancel", "Restore Defaults", "Scroll Left", "Scroll Right", "Yes", "No", "Save", "Discard"}
_PSEUDO_PART = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def _literals(path: Path) -> Iterator[str]:
    """The string literals of a module, its docstrings and comments left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body
                  and isinstance(node.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


_QT_SOURCE = "\n".join(
    text for path in (REPO / "app" / "qt").rglob("*.py") for text in _literals(path)
) + "".join(re.findall(r"<string[^>]*>([^<]*)</string>", "".join(
    (REPO / "ui" / name).read_text(encoding="utf-8") for name in ("main_window.ui", "settings_dialog.ui"))))


def _strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_data(text: str) -> bool:
    bare = re.sub(r"<[^>]*>", "", text).strip()
    return not bare or bool(_DATA.match(bare)) or bare in _KEYS


_QT_TEXTS = {_strip_mnemonic(line).strip() for line in _QT_SOURCE.split("\n")} | set(_QT_SOURCE.split("\n"))


def untranslated_part(text: str) -> str:
    """What is left of a text once its pseudo parts are taken out, innermost first (a pseudo
    sentence may hold pseudo names): '' for a text translated whole."""
    while (shorter := _PSEUDO_PART.sub("", text)) != text:
        text = shorter
    return text.strip()


def written_in_qt(text: str) -> bool:
    """Whether the text is written whole in the Qt layer's code or forms: then it is ours, and
    must have gone through tr(). (A sentence put together from the core's words is not.)"""
    return text in _QT_TEXTS or _strip_mnemonic(text).strip() in _QT_TEXTS


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a person can see or hear of `widget` and its children."""
    for child in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(child).__name__} {child.objectName()!r}"
        if child.isWindow():
            yield where + " title", child.windowTitle()
        if isinstance(child, QLabel):
            yield where, child.text()
        if isinstance(child, QAbstractButton):
            yield where, child.text()
        if isinstance(child, QGroupBox):
            yield where, child.title()
        if isinstance(child, QTabWidget):
            yield from ((where + " tab", child.tabText(i)) for i in range(child.count()))
        if isinstance(child, QComboBox):
            yield from ((where + " item", child.itemText(i)) for i in range(child.count()))
        if isinstance(child, QLineEdit):
            yield where + " placeholder", child.placeholderText()
        if isinstance(child, QSpinBox | QDoubleSpinBox):
            yield where + " suffix", child.suffix()
        if isinstance(child, QTreeWidget | QListWidget):
            yield from items_of(child, where)
        yield where + " tooltip", child.toolTip()
        yield where + " accessible name", child.accessibleName()
        yield where + " accessible description", child.accessibleDescription()
        for action in child.actions():
            yield from actions_of(action, where)


def items_of(view: QTreeWidget | QListWidget, where: str) -> Iterator[tuple[str, str]]:
    """Each item's lines (the routine list's name, then its facts), tooltip and spoken text."""
    accessible = Qt.ItemDataRole.AccessibleTextRole
    if isinstance(view, QTreeWidget):
        found = QTreeWidgetItemIterator(view)
        items = []
        while found.value() is not None:
            items.append((found.value().text(0), found.value().toolTip(0), found.value().data(0, accessible)))
            found += 1
    else:
        items = [(item.text(), item.toolTip(), item.data(accessible))
                 for item in (view.item(row) for row in range(view.count()))]
    for text, tip, heard in items:
        yield from ((where + " item", line) for line in text.split("\n"))
        yield where + " item tooltip", tip
        yield where + " item accessible text", heard or ""


def actions_of(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield f"{where} action", action.text()
    yield f"{where} action tooltip", action.toolTip()
    menu = action.menu()
    if menu is not None:
        for inner in menu.actions():
            yield from actions_of(inner, where + " > " + action.text())


class Walk:
    def __init__(self) -> None:
        self.untranslated: list[str] = []
        self.seen = 0
        self.modals = 0  # modal dialogs read (each call site checks its own opened)

    def look(self, pairs: Iterator[tuple[str, str]] | list[tuple[str, str]]) -> None:
        for where, shown in pairs:
            text = shown.strip()
            if not text:
                continue
            self.seen += 1
            rest = untranslated_part(text)
            if is_data(rest) or rest in ALLOWED or _strip_mnemonic(rest) in QT_OWN:
                continue
            source = "written in app/qt" if written_in_qt(text) or written_in_qt(rest) else "from the core or data"
            self.untranslated.append(f"{where}: {text!r} ({source})")

    def modal(self, read: Callable[[QWidget], Iterator[tuple[str, str]] | list[tuple[str, str]]]) -> None:
        """Read the modal dialog about to open, then leave it as Escape would (No, Cancel)."""
        def inspect() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog)
            try:
                self.look(read(dialog))
                self.modals += 1
            finally:
                escape = dialog.escapeButton() if isinstance(dialog, QMessageBox) else None
                if escape is not None:
                    escape.click()
                else:
                    dialog.reject()

        QTimer.singleShot(0, inspect)


def file_dialog(dialog: QWidget) -> list[tuple[str, str]]:
    """A file dialog's title and filters: the rest of it is Qt's own (translated by qtbase_XX.qm)."""
    assert isinstance(dialog, QFileDialog)
    return [("file dialog title", dialog.windowTitle()), *(("file dialog filter", f) for f in dialog.nameFilters())]


def boxes_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """The message boxes `widget` shows without waiting (app.qt.widgets.messages.tell), closed once read."""
    for box in widget.findChildren(QMessageBox):
        if box.isVisible():
            yield from texts_of(box)
            box.close()


@pytest.fixture
def pseudo_app(qtbot: QtBot, qapp: QApplication, isolated_paths: Paths) -> Iterator[Supple]:
    installed = translation.install(PSEUDO)
    running = Supple(qapp, load_context(isolated_paths, PSEUDO), outputs=(SilentSound(), SilentSpeech()), tray=False)
    qtbot.addWidget(running.window)
    yield running
    running.controller.stop()
    if running.mini is not None:
        running.mini.close()
        running.mini.deleteLater()
    running.deleteLater()
    installed.remove()
    translation.install("en")  # as the session's fixture had it


@pytest.mark.filterwarnings("ignore")
def test_every_visible_word_of_the_qt_layer_is_translated(qtbot: QtBot, pseudo_app: Supple) -> None:
    walk = Walk()
    supple = pseudo_app
    supple.open(None, mini=False)
    window = supple.window
    window.resize(1280, 800)
    walk.look(texts_of(window))  # choosing a routine
    supple.open("desk-break", mini=False)
    controller = supple.controller
    while (phase := controller.view().phase) is not None and phase.kind is not PhaseKind.HOLD:
        controller.do(Command.SKIP)
    walk.look(texts_of(window))  # a hold
    controller.do(Command.PAIN)
    walk.look(texts_of(window))  # the pain choice
    supple.show_mini()
    assert supple.mini is not None
    walk.look(texts_of(supple.mini))
    walk.look(actions_of(supple.mini.commands.menu(supple.mini, True).menuAction(), "mini menu"))
    supple.show_main()
    tray_menu = TrayMenu(supple.catalogue, supple.actions, offer_forward=True)  # the menu the tray icon shows
    tray_menu.show_reminders("", paused=True, enabled=True)
    walk.look(actions_of(tray_menu.menuAction(), "tray menu"))
    prompt = supple.reminders.prompt
    prompt.offer_break(None, short_only=False, worked_minutes=50)
    walk.look(texts_of(prompt))
    controller.stop()
    window.progress.open()
    assert window.progress.view is not None
    walk.look(texts_of(window.progress.view))

    def inspect_settings() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        walk.look(texts_of(dialog))
        dialog.close()

    QTimer.singleShot(0, inspect_settings)
    supple.preferences.edit(window)
    assert walk.seen > 100
    assert walk.untranslated == [], "\n".join(walk.untranslated)



def _opened(walk: Walk, before: int) -> None:
    assert walk.modals == before + 1, "the modal dialog did not open"


def _undo_texts(stack: QUndoStack) -> Iterator[tuple[str, str]]:
    yield from (("undo command", stack.text(index)) for index in range(stack.count()))


def _walk_routine_editors(walk: Walk, supple: Supple) -> str:
    """A new routine, refused and asked about; a copy of a built-in with its steps and changes; a
    stretch of the person's own made and refused, and a copy of a one-sided built-in stretch saved.
    The copy of the routine is saved: its id is returned."""
    actions = supple.routine_actions
    new = actions.new_routine()
    walk.look(texts_of(new))
    new.buttons["export"].click()  # a routine not saved yet: saved first, it says
    walk.look(texts_of(new))
    new.save()  # no name: refused, saying what is missing
    walk.look(texts_of(new))
    _walk_stretch_editors(walk, new)
    new.ask_leaving = lambda: Leaving.DISCARD
    new.close()

    supple.window.routineList.select_routine("lower-back-relief")
    copy = actions.duplicate_routine()
    assert copy is not None and len(copy.draft.steps) >= 2
    for row in range(len(copy.draft.steps)):  # a one-sided hold, a flow, ...: their details differ
        copy.steps.setCurrentRow(row)
        walk.look(texts_of(copy))
    copy.steps.setCurrentRow(0)
    copy.set_hold(999)  # outside the stretch's bounds: refused, saying them
    walk.look(texts_of(copy))
    copy.set_hold(25)
    copy.move_step(0, 1)
    copy.details.repetitions.setValue(2)
    copy.details.sidesChanged.emit(None)
    copy.add_stretch("cat-cow")
    copy.remove_step(len(copy.draft.steps) - 1)
    walk.look(_undo_texts(copy.stack))
    walk.look(texts_of(copy))  # the step list with its holds, repetitions and sides
    before = walk.modals
    walk.modal(texts_of)
    copy.reject()  # unsaved changes: asked, and Cancel stays
    _opened(walk, before)
    saved: list[str] = []
    copy.saved.connect(saved.append)
    assert copy.save()
    return saved[0]


def _walk_stretch_editors(walk: Walk, routine_editor: RoutineEditor) -> None:
    stretches = routine_editor.stretch_actions
    made = stretches.new_stretch()
    walk.look(texts_of(made))
    made.save()  # blank: refused, with what is missing
    walk.look(texts_of(made))
    made.form.text("name").textEdited.emit("x")
    walk.look(_undo_texts(made.stack))
    before = walk.modals
    walk.modal(texts_of)
    made.reject()  # unsaved changes: asked, and Cancel stays
    _opened(walk, before)
    made.ask_leaving = lambda: QMessageBox.StandardButton.Discard
    made.close()

    routine_editor.picker.select("knee-to-chest")
    walk.look(texts_of(routine_editor))  # Duplicate, for a built-in
    copy = stretches.edit_stretch()
    assert isinstance(copy, StretchEditor) and copy.draft.one_sided
    walk.look(texts_of(copy))  # the pictures of both sides, and their caption
    assert copy.save()
    walk.look(texts_of(routine_editor))  # the person's own stretch in the list, and Edit
    before = walk.modals
    walk.modal(texts_of)
    stretches.delete_stretch()  # asked, and No keeps it
    _opened(walk, before)


def _walk_sharing(walk: Walk, supple: Supple, mine: str) -> None:
    """Export and import: the file dialogs, a clash's question, a built-in refused; deleting."""
    window, actions = supple.window, supple.routine_actions
    sharing = actions.sharing
    window.routineList.select_routine(mine)
    edit = actions.edit_routine()
    assert edit is not None and edit.replacing == mine
    walk.look(texts_of(edit))
    edit.close()
    before = walk.modals
    walk.modal(file_dialog)
    sharing.export(mine)
    walk.modal(file_dialog)
    sharing.import_action.trigger()
    walk.modal(texts_of)
    sharing.import_file(actions.folder.default_file)  # its routine is there already: a new id offered
    assert walk.modals == before + 3
    sharing.export("desk-break")  # a built-in: everyone has it
    walk.look(boxes_of(window.routineList))
    window.routineList.select_routine("desk-break")
    actions.delete_routine()  # a built-in is not deleted
    walk.look(boxes_of(window.routineList))
    window.routineList.select_routine(mine)
    before = walk.modals
    walk.modal(texts_of)
    actions.delete_routine()  # asked, and No keeps it
    _opened(walk, before)


@pytest.mark.filterwarnings("ignore")
def test_every_visible_word_of_the_editors_is_translated(qtbot: QtBot, pseudo_app: Supple) -> None:
    walk = Walk()
    supple = pseudo_app
    supple.open(None, mini=False)
    supple.window.resize(1280, 800)
    mine = _walk_routine_editors(walk, supple)
    qtbot.waitUntil(lambda: any(item.data(0, Qt.ItemDataRole.UserRole) == mine
                                for item in supple.window.routineList.routine_items()))
    walk.look(texts_of(supple.window))  # the list with the person's own routine in it
    _walk_sharing(walk, supple, mine)
    assert walk.seen > 300
    assert walk.untranslated == [], "\n".join(walk.untranslated)
