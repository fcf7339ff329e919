"""Give a plain QWidget the accessible role a screen reader should announce for it.

Qt exposes a top-level QWidget that is not a QMainWindow or QDialog (the frameless mini timer) as
a "filler", so a screen reader does not treat it as a window it can switch to. Qt offers no
property for the role; an accessibility factory does it: widgets marked with `set_role` get a
QAccessibleWidget with that role, the rest Qt's own interfaces.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_PROPERTY = "suppleAccessibleRole"
_installed: set[bool] = set()  # holds True once the factory is installed (a set: no `global` needed)


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    role = obj.property(_PROPERTY)
    if not isinstance(role, int):
        return None
    return QAccessibleWidget(obj, QAccessible.Role(role), obj.accessibleName() or obj.windowTitle())


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Call before the widget is first shown: Qt asks the factory once and keeps the answer."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.add(True)
    widget.setProperty(_PROPERTY, role.value)
