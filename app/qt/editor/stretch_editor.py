"""The editor of one of the person's own stretches: a draft changed by whole-draft commands on a
QUndoStack (as the routine editor's undo.py), saved through the person's catalogue folder, which
checks it with the loader's rules. A built-in stretch reaches here only as a copy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import CatalogueError
from app.catalogue.stretch_draft import StretchDraft, free_stretch_id, problems
from app.catalogue.user_folder import UserFolder
from app.qt.editor.stretch_form import StretchForm
from app.qt.translation import arg
from app.qt.widgets.scroll_column import scroll_column

TYPING = 2  # a command id of its own: typing in one field is one step to undo


class StretchChange(QUndoCommand):
    def __init__(self, editor: StretchEditor, text: str, before: StretchDraft, after: StretchDraft,
                 typing: str | None) -> None:
        super().__init__(text)
        self._editor, self.before, self.after, self.typing = editor, before, after, typing

    def id(self) -> int:
        return TYPING if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StretchChange) or other.typing != self.typing:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._editor.show_draft(self.after)

    def undo(self) -> None:
        self._editor.show_draft(self.before)


def _button(text: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", ""))
    button.setAutoDefault(False)  # Enter belongs to the field that has it (a line is added)
    return button


class StretchEditor(QDialog):
    saved = Signal(str)  # the stretch's id

    def __init__(self, folder: UserFolder, draft: StretchDraft, *, replacing: str | None,
                 taken: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        """`replacing`: the person's stretch this draft was opened from (None for a new one or a
        copy, saved under an id made from its name and free among `taken`)."""
        super().__init__(parent)
        self.folder, self.replacing, self.taken = folder, replacing, taken
        self.draft = draft
        self.stack = QUndoStack(self)
        self.ask_leaving: Callable[[], QMessageBox.StandardButton] = self._ask_leaving
        new = draft.name or self.tr("New stretch")
        self.setWindowTitle(arg(self.tr("Edit %1", "a stretch's name"), draft.name) if replacing else new)
        self.setSizeGripEnabled(True)
        self.form = StretchForm(folder.limits, self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("editorMessage")
        self.buttons = {
            "undo": _button(self.tr("Undo"), self.tr("Undo the last change (Ctrl+Z)"), self),
            "redo": _button(self.tr("Redo"), self.tr("Redo what was undone (Ctrl+Shift+Z)"), self),
            "cancel": _button(self.tr("Cancel"), self.tr("Close without saving (Escape)"), self),
            "save": _button(self.tr("&Save"), self.tr("Save the stretch (Ctrl+S)"), self),
        }
        self._layout()
        self._connect()
        self.form.show_draft(draft)
        self.form.text("name").setFocus()

    def _layout(self) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        for name in ("undo", "redo", "cancel", "save"):
            bottom.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_column(self.form, keep_width=True), 1)  # 800 x 600 with the style's padding
        layout.addLayout(bottom)

    def _connect(self) -> None:
        b, stack = self.buttons, self.stack
        self.form.changed.connect(self.change)
        self.form.refused.connect(self.message.setText)
        b["undo"].clicked.connect(stack.undo)
        b["redo"].clicked.connect(stack.redo)
        stack.canUndoChanged.connect(b["undo"].setEnabled)
        stack.canRedoChanged.connect(b["redo"].setEnabled)
        b["undo"].setEnabled(False)
        b["redo"].setEnabled(False)
        b["save"].clicked.connect(self.save)
        b["cancel"].clicked.connect(self.reject)
        for keys, slot in ((QKeySequence.StandardKey.Undo, stack.undo), (QKeySequence.StandardKey.Redo, stack.redo),
                           (QKeySequence.StandardKey.Save, self.save)):
            action = self.addAction("")
            action.setShortcuts(keys)
            action.triggered.connect(slot)

    def change(self, text: str, fields: dict[str, object], typing: str | None = None) -> None:
        after = replace(self.draft, **fields)  # type: ignore[arg-type]
        if after != self.draft:
            self.message.clear()
            self.stack.push(StretchChange(self, text, self.draft, after, typing))

    def show_draft(self, draft: StretchDraft) -> None:
        """The draft as it now is (each command's redo and undo end here)."""
        self.draft = draft
        self.form.show_draft(draft)

    # -- saving and leaving --------------------------------------------------------------------

    def save(self) -> bool:
        found = problems(self.draft, self.folder.limits)
        if found:
            self.message.setText(" ".join(found[:3]))
            return False
        draft = self.draft
        if self.replacing is None:
            draft = replace(draft, id=free_stretch_id(draft.name, self.taken()))
        try:
            self.folder.save_stretch(draft, self.replacing)
        except CatalogueError as error:
            self.message.setText(arg(self.tr("Not saved:\n%1"), error))
            return False
        except OSError as error:
            self.message.setText(arg(self.tr("Not saved: %1"), error.strerror or error))
            return False
        self.stack.setClean()
        self.saved.emit(draft.id)
        self.accept()
        return True

    def reject(self) -> None:
        if self._may_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() == QDialog.DialogCode.Accepted or self._may_leave():
            event.accept()
        else:
            event.ignore()

    def _may_leave(self) -> bool:
        if self.stack.isClean():
            return True
        answer = self.ask_leaving()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.stack.setClean()
            return True
        return False

    def leaving_question(self) -> str:
        if not self.draft.name:
            return self.tr("Save your changes to this stretch before closing?")
        return arg(self.tr("Save your changes to %1 before closing?", "a stretch's name"), self.draft.name)

    def _ask_leaving(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), self.leaving_question(),
                          buttons.Save | buttons.Discard | buttons.Cancel, self)
        box.setDefaultButton(buttons.Save)
        return buttons(box.exec())
