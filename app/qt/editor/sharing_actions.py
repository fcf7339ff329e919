"""Import and Export for the routine list and the editor: the same core as `supple import` and
`supple export` (app/catalogue/sharing.py), a file chosen in a QFileDialog, a clashing id offered a
new one, and any problem shown with the file, the place and the loader's words, nothing written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.catalogue import Catalogue, CatalogueError
from app.catalogue.loader import read_json
from app.qt.translation import arg
from app.qt.widgets.messages import tell

if TYPE_CHECKING:
    from app.catalogue.user_folder import UserFolder


class SharingActions(QObject):
    imported = Signal(str)  # the first routine id added: the catalogue on disk is new

    def __init__(self, host: QWidget, selected: Callable[[], str | None], catalogue: Callable[[], Catalogue],
                 folder: Callable[[], UserFolder]) -> None:
        super().__init__(host)
        self.host, self.selected, self.catalogue, self.folder = host, selected, catalogue, folder
        # the file dialogs and questions, replaced by tests
        self.choose_import: Callable[[], Path | None] = self._choose_import
        self.choose_export: Callable[[str], Path | None] = self._choose_export
        self.ask: Callable[[str], bool] = self._ask
        self.show_problem: Callable[[str], object] = lambda text: tell(self.host, text, QMessageBox.Icon.Warning)
        # triggered(bool) would pass its checked state as the path: the lambdas take nothing
        self.import_action = self._action(self.tr("&Import…"), "Ctrl+I", lambda: self.import_file(None))
        self.export_action = self._action(self.tr("E&xport…"), "Ctrl+Shift+E", lambda: self.export(self.selected()))

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.host)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the list has focus
        action.triggered.connect(slot)
        self.host.addAction(action)
        return action

    def import_file(self, path: Path | None = None) -> list[str]:
        """Add the routines of a shared file (chosen when not given); the ids added."""
        chosen = path or self.choose_import()
        if chosen is None:
            return []
        try:
            added = self._import(chosen)
        except CatalogueError as error:
            self.show_problem(arg(self.tr("%1 was not imported:\n\n%2", "a file's name, then why"), chosen.name, error))
            return []
        except OSError as error:
            self.show_problem(arg(self.tr("%1 was not imported: %2", "a file's name, then why"), chosen.name,
                                  error.strerror or error))
            return []
        if added:
            self.imported.emit(added[0])
        return added

    def import_files(self, paths: list[Path]) -> None:
        """What was dropped on the routine list, one file after another."""
        for path in paths:
            self.import_file(path)

    def _import(self, path: Path) -> list[str]:
        # the sharing core loads with the first import or export, not with the routine list
        from app.catalogue.import_ids import offer  # noqa: PLC0415
        from app.catalogue.sharing import clash_free_ids, import_document  # noqa: PLC0415

        folder = self.folder()
        document = read_json(path)
        renaming = clash_free_ids(folder, document)
        if renaming.needed:
            folder.check(renaming.document, path)  # a file that cannot be used is refused before any question
            if not self.ask(offer(renaming)):
                return []
        return import_document(folder, renaming.document, path)

    def export(self, routine_id: str | None) -> Path | None:
        from app.catalogue.sharing import export_routine  # noqa: PLC0415 - with the first export

        if routine_id is None:
            return None
        routine = self.catalogue().routine(routine_id)
        if Path(routine.source) == self.folder().builtin:
            built_in = self.tr("%1 comes with Supple: everyone has it already. Duplicate it to share your own.")
            tell(self.host, arg(built_in, routine.name))
            return None
        target = self.choose_export(f"{routine_id}.json")
        if target is None:
            return None
        try:
            export_routine(self.folder(), self.catalogue(), routine_id, target)
        except (CatalogueError, OSError) as error:
            words = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.show_problem(arg(self.tr("%1 was not exported:\n\n%2", "a routine's name, then why"), routine.name,
                                  words))
            return None
        return target

    def files(self) -> str:
        """The file dialogs' filter: its words translated, its pattern not."""
        return arg(self.tr("Supple routines (%1)", "a file filter: the pattern stays as it is"), "*.json")

    def _choose_import(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.host, self.tr("Import routines"), str(Path.home()), self.files())
        return Path(name) if name else None

    def _choose_export(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.host, self.tr("Export a routine"), str(Path.home() / suggested),
                                              self.files())
        return Path(name) if name else None

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self.host, self.tr("Import routines"), question)
        return answer == QMessageBox.StandardButton.Yes
