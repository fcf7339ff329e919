"""The routine editor window: a draft routine changed by undoable commands, saved through the
person's catalogue folder (which checks it with the loader's rules) or let go after a question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import Enum

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import Catalogue, CatalogueError, Step
from app.catalogue.draft import RoutineDraft, free_id, hold_refusal, new_step
from app.catalogue.user_folder import UserFolder
from app.qt.editor.step_details import StepDetails, sides_label
from app.qt.editor.step_list import StepList
from app.qt.editor.stretch_actions import StretchActions, own_stretches
from app.qt.editor.stretch_picker import StretchPicker
from app.qt.editor.undo import DraftChange, clone
from app.qt.translation import arg
from app.qt.widgets.thumbnails import thumbnail_icon
from app.session import Timing, build_plan
from app.wording import AREA_LABELS, PLACE_LABELS, area_label, duration_text, place_label, side_in_sentence

THUMBNAIL = QSize(52, 36)


class Leaving(Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


def _button(text: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", ""))
    button.setAutoDefault(False)  # Enter belongs to the field that has it (search adds, a hold is set)
    return button


class RoutineEditor(QDialog):
    saved = Signal(str)  # the id the routine was saved under
    stretchesChanged = Signal()  # one of the person's stretches was saved or deleted

    def __init__(self, catalogue: Catalogue, folder: UserFolder, timing: Timing, draft: RoutineDraft,
                 *, replacing: str | None, parent: QWidget | None = None) -> None:
        """`replacing`: the person's routine this draft was opened from (None for a new one or a
        copy, which is saved under an id of its own)."""
        super().__init__(parent)
        self.catalogue, self.folder, self.timing, self.replacing = catalogue, folder, timing, replacing
        self.draft = clone(draft)
        self.row = 0
        self.stack = QUndoStack(self)
        self.ask_leaving: Callable[[], Leaving] = self._ask_leaving
        self.read_only = False
        new = draft.name or self.tr("New routine")
        self.setWindowTitle(arg(self.tr("Edit %1", "a routine's name"), draft.name) if replacing else new)
        self.setSizeGripEnabled(True)
        self._build()
        self._connect()
        self.show_draft(self.draft, 0)
        self.name.setFocus()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.name, self.description = QLineEdit(self), QLineEdit(self)
        self.area, self.place = QComboBox(self), QComboBox(self)
        for area in AREA_LABELS:
            self.area.addItem(area_label(area), area)
        for place in PLACE_LABELS:
            self.place.addItem(place_label(place), place)
        form = QFormLayout()
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("D&escription"), self.description),
                              (self.tr("&Area"), self.area), (self.tr("&Place"), self.place)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.steps = StepList(self)
        self.details = StepDetails(self)
        self.picker = StretchPicker(self.catalogue, self, mine=own_stretches(self.catalogue, self.folder))
        self.stretch_actions = StretchActions(self, self.folder, self.picker, lambda: self.catalogue)
        self.total, self.message = QLabel(self), QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("editorMessage")
        self.buttons = {
            "add": _button(self.tr("A&dd stretch"), self.tr("Add the chosen stretch at the end (Enter in the list)"),
                           self),
            "up": _button(self.tr("Move &up"), self.tr("Move the step earlier (Alt+Up)"), self),
            "down": _button(self.tr("Move do&wn"), self.tr("Move the step later (Alt+Down)"), self),
            "remove": _button(self.tr("&Remove"), self.tr("Remove the step (Delete)"), self),
            "undo": _button(self.tr("Undo"), self.tr("Undo the last change (Ctrl+Z)"), self),
            "redo": _button(self.tr("Redo"), self.tr("Redo what was undone (Ctrl+Shift+Z)"), self),
            "save": _button(self.tr("&Save"), self.tr("Save the routine (Ctrl+S)"), self),
            "cancel": _button(self.tr("Cancel"), self.tr("Close without saving (Escape)"), self),
        }
        self.setLayout(self._layout(form))

    def _layout(self, form: QFormLayout) -> QVBoxLayout:
        b = self.buttons
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Steps, in order"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Stretches to add"), self), 0, 1)
        grid.addWidget(self.steps, 1, 0)
        grid.addWidget(self.picker, 1, 1)
        moves = QHBoxLayout()
        for name in ("up", "down", "remove"):
            moves.addWidget(b[name])
        grid.addLayout(moves, 2, 0)
        grid.addWidget(b["add"], 2, 1)
        own = QGridLayout()  # two to a row: three in one widened the editor past a small screen
        for index, button in enumerate(self.stretch_actions.buttons):
            own.addWidget(button, index // 2, index % 2)
        own.setRowStretch(2, 1)
        grid.addLayout(own, 3, 1)
        grid.addWidget(self.details, 3, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.bottom = bottom = QHBoxLayout()
        bottom.addStretch(1)
        for name in ("undo", "redo", "cancel", "save"):
            bottom.addWidget(b[name])
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.total)  # a line of its own: beside six buttons it widened the editor past a small screen
        layout.addLayout(bottom)
        return layout

    def _connect(self) -> None:
        b, stack = self.buttons, self.stack
        self.name.textEdited.connect(lambda text: self._change(self.tr("Change the name"), "name", name=text))
        self.description.textEdited.connect(
            lambda text: self._change(self.tr("Change the description"), "description", description=text))
        self.area.activated.connect(
            lambda _: self._change(self.tr("Change the area"), None, area=self.area.currentData()))
        self.place.activated.connect(
            lambda _: self._change(self.tr("Change the place"), None, place=self.place.currentData()))
        self.picker.chosen.connect(self.add_stretch)
        self.stretch_actions.catalogueChanged.connect(self.use_catalogue)
        b["add"].clicked.connect(self.picker.choose_current)
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.steps.moveRequested.connect(self.move_step)
        self.steps.removeRequested.connect(self.remove_step)
        self.steps.reordered.connect(self._reordered)
        b["up"].clicked.connect(lambda: self.move_step(self.steps.currentRow(), -1))
        b["down"].clicked.connect(lambda: self.move_step(self.steps.currentRow(), 1))
        b["remove"].clicked.connect(lambda: self.remove_step(self.steps.currentRow()))
        self.details.holdEntered.connect(self.set_hold)
        self.details.repetitionsChanged.connect(
            lambda n: self._change_step(self.tr("Change the repetitions"), repetitions=n))
        self.details.sidesChanged.connect(lambda sides: self._change_step(self.tr("Change the sides"), sides=sides))
        b["undo"].clicked.connect(stack.undo)
        b["redo"].clicked.connect(stack.redo)
        stack.canUndoChanged.connect(b["undo"].setEnabled)
        stack.canRedoChanged.connect(b["redo"].setEnabled)
        b["undo"].setEnabled(False)
        b["redo"].setEnabled(False)
        b["save"].clicked.connect(self.save)
        b["cancel"].clicked.connect(self.reject)
        self._keys()

    def _keys(self) -> None:
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.stack.undo),
                           (QKeySequence.StandardKey.Redo, self.stack.redo),
                           (QKeySequence.StandardKey.Save, self.save)):
            action = self.addAction("")
            action.setShortcuts(keys)
            action.triggered.connect(slot)

    def set_read_only(self, reason: str) -> None:
        """Show the routine without letting it change: its file has problems (`reason`, the loader's
        words), and a file Supple cannot read whole is not Supple's to rewrite."""
        self.read_only = True
        for widget in (self.name, self.description, self.area, self.place, self.picker, self.details):
            widget.setEnabled(False)
        for name in ("add", "up", "down", "remove", "save"):
            self.buttons[name].setEnabled(False)
        self.steps.setDragEnabled(False)
        self.steps.setAcceptDrops(False)
        self.message.setText(arg(self.tr("Read only: its file has problems. Fix them and open it again.\n\n%1"),
                                 reason))
        self.buttons["cancel"].setText(self.tr("Close"))
        self.buttons["cancel"].setAccessibleName(self.tr("Close"))
        self.buttons["cancel"].setFocus()

    def add_sharing(self, importing: Callable[[], object], exporting: Callable[[], object]) -> None:
        """Import and Export beside Undo (what they do is routine_actions' and sharing_actions')."""
        for place, (name, text, tip, keys, slot) in enumerate((
            ("import", self.tr("&Import…"), self.tr("Add the routines of a shared file (Ctrl+I)"), "Ctrl+I", importing),
            ("export", self.tr("E&xport…"), self.tr("Write this routine, as saved, to a file to share (Ctrl+Shift+E)"),
             "Ctrl+Shift+E", exporting),
        ), start=1):
            button = self.buttons[name] = _button(text, tip, self)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            self.bottom.insertWidget(place, button)
            action = self.addAction("")
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, slot=slot: slot())

    # -- changes -------------------------------------------------------------------------------

    def _change(self, text: str, typing: str | None, row: int | None = None, **fields: object) -> None:
        after = replace(clone(self.draft), **fields)  # type: ignore[arg-type]
        self._push(text, after, self.row if row is None else row, typing)

    def _push(self, text: str, after: RoutineDraft, row: int, typing: str | None = None) -> None:
        if self.read_only or (after == self.draft and row == self.row):
            return
        self.message.clear()
        self.stack.push(DraftChange(self, text, (clone(self.draft), self.row), (after, row), typing))

    def _with_steps(self, text: str, steps: list[Step], row: int) -> None:
        self._push(text, replace(clone(self.draft), steps=steps), row)

    def _change_step(self, text: str, **fields: object) -> None:
        if not 0 <= self.row < len(self.draft.steps):
            return
        steps = list(self.draft.steps)
        steps[self.row] = replace(steps[self.row], **fields)  # type: ignore[arg-type]
        self._with_steps(text, steps, self.row)

    def add_stretch(self, stretch_id: str) -> None:
        stretch = self.catalogue.stretch(stretch_id)
        self._with_steps(arg(self.tr("Add %1", "undo: a stretch's name"), stretch.name),
                         [*self.draft.steps, new_step(stretch)], len(self.draft.steps))

    def remove_step(self, row: int) -> None:
        if 0 <= row < len(self.draft.steps):
            steps = list(self.draft.steps)
            gone = steps.pop(row)
            name = self.catalogue.stretch(gone.stretch_id).name
            self._with_steps(arg(self.tr("Remove %1", "undo: a stretch's name"), name), steps, row)

    def move_step(self, row: int, delta: int) -> None:
        target = row + delta
        if 0 <= row < len(self.draft.steps) and 0 <= target < len(self.draft.steps):
            steps = list(self.draft.steps)
            steps[row], steps[target] = steps[target], steps[row]
            self._with_steps(self.tr("Move a step"), steps, target)

    def _reordered(self, order: list[int]) -> None:
        steps = [self.draft.steps[index] for index in order]
        self._with_steps(self.tr("Move a step"), steps, self.steps.currentRow())

    def set_hold(self, seconds: int) -> None:
        if not 0 <= self.row < len(self.draft.steps):
            return
        stretch = self.catalogue.stretch(self.draft.steps[self.row].stretch_id)
        refusal = hold_refusal(stretch, seconds)
        if refusal is not None:
            self.details.show_step(self.draft.steps[self.row], stretch)  # back to the hold it has
            self.message.setText(refusal)
            return
        self.message.clear()
        if seconds != self.draft.steps[self.row].hold_seconds:
            held = self.tr("Hold %1 for %2 s", "undo: a stretch's name, then seconds")
            self._change_step(arg(held, stretch.name, seconds), hold_seconds=seconds)

    def _step_chosen(self, row: int) -> None:
        self.row = row
        self._show_details()

    def use_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue reloaded after the person saved or deleted a stretch of theirs."""
        self.catalogue = catalogue
        self.picker.refill(catalogue, own_stretches(catalogue, self.folder))
        self.show_draft(self.draft, self.row)
        self.stretchesChanged.emit()

    # -- showing -------------------------------------------------------------------------------

    def show_draft(self, draft: RoutineDraft, row: int) -> None:
        """The draft as it now is (each command's redo and undo end here)."""
        self.draft, self.row = draft, row
        for line, text in ((self.name, draft.name), (self.description, draft.description)):
            if line.text() != text:
                line.setText(text)
        self.area.setCurrentIndex(max(0, self.area.findData(draft.area)))
        self.place.setCurrentIndex(max(0, self.place.findData(draft.place)))
        self.steps.blockSignals(True)
        self.steps.fill([self._step_row(number, step) for number, step in enumerate(draft.steps, 1)], row)
        self.steps.blockSignals(False)
        self.row = self.steps.currentRow()
        self._show_details()
        self._show_total()

    def _step_row(self, number: int, step: Step) -> tuple[QIcon, str]:
        stretch = self.catalogue.stretch(step.stretch_id)
        facts = [arg(self.tr("%1 s", "a step's hold in seconds"), step.hold_seconds)] if step.hold_seconds else []
        repetitions = step.repetitions
        if repetitions > 1:
            facts.append(self.tr("%n time(s)", "", repetitions))
        if stretch.one_sided:
            facts.append(side_in_sentence(sides_label(step.sides)))
        icon = thumbnail_icon(stretch, self.palette(), THUMBNAIL, self.devicePixelRatioF())
        if not facts:
            return icon, arg(self.tr("%1. %2", "a step's number, then its stretch"), number, stretch.name)
        return icon, arg(self.tr("%1. %2, %3", "a step's number, its stretch, then its hold, repetitions and sides"),
                         number, stretch.name, ", ".join(facts))

    def _show_details(self) -> None:
        if 0 <= self.row < len(self.draft.steps):
            step = self.draft.steps[self.row]
            self.details.show_step(step, self.catalogue.stretch(step.stretch_id))
        else:
            self.details.show_step(None, None)
        for name in ("up", "down", "remove"):
            self.buttons[name].setEnabled(bool(self.draft.steps))

    def _show_total(self) -> None:
        if not self.draft.steps:
            self.total.setText(self.tr("No stretches yet: add one from the list on the right."))
            return
        plan = build_plan(self.draft.routine(), self.catalogue, self.timing)
        self.total.setText(arg(self.tr("Total time: %1"), duration_text(plan.total_seconds)))

    # -- saving and leaving --------------------------------------------------------------------

    def save(self) -> bool:
        if self.read_only:
            return False
        refusal = self._incomplete()
        if refusal:
            self.message.setText(refusal)
            return False
        routine = self.draft.routine()
        if self.replacing is None:
            routine = replace(routine, id=free_id(routine.name, (r.id for r in self.catalogue.routines)))
        try:
            self.folder.save_routine(routine, self.replacing)
        except CatalogueError as error:
            self.message.setText(arg(self.tr("Not saved:\n%1"), error))
            return False
        except OSError as error:
            self.message.setText(arg(self.tr("Not saved: %1"), error.strerror or error))
            return False
        self.stack.setClean()
        self.saved.emit(routine.id)
        self.accept()
        return True

    def _incomplete(self) -> str | None:
        if not self.draft.name.strip():
            return self.tr("Give the routine a name.")
        if not self.draft.description.strip():
            return self.tr("Say in a few words what the routine is for.")
        if not self.draft.steps:
            return self.tr("Add at least one stretch.")
        return None

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
        if answer is Leaving.SAVE:
            return self.save()
        if answer is Leaving.DISCARD:
            self.stack.setClean()
            return True
        return False

    def leaving_question(self) -> str:
        if not self.draft.name:
            return self.tr("Save your changes to this routine before closing?")
        return arg(self.tr("Save your changes to %1 before closing?", "a routine's name"), self.draft.name)

    def _ask_leaving(self) -> Leaving:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), self.leaving_question(),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        chosen = QMessageBox.StandardButton(box.exec())
        answers = {QMessageBox.StandardButton.Save: Leaving.SAVE, QMessageBox.StandardButton.Discard: Leaving.DISCARD}
        return answers.get(chosen, Leaving.STAY)

