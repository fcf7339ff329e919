"""New, Edit (or, for a built-in, Duplicate) and Delete for the stretches beside the routine
editor's step picker. A save or delete reloads the catalogue from the folder and hands it on
(`catalogueChanged`), so the new stretch can go straight into the routine."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.catalogue import Catalogue, CatalogueError
from app.catalogue.stretch_draft import StretchDraft, copy_of
from app.catalogue.user_folder import UserFolder
from app.qt.editor.stretch_editor import StretchEditor
from app.qt.editor.stretch_picker import StretchPicker
from app.qt.translation import arg
from app.qt.widgets.messages import tell
from app.qt.widgets.screen_fit import resize_to_fit


def own_stretches(catalogue: Catalogue, folder: UserFolder) -> frozenset[str]:
    return frozenset(stretch_id for stretch_id in catalogue.stretches if not folder.is_builtin_stretch(stretch_id))


class StretchActions(QObject):
    catalogueChanged = Signal(object)  # the Catalogue reloaded after a stretch was saved or deleted

    def __init__(self, host: QWidget, folder: UserFolder, picker: StretchPicker,
                 catalogue: Callable[[], Catalogue]) -> None:
        super().__init__(host)
        self.host, self.folder, self.picker, self.catalogue = host, folder, picker, catalogue
        self.editor: StretchEditor | None = None
        self.ask_delete: Callable[[str], bool] = self._ask_delete
        self.new = self._button(self.tr("New stret&ch…"), self.tr("Make a stretch of your own"), self.new_stretch)
        self.edit = self._button(self.tr("Edi&t stretch…"), self.tr("Change the chosen stretch of yours"),
                                 self.edit_stretch)
        self.delete = self._button(self.tr("Delete stretch"), self.tr("Delete the chosen stretch of yours"),
                                   self.delete_stretch)
        picker.list.currentItemChanged.connect(lambda *_: self._follow_choice())
        self._follow_choice()

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return self.new, self.edit, self.delete

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self.host)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _follow_choice(self) -> None:
        """Edit is for the person's own stretch; a built-in one is duplicated instead."""
        chosen = self.picker.current_id()
        built_in = chosen is not None and self.folder.is_builtin_stretch(chosen)
        text = self.tr("Dup&licate stretch…") if built_in else self.tr("Edi&t stretch…")
        tip = self.tr("Make a copy of the chosen stretch to change") if built_in else self.tr(
            "Change the chosen stretch of yours")
        self.edit.setText(text)
        self.edit.setAccessibleName(text.replace("&", ""))
        self.edit.setToolTip(tip)
        self.edit.setEnabled(chosen is not None)
        self.delete.setEnabled(chosen is not None and not built_in)

    def new_stretch(self) -> StretchEditor:
        return self._open(StretchDraft(), None)

    def edit_stretch(self) -> StretchEditor | None:
        chosen = self.picker.current_id()
        if chosen is None:
            return None
        stretch = self.catalogue().stretch(chosen)
        if self.folder.is_builtin_stretch(chosen):
            return self._open(copy_of(stretch, self.catalogue().stretches), None)
        return self._open(StretchDraft.of(self.folder.stretch_as_written(chosen) or stretch), chosen)

    def _open(self, draft: StretchDraft, replacing: str | None) -> StretchEditor:
        editor = StretchEditor(self.folder, draft, replacing=replacing,
                               taken=lambda: list(self.catalogue().stretches), parent=self.host)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._changed)
        resize_to_fit(editor, QSize(1240, 760))
        editor.open()
        self.editor = editor
        return editor

    def delete_stretch(self) -> None:
        chosen = self.picker.current_id()
        if chosen is None or self.folder.is_builtin_stretch(chosen):
            return
        name = self.catalogue().stretch(chosen).name
        using = self.folder.routines_using(chosen)
        if using:
            used = self.tr("%1 is used by %2, so it was not deleted. Take it out of those routines first.",
                           "a stretch's name, then the names of routines")
            tell(self.host, arg(used, name, ", ".join(using)), QMessageBox.Icon.Warning)
            return
        if not self.ask_delete(name):
            return
        try:
            self.folder.delete_stretch(chosen)
        except (CatalogueError, OSError) as error:
            tell(self.host, arg(self.tr("%1 was not deleted:\n%2", "a stretch's name, then why"), name, error),
                 QMessageBox.Icon.Warning)
            return
        self._changed(chosen)

    def _changed(self, stretch_id: str) -> None:
        fresh = self.folder.catalogue()
        self.catalogueChanged.emit(fresh)
        self.picker.select(stretch_id)

    def delete_question(self, name: str) -> str:
        return arg(self.tr("Delete your stretch %1?"), name)

    def _ask_delete(self, name: str) -> bool:
        answer = QMessageBox.question(self.host, self.tr("Delete stretch"), self.delete_question(name))
        return answer == QMessageBox.StandardButton.Yes
