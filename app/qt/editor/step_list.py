"""The routine's steps in order: dragged or moved with Alt+Up/Down, removed with Delete."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

STEP_INDEX = Qt.ItemDataRole.UserRole  # the step's place in the draft when the list was filled


class StepList(QListWidget):
    reordered = Signal(list)  # the steps' old indexes in their new order
    moveRequested = Signal(int, int)  # a row and where it goes (-1 up, +1 down)
    removeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Steps"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIconSize(QSize(52, 36))

    def fill(self, rows: list[tuple[QIcon, str]], current: int) -> None:
        self.clear()
        for index, (icon, text) in enumerate(rows):
            item = QListWidgetItem(icon, text, self)
            item.setData(STEP_INDEX, index)
        if rows:
            self.setCurrentRow(max(0, min(current, len(rows) - 1)))

    def dropEvent(self, event: QDropEvent) -> None:
        # the view moves its items itself; the draft follows, as one command that can be undone
        super().dropEvent(event)
        order = [self.item(row).data(STEP_INDEX) for row in range(self.count())]
        if order != sorted(order):
            self.reordered.emit(order)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        row = self.currentRow()
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row >= 0:
            self.moveRequested.emit(row, -1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete and row >= 0:
            self.removeRequested.emit(row)
            return
        super().keyPressEvent(event)
