"""Give a plain QWidget the accessible role a screen reader should announce for it.

Qt exposes a top-level QWidget that is not a QMainWindow or QDialog (the frameless mini timer) as
a "filler", so a screen reader does not treat it as a window it can switch to. Qt offers no
property for the role; an accessibility factory does it: widgets marked with `set_role` get a
QAccessibleWidget with that role, the rest Qt's own interfaces.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_PROPERTY = "suppleAccessibleRole"


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    role = obj.property(_PROPERTY)
    if not isinstance(role, int):
        return None
    return QAccessibleWidget(obj, QAccessible.Role(role), obj.accessibleName() or obj.windowTitle())


@functools.cache
def _install_factory() -> None:
    QAccessible.installFactory(_factory)  # once per process: Qt keeps a list of factories


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Call before the widget is first shown: Qt asks the factory once and keeps the answer."""
    _install_factory()
    widget.setProperty(_PROPERTY, role.value)
