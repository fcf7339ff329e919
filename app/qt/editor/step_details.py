"""One step's settings: its hold (within the stretch's bounds), repetitions and sides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from app.catalogue import Side, Step, Stretch
from app.catalogue.draft import MAX_REPETITIONS, SUGGESTED_HOLD
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.qt.translation import arg

StepSides = Words("StepSides")

# what a one-sided stretch's sides may be, as the person reads them; None is the usual left, then right
SIDES: tuple[tuple[str, tuple[Side, ...] | None], ...] = (
    (QT_TRANSLATE_NOOP("StepSides", "Left, then right"), None),
    (QT_TRANSLATE_NOOP("StepSides", "Right, then left"), (Side.RIGHT, Side.LEFT)),
    (QT_TRANSLATE_NOOP("StepSides", "Left only"), (Side.LEFT,)),
    (QT_TRANSLATE_NOOP("StepSides", "Right only"), (Side.RIGHT,)),
)
WIDEST_HOLD = 600  # the box takes any number; a hold outside the stretch's bounds is refused, saying why


def sides_label(sides: tuple[Side, ...] | None) -> str:
    """'Left, then right': a step's sides in the person's language (the usual order for any other)."""
    label = next((label for label, each in SIDES if each == sides), SIDES[0][0])
    return StepSides.tr(label)


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class StepDetails(QWidget):
    holdEntered = Signal(int)  # seconds, not yet checked against the stretch's bounds
    repetitionsChanged = Signal(int)
    sidesChanged = Signal(object)  # tuple[Side, ...] | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hold = QSpinBox(self)
        self.hold.setRange(1, WIDEST_HOLD)
        self.hold.setSuffix(self.tr(" s", "after a number of seconds"))
        self.bounds = QLabel(self)
        self.bounds.setWordWrap(True)  # a long language's sentence must not widen the editor past a small screen
        self.repetitions = QSpinBox(self)
        self.repetitions.setRange(1, MAX_REPETITIONS)
        self.sides = QComboBox(self)
        for label, _ in SIDES:
            self.sides.addItem(StepSides.tr(label))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Hold"), _named(self.hold, self.tr("Hold")))
        form.addRow("", self.bounds)
        form.addRow(self.tr("&Repetitions"), _named(self.repetitions, self.tr("Repetitions")))
        form.addRow(self.tr("S&ides"), _named(self.sides, self.tr("Sides")))
        self.hold.editingFinished.connect(lambda: self.holdEntered.emit(self.hold.value()))
        self.repetitions.valueChanged.connect(self.repetitionsChanged)
        self.sides.activated.connect(lambda index: self.sidesChanged.emit(SIDES[index][1]))
        self.show_step(None, None)

    def show_step(self, step: Step | None, stretch: Stretch | None) -> None:
        for widget in (self.hold, self.repetitions, self.sides):
            widget.blockSignals(True)
        held = stretch is not None and stretch.hold is not None
        self.hold.setEnabled(held)
        self.repetitions.setEnabled(step is not None)
        self.sides.setEnabled(stretch is not None and stretch.one_sided)
        self.bounds.setText(self._bounds_text(stretch))
        if step is not None and stretch is not None:
            if stretch.hold is not None:
                self.hold.setValue(step.hold_seconds or stretch.hold.default)
            self.repetitions.setValue(step.repetitions)
            self.sides.setCurrentIndex(next(i for i, (_, sides) in enumerate(SIDES) if sides == step.sides)
                                       if step.sides in [s for _, s in SIDES] else 0)
        for widget in (self.hold, self.repetitions, self.sides):
            widget.blockSignals(False)

    def _bounds_text(self, stretch: Stretch | None) -> str:
        if stretch is None:
            return self.tr("Choose a step to change it.")
        if stretch.hold is None:
            return arg(self.tr("%1 follows the breath; it has no hold to set.", "a stretch's name"), stretch.name)
        low, high = SUGGESTED_HOLD
        bounds = self.tr("%1 to %2 s for this stretch; %3 to %4 s is a good hold.")
        return arg(bounds, stretch.hold.min, stretch.hold.max, low, high)
