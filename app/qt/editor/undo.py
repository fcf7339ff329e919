"""Undo and redo as whole drafts: each command holds the routine before and after one change, so
undoing can never leave the draft half changed."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from app.catalogue.draft import RoutineDraft

TYPING = 1  # a command id: typing in one field is one step to undo, not one per letter


def clone(draft: RoutineDraft) -> RoutineDraft:
    return replace(draft, steps=list(draft.steps))


class ShowsDraft(Protocol):
    def show_draft(self, draft: RoutineDraft, row: int) -> None: ...


class DraftChange(QUndoCommand):
    def __init__(self, editor: ShowsDraft, text: str, before: tuple[RoutineDraft, int],
                 after: tuple[RoutineDraft, int], field: str | None = None) -> None:
        super().__init__(text)
        self._editor = editor
        self.before, self.after = before, after
        self.field = field  # the text field typed in, for merging

    def id(self) -> int:
        return TYPING if self.field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftChange) or other.field != self.field:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._editor.show_draft(clone(self.after[0]), self.after[1])

    def undo(self) -> None:
        self._editor.show_draft(clone(self.before[0]), self.before[1])
