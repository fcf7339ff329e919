"""The routine list: routines grouped by body area, with time, place and number of stretches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.catalogue import Catalogue, Routine
from app.qt.translation import arg
from app.qt.widgets.thumbnails import thumbnail_icon
from app.session import Plan, Timing, build_plan
from app.wording import AREA_LABELS, area_label, minutes_text, place_in_sentence, place_label

ROUTINE_ID = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(52, 36)
MARGIN = 4  # around a cell's text and icon, as the style draws them
_UPWARD = (
    QAbstractItemView.CursorAction.MoveUp,
    QAbstractItemView.CursorAction.MovePageUp,
    QAbstractItemView.CursorAction.MoveHome,
    QAbstractItemView.CursorAction.MovePrevious,
)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the view's width now: the stock delegate measures a
    wrapped text as one long line, and the view then cuts the lines it did not count."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        depth = 1 if index.parent().isValid() else 0
        icon = view.iconSize().width() + MARGIN if not item.icon.isNull() else 0
        width = view.viewport().width() - view.indentation() * (depth + 1) - icon - 2 * MARGIN
        if width <= 0:
            return hint
        text = item.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 2 * MARGIN))


class RoutineList(QTreeWidget):
    routineSelected = Signal(str)  # the highlighted routine changed
    routineChosen = Signal(str)  # Enter or double-click: start it
    filesDropped = Signal(list)  # [Path]: shared routine files dropped on the list, to import

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The delegate asks for the viewport's width at every row. Found by name first, PySide wraps
        # the viewport Qt made as the plain QWidget it is; the first `viewport()` would instead look
        # through every QtWidgets class for its type (about 10 ms and 60 enums made, at start).
        self.findChild(QWidget, "qt_scrollarea_viewport")
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Routines"))
        self.setIconSize(THUMBNAIL)
        self.setIndentation(6)
        # a long language's facts ('3 Min. · Am Boden · 3 Dehnungen') wrap in a narrow sidebar, not cut
        self.setWordWrap(True)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.currentItemChanged.connect(self._on_current_changed)
        self.itemActivated.connect(self._on_activated)

    def populate(self, catalogue: Catalogue, timing: Timing, builtin_source: str) -> None:
        """Fill the list; routines not from `builtin_source` are the person's own."""
        self.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for area in AREA_LABELS:
            group = QTreeWidgetItem(self, [area_label(area)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            groups[area] = group
        for routine in catalogue.routines:
            plan = build_plan(routine, catalogue, timing)
            facts = self._facts(routine, plan)
            name = routine.name if routine.source == builtin_source else arg(
                self.tr("%1 (yours)", "a routine of the person's own, in the list"), routine.name)
            # two lines in one cell: the name, then the facts; a narrow sidebar never cuts the name
            item = QTreeWidgetItem(groups[routine.area], [f"{name}\n{facts}"])
            item.setToolTip(0, routine.description)
            heard = self.tr("%1, %2", "a routine's name, then its facts, read by a screen reader")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, arg(heard, name, facts))
            item.setData(0, ROUTINE_ID, routine.id)
            shown = plan.stretch_steps[0].stretch if plan.stretch_steps else plan.steps[0].stretch
            item.setIcon(0, thumbnail_icon(shown, self.palette(), THUMBNAIL, self.devicePixelRatioF()))
        for group in groups.values():
            group.setHidden(group.childCount() == 0)
        self.expandAll()
        first = self.routine_items()[0] if self.routine_items() else None
        if first is not None:
            self.setCurrentItem(first)

    def _facts(self, routine: Routine, plan: Plan) -> str:
        """'12 min · on the floor · 3 stretches', one sentence so a language may order it its way."""
        count = len(plan.stretch_steps)
        facts = self.tr("%1 · %2 · %n stretch(es)", "a routine's length, its place, its number of stretches", count)
        return arg(facts, minutes_text(plan.total_seconds), place_in_sentence(place_label(routine.place)))

    def routine_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            if group is None:
                continue
            children = (group.child(number) for number in range(group.childCount()))
            items.extend(child for child in children if child is not None)
        return items

    def selected_routine(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, ROUTINE_ID) if item else None
        return value if isinstance(value, str) else None

    def select_routine(self, routine_id: str) -> None:
        for item in self.routine_items():
            if item.data(0, ROUTINE_ID) == routine_id:
                self.setCurrentItem(item)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _: QTreeWidgetItem | None) -> None:
        routine_id = current.data(0, ROUTINE_ID) if current else None
        if isinstance(routine_id, str):
            self.routineSelected.emit(routine_id)

    def _on_activated(self, item: QTreeWidgetItem, _: int) -> None:
        routine_id = item.data(0, ROUTINE_ID)
        if isinstance(routine_id, str):
            self.routineChosen.emit(routine_id)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Group headings ("Back", "Glutes") are not routines: the arrow keys step over them.
        target = super().moveCursor(action, modifiers)
        upward = action in _UPWARD
        while target.isValid() and not isinstance(target.data(ROUTINE_ID), str):
            target = self.indexAbove(target) if upward else self.indexBelow(target)
        return target if target.isValid() else self.currentIndex()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A wrapped cell's height depends on the width: the rows are laid out again for it (the
        view keeps the heights it measured at the old width otherwise, and cuts the facts line)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter starts the highlighted routine on every platform (itemActivated differs on macOS).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_routine():
            self.routineChosen.emit(self.selected_routine() or "")
            return
        super().keyPressEvent(event)

    # -- a shared routine file dropped on the list ---------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _json_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        # anywhere on the list, not only on an item: the file is imported, not put in a group
        if _json_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _json_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(files)


def _json_files(data: QMimeData) -> list[Path]:
    """The dropped files, when every one is a local .json file (a web link or a picture is no catalogue)."""
    if not data.hasUrls():
        return []
    urls = data.urls()
    if not all(url.isLocalFile() and url.toLocalFile().lower().endswith(".json") for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]
