"""New, Duplicate, Edit and Delete for the routine list: QActions with keys and a context menu,
opening the editor. The composition root gives the list and reloads the catalogue on `changed`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from app.catalogue import Catalogue, CatalogueError, Routine
from app.paths import Paths
from app.qt.editor.sharing_actions import SharingActions
from app.qt.translation import arg
from app.qt.widgets.messages import tell
from app.qt.widgets.screen_fit import resize_to_fit
from app.session import Timing

if TYPE_CHECKING:
    # the writer of the person's folder and the editor's drafts load when first used, not at start
    from app.catalogue.draft import RoutineDraft
    from app.catalogue.user_folder import UserFolder
    from app.qt.editor.editor_window import RoutineEditor


class RoutineActions(QObject):
    changed = Signal(str)  # a routine id saved or deleted: the catalogue on disk is new

    def __init__(self, host: QWidget, selected: Callable[[], str | None], catalogue: Callable[[], Catalogue],
                 timing: Callable[[], Timing], paths: Paths, *, language: str) -> None:
        """`language`: the catalogue's (app.context), which a catalogue reloaded by the editor keeps."""
        super().__init__(host)
        self.host, self.selected, self.catalogue, self.timing, self.paths = host, selected, catalogue, timing, paths
        self.language = language
        self._folder: UserFolder | None = None  # made when first needed: it reads the built-in catalogue
        self.editor: RoutineEditor | None = None
        self.ask_delete: Callable[[Routine], bool] = self._ask_delete
        self.new = self._action(self.tr("&New routine…"), QKeySequence.StandardKey.New, self.new_routine)
        self.duplicate = self._action(self.tr("&Duplicate…"), "Ctrl+D", self.duplicate_routine)
        self.edit = self._action(self.tr("&Edit…"), "Ctrl+E", self.edit_routine)
        self.delete = self._action(self.tr("De&lete"), QKeySequence.StandardKey.Delete, self.delete_routine)
        self.sharing = SharingActions(host, selected, catalogue, lambda: self.folder)
        self.sharing.imported.connect(self.changed)
        host.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _action(self, text: str, keys: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.host)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the list has focus
        action.triggered.connect(slot)
        self.host.addAction(action)
        return action

    @property
    def folder(self) -> UserFolder:
        if self._folder is None:
            from app.catalogue.user_folder import UserFolder  # noqa: PLC0415 - when first needed

            paths = self.paths
            self._folder = UserFolder(paths.builtin_catalogue, paths.catalogue_schema, paths.user_catalogue_dir,
                                      language=self.language, translations=paths.catalogue_translations)
        return self._folder

    def _is_builtin(self, routine: Routine) -> bool:
        return Path(routine.source) == self.paths.builtin_catalogue

    def _chosen(self) -> Routine | None:
        routine_id = self.selected()
        return self.catalogue().routine(routine_id) if routine_id else None

    def new_routine(self) -> RoutineEditor:
        from app.catalogue.draft import RoutineDraft  # noqa: PLC0415 - when first needed

        return self._open(RoutineDraft(id=""), None, self.tr("New routine"))

    def duplicate_routine(self) -> RoutineEditor | None:
        routine = self._chosen()
        if routine is None:
            return None
        from app.catalogue.draft import copy_of  # noqa: PLC0415 - when first needed

        draft = copy_of(routine, (r.id for r in self.catalogue().routines))
        return self._open(draft, None, arg(self.tr("Copy of %1", "a routine's name"), routine.name))

    def edit_routine(self) -> RoutineEditor | None:
        """A person's routine is edited in place; a built-in one only as a copy."""
        routine = self._chosen()
        if routine is None:
            return None
        if self._is_builtin(routine):
            return self.duplicate_routine()
        title = arg(self.tr("Edit %1", "a routine's name"), routine.name)
        from app.catalogue.draft import RoutineDraft  # noqa: PLC0415 - when first needed

        as_written = self.folder.routine_as_written(routine.id) or routine  # not the translation of its name
        editor = self._open(RoutineDraft.of(as_written), routine.id, title)
        try:
            self.folder.read_for_editing(self.folder.file_of(routine.id))
        except CatalogueError as error:  # broken by hand since it loaded
            editor.set_read_only(str(error))
            editor.setWindowTitle(arg(self.tr("%1 (read only)", "a routine's name"), routine.name))
        return editor

    def _open(self, draft: RoutineDraft, replacing: str | None, title: str) -> RoutineEditor:
        from app.qt.editor.editor_window import RoutineEditor  # noqa: PLC0415 - a start does not load the editor

        editor = RoutineEditor(self.catalogue(), self.folder, self.timing(), draft, replacing=replacing,
                               parent=self.host.window())
        editor.setWindowTitle(title)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.changed)
        editor.stretchesChanged.connect(lambda: self.changed.emit(""))  # the app's catalogue, too
        editor.add_sharing(self.sharing.import_file, lambda: self._export_from(editor))
        resize_to_fit(editor, QSize(980, 680))
        editor.open()
        editor.activateWindow()  # its keys, not the list's: Delete there removes a step, not a routine
        self.editor = editor
        return editor

    def _export_from(self, editor: RoutineEditor) -> None:
        """The editor shares what is saved: a new routine or unsaved changes are saved first."""
        if editor.replacing is None or not editor.stack.isClean():
            editor.message.setText(self.tr("Save the routine first: Export shares the routine as it is saved."))
            return
        self.sharing.export(editor.replacing)

    def delete_routine(self) -> None:
        routine = self._chosen()
        if routine is None:
            return
        if self._is_builtin(routine):
            built_in = self.tr("%1 comes with Supple and cannot be deleted. Duplicate it to make your own.")
            tell(self.host, arg(built_in, routine.name))
            return
        if not self.ask_delete(routine):
            return
        try:
            self.folder.delete_routine(routine.id)
        except (CatalogueError, OSError) as error:
            tell(self.host, arg(self.tr("%1 was not deleted:\n%2", "a routine's name, then why"), routine.name, error),
                 QMessageBox.Icon.Warning)
            return
        self.changed.emit(routine.id)

    def delete_question(self, routine: Routine) -> str:
        return arg(self.tr("Delete your routine %1?"), routine.name)

    def _ask_delete(self, routine: Routine) -> bool:
        answer = QMessageBox.question(self.host, self.tr("Delete routine"), self.delete_question(routine))
        return answer == QMessageBox.StandardButton.Yes
