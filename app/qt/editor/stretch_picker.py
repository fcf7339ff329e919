"""The catalogue's stretches to add to a routine: a search line over a list with thumbnails; the
person's own stretches are marked as theirs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.catalogue import Catalogue, Kind
from app.qt.translation import arg
from app.qt.widgets.thumbnails import thumbnail_icon

STRETCH_ID = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(52, 36)


class StretchPicker(QWidget):
    chosen = Signal(str)  # a stretch id: add it to the routine

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None, *,
                 mine: frozenset[str] = frozenset()) -> None:
        """`mine`: the ids of the person's own stretches, marked as theirs in the list."""
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a stretch"))
        self.search.setAccessibleName(self.tr("Find a stretch"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Stretches to add"))
        self.list.setIconSize(THUMBNAIL)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.refill(catalogue, mine)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.choose_current)
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(STRETCH_ID)))
        self.search.installEventFilter(self)

    def refill(self, catalogue: Catalogue, mine: frozenset[str]) -> None:
        """The catalogue's stretches as it now is (a stretch of the person's was saved or deleted)."""
        chosen = self.current_id()
        self.list.clear()
        for stretch in catalogue.stretches.values():
            if stretch.kind is Kind.ACTIVITY:
                continue  # a warm-up is the routine's, not a step
            yours = self.tr("%1 (yours)", "a stretch of the person's own, in the list")
            text = arg(yours, stretch.name) if stretch.id in mine else stretch.name
            item = QListWidgetItem(thumbnail_icon(stretch, self.palette(), THUMBNAIL), text, self.list)
            item.setData(STRETCH_ID, stretch.id)
            item.setToolTip(stretch.feel)
        self.list.setCurrentRow(0)
        self._filter(self.search.text())
        if chosen is not None:
            self.select(chosen)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else str(item.data(STRETCH_ID))

    def select(self, stretch_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(STRETCH_ID) == stretch_id and not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                return

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(word in item.text().lower() for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.chosen.emit(item.data(STRETCH_ID))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search line move through the list, so the hands stay on the keys
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        row = self.list.currentRow() + delta
        while 0 <= row < self.list.count():
            if not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                return
            row += delta
