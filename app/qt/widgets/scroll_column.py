"""Content that scrolls up and down when a small screen or a long language has no room for it.

A layout squeezed below its content's height cuts wrapped labels mid-line; in a scroll area they
keep their height and the rest scrolls. Never sideways: text wraps instead, and columns that
cannot wrap keep their width (`keep_width`), so none is hidden past the edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_column(content: QWidget, *, keep_width: bool = False) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    if keep_width:
        area.setMinimumWidth(content.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area
