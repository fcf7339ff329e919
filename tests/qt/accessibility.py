"""What a screen reader reads from a widget, through Qt's own accessibility interface."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget


def accessible(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget.objectName()
    return interface.text(text)


def role(widget: QWidget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget.objectName()
    return interface.role()


def assert_named_as_shown(button: QAbstractButton) -> None:
    """A speech-input user says what they see: a button with words is named by those words, and an
    icon-only button still has a name."""
    shown = button.text().replace("&", "")
    name = accessible(button)
    assert name, button.objectName()
    if shown:
        assert name == shown, (button.objectName(), shown, name)
