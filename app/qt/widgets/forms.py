"""Loading the Qt Designer forms in ui/, quickly, and finding their widgets by name.

The main window's form is compiled (packaging/forms.py); the forms read here, when first opened,
bring QtUiTools then and not at start."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtUiTools import QUiLoader

W = TypeVar("W", bound=QWidget)


def _loader(parent: QWidget) -> QUiLoader:
    # A QUiLoader loads every Designer plugin on the library path as it is made, PySide's own
    # included: 30 MB and 20 ms at start-up for nothing, since our custom widgets are registered
    # directly. An empty library path while it is made skips them.
    from PySide6.QtUiTools import QUiLoader  # noqa: PLC0415 - loaded with the first form read

    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader(parent)
    finally:
        QCoreApplication.setLibraryPaths(paths)


def load_form(path: Path, parent: QWidget, custom_widgets: Iterable[type[QWidget]] = ()) -> QWidget:
    """The form's top widget, a child of `parent`. Raises RuntimeError if the form is unusable."""
    loader = _loader(parent)
    for widget_class in custom_widgets:
        loader.registerCustomWidget(widget_class)
    form = loader.load(str(path), parent)
    if form is None:
        raise RuntimeError(f"cannot load {path}: {loader.errorString()}")
    return form


def form_child(form: QWidget | None, kind: type[W], name: str) -> W:
    """The form's widget called `name`; a form that lacks it is a programming error, said plainly."""
    found = form.findChild(kind, name) if form is not None else None
    if not isinstance(found, kind):
        raise RuntimeError(f"the form has no {kind.__name__} named {name!r}")
    return found
