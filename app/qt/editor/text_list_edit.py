"""A list of lines (a stretch's setup steps, cues or cautions): typed into a line and added with
Enter, edited in place with F2, moved with Alt+Up/Down, removed with Delete. Every change is sent
whole as `linesChanged`; the editor makes it one undoable command and shows the lines back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)


class _Lines(QListWidget):
    moveRequested = Signal(int, int)  # a row and where it goes (-1 up, +1 down)
    removeRequested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        if row >= 0 and event.modifiers() == Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(row, -1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if row >= 0 and event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.removeRequested.emit(row)
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class ListWords:
    """What one list says of itself, each a whole phrase in the person's language (a line is a
    'setup step', a 'cue' or a 'caution', and each takes its own article and case)."""

    name: str  # "Setup steps"
    placeholder: str  # "Type a setup step, then Enter"
    new_line: str  # "New setup step", the entry's accessible name
    add_tip: str  # "Add the setup step at the end (Enter)"
    remove_tip: str  # "Remove the chosen setup step (Delete)"


class TextListEdit(QWidget):
    linesChanged = Signal(tuple)  # tuple[str, ...], the whole list after one change

    def __init__(self, words: ListWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[str, ...] = ()
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(words.placeholder)
        self.entry.setAccessibleName(words.new_line)
        self.list = _Lines(self)
        self.list.setAccessibleName(words.name)
        self.list.setToolTip(self.tr("F2 edits a line, Alt+Up and Alt+Down move it, Delete removes it"))
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.add = self._button(self.tr("Add"), words.add_tip)
        self.remove = self._button(self.tr("Remove"), words.remove_tip)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry, 0, 0)
        layout.addWidget(self.add, 0, 1)
        layout.addWidget(self.list, 1, 0, 1, 2)
        layout.addWidget(self.remove, 2, 1)
        self.setFocusProxy(self.entry)  # a label's mnemonic lands where a new line is typed
        self._connect()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _connect(self) -> None:
        self.entry.returnPressed.connect(self.add_entry)
        self.add.clicked.connect(self.add_entry)
        self.remove.clicked.connect(lambda: self.remove_row(self.list.currentRow()))
        self.list.moveRequested.connect(self.move_row)
        self.list.removeRequested.connect(self.remove_row)
        self.list.itemChanged.connect(self._edited)

    def lines(self) -> tuple[str, ...]:
        return self._lines

    def set_lines(self, lines: tuple[str, ...], current: int | None = None) -> None:
        """Show `lines` (from the draft), keeping the chosen row where it can be."""
        row = self.list.currentRow() if current is None else current
        self._lines = lines
        self.list.blockSignals(True)
        self.list.clear()
        for line in lines:
            item = QListWidgetItem(line, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if lines:
            self.list.setCurrentRow(max(0, min(row, len(lines) - 1)))
        self.list.blockSignals(False)
        self.remove.setEnabled(bool(lines))

    def add_entry(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self._send((*self._lines, text), len(self._lines))

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self._send(self._lines[:row] + self._lines[row + 1:], row)

    def move_row(self, row: int, delta: int) -> None:
        target = row + delta
        if 0 <= row < len(self._lines) and 0 <= target < len(self._lines):
            lines = list(self._lines)
            lines[row], lines[target] = lines[target], lines[row]
            self._send(tuple(lines), target)

    def _edited(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        text = item.text().strip()
        if text and text != self._lines[row]:
            self._send((*self._lines[:row], text, *self._lines[row + 1:]), row)
        else:  # an emptied line is removed with Delete, not left blank
            self.set_lines(self._lines, row)

    def _send(self, lines: tuple[str, ...], row: int) -> None:
        self.set_lines(lines, row)
        self.linesChanged.emit(lines)
