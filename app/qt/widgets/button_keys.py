"""Space and Enter press the focused button, even where Space is also a window-wide key.

Supple's windows map Space to pause (so a person on the floor can pause without aiming), and a
window shortcut normally wins over the focused widget: Tab to "Stop", press Space, and the routine
would pause instead. A keyboard user expects the focused button to act, so a button that has the
focus claims Space (by accepting Qt's ShortcutOverride) and Enter (which a QPushButton outside a
dialog ignores). With the focus anywhere else, Space still pauses.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton

_PRESS_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter})
_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


def _plain(event: QKeyEvent, keys: frozenset[Qt.Key]) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return modifiers == Qt.KeyboardModifier.NoModifier and Qt.Key(event.key()) in keys


class ButtonKeys(QObject):
    """Install with `press_with_keys(buttons)`; one filter serves them all."""

    def __init__(self, parent: QObject | None = None, *, space: bool = True) -> None:
        super().__init__(parent)
        self._keys = _PRESS_KEYS if space else _ENTER_KEYS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QAbstractButton) or not isinstance(event, QKeyEvent):
            return False
        if not _plain(event, self._keys):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes to the button, not to the window's shortcut
            return False
        if event.type() == QEvent.Type.KeyPress and Qt.Key(event.key()) in _ENTER_KEYS:
            if watched.isEnabled() and not event.isAutoRepeat():
                watched.animateClick()
            return True
        return False


def press_with_keys(buttons: Iterable[QAbstractButton], *, space: bool = True) -> ButtonKeys:
    """Let each of `buttons`, when focused, be pressed with Space or Enter (with `space` False,
    Enter only: Space keeps its window-wide meaning there). Returns the filter, parented to the
    first button's window so it lives as long as the buttons."""
    keys: ButtonKeys | None = None
    for button in buttons:
        if keys is None:
            keys = ButtonKeys(button.window(), space=space)
        button.installEventFilter(keys)
    return keys if keys is not None else ButtonKeys(space=space)
