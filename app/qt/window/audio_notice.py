"""A strip above the hold timer that says why chimes or the voice went quiet, with "Try again".

It appears only when an output failed while Supple runs, says so once, in words a person on the
floor can act on later, and never blocks the routine: it is not a dialog and takes no focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget


class AudioNotice(QFrame):
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audioNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)  # its picture is found when first said: a start seldom needs it (3 ms)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setAccessibleName(self.retry.text())
        self.retry.setToolTip(self.tr("Start the sound and voice again"))
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.setAccessibleName(self.dismiss.text())
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry)
        layout.addWidget(self.dismiss)
        self.retry.clicked.connect(self._retry)
        self.dismiss.clicked.connect(self.hide)
        self.hide()

    def say(self, message: str) -> None:
        if self.icon.pixmap().isNull():
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.icon.setPixmap(warning.pixmap(size, size))
        self.text.setText(message)
        self.setAccessibleName(message)
        self.show()

    def _retry(self) -> None:
        self.hide()
        self.retryRequested.emit()
