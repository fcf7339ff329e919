"""The fields of a person's stretch, as a form: it shows a draft and says what the person changed
(`changed`: a description, the fields and, for typing, the field typed in) or what it refused
(`refused`, a sentence). The choices are the schema's; the dialog keeps the draft and the undo."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import Breath, Kind, Position
from app.catalogue.stretch_draft import SECONDS_WORDS, StretchDraft, illustration, seconds_refusal
from app.catalogue.stretch_limits import StretchLimits
from app.qt.editor.keyframe_chooser import KeyframeChooser
from app.qt.editor.text_list_edit import TextListEdit

KIND_WORDS = {Kind.HOLD: "Hold: a still, timed stretch", Kind.FLOW: "Flow: movement with the breath",
              Kind.ACTIVITY: "Activity: timed, like a warm-up"}
SECONDS_LABELS = (("default", "&Usual"), ("min", "S&hortest"), ("max", "&Longest"))
WIDEST_SECONDS = 3600  # the schema's; a value outside the safe range is refused, saying why


def words(value: str) -> str:
    """A schema value as a person reads it: 'lying-on-back' -> 'Lying on back'."""
    return value.replace("-", " ").capitalize()


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name.replace("&", ""))
    return widget


class StretchForm(QWidget):
    # what changed (for Undo's menu), the fields, the field typed in or None; the fields go as an
    # object: as a QVariantMap their enums would come out as str and their tuples as lists
    changed = Signal(str, object, object)
    refused = Signal(str)

    def __init__(self, limits: StretchLimits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limits = limits
        self.draft = StretchDraft()
        self._texts = {key: QLineEdit(self) for key in ("name", "feel", "breathing", "why")}
        self.areas = {area: QCheckBox(words(area), self) for area in limits.areas}
        self.position, self.kind, self.side_part = QComboBox(self), QComboBox(self), QComboBox(self)
        self.one_sided = QCheckBox("&One side at a time (left, then right)", self)
        self.seconds = {key: self._spin(1, WIDEST_SECONDS, " s") for key, _ in SECONDS_LABELS}
        self.cycles = self._spin(1, 100, " breaths")
        self.breaths = {key: QDoubleSpinBox(self) for key in ("inhale_seconds", "exhale_seconds")}
        self.timing = QStackedWidget(self)
        self.lists = {"setup": TextListEdit("Setup steps", "setup step", self),
                      "cues": TextListEdit("Cues", "cue", self),
                      "cautions": TextListEdit("Cautions", "caution", self)}
        self.illustration = KeyframeChooser(self)
        self._fill_choices()
        self._build()
        self._connect()
        self._tab_order()

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def text(self, key: str) -> QLineEdit:
        return self._texts[key]

    def _fill_choices(self) -> None:
        for value in self.limits.positions:
            self.position.addItem(words(value), value)
        for value in self.limits.side_parts:  # as the session says it: "Left leg", then "Right leg"
            self.side_part.addItem(f"Left {value}, then right {value}", value)
        for value in self.limits.kinds:
            self.kind.addItem(KIND_WORDS[Kind(value)], value)
        for spin in self.breaths.values():
            spin.setRange(1.0, 20.0)  # wider than allowed, so a refusal can say why
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" s")

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self._facts(), 4)
        columns.addLayout(self._instructions(), 4)
        right = QVBoxLayout()
        heading = QLabel("&Illustration: the held position", self)
        heading.setBuddy(self.illustration.list)
        right.addWidget(heading)
        right.addWidget(self.illustration, 1)
        columns.addLayout(right, 3)

    def _facts(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow("&Name", _named(self.text("name"), "Name"))
        form.addRow(self._areas_box())
        form.addRow("&Position", _named(self.position, "Position"))
        form.addRow("&Kind", _named(self.kind, "Kind"))
        form.addRow(self.one_sided)
        form.addRow("Si&des", _named(self.side_part, "Sides"))
        form.addRow(self.timing)
        # as tall as its page, not the leftover height: that goes to the lists beside it
        self.timing.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.timing.addWidget(self._seconds_page())
        self.timing.addWidget(self._flow_page())
        form.addRow("&Feel", _named(self.text("feel"), "Feel"))
        form.addRow("B&reathing", _named(self.text("breathing"), "Breathing"))
        form.addRow("&Why it helps", _named(self.text("why"), "Why it helps"))
        return form

    def _areas_box(self) -> QGroupBox:
        box = QGroupBox("Areas it is for", self)
        grid = QGridLayout(box)
        for index, check in enumerate(self.areas.values()):
            grid.addWidget(check, index // 2, index % 2)
        return box

    def _seconds_page(self) -> QGroupBox:
        self.seconds_box = QGroupBox("Hold, in seconds", self)
        form = QFormLayout(self.seconds_box)
        for key, label in SECONDS_LABELS:
            form.addRow(label, _named(self.seconds[key], label))
        self.safe = QLabel(self.seconds_box)
        self.safe.setWordWrap(True)
        form.addRow(self.safe)
        return self.seconds_box

    def _flow_page(self) -> QGroupBox:
        box = QGroupBox("Breathing pace", self)
        form = QFormLayout(box)
        form.addRow("&Breaths", _named(self.cycles, "Breaths"))
        form.addRow("Breathe in", _named(self.breaths["inhale_seconds"], "Breathe in"))
        form.addRow("Breathe out", _named(self.breaths["exhale_seconds"], "Breathe out"))
        return box

    def _instructions(self) -> QVBoxLayout:
        column = QVBoxLayout()
        for key, label in (("setup", "S&etup steps, in order"), ("cues", "&Cues while holding"),
                           ("cautions", "C&autions")):
            heading = QLabel(label, self)
            heading.setBuddy(self.lists[key].entry)  # a buddy must take focus itself
            column.addWidget(heading)
            column.addWidget(self.lists[key], 1)
        return column

    def _tab_order(self) -> None:
        """Down the facts, then the instructions, then the pictures: the order they are read in."""
        chain: list[QWidget] = [self.text("name"), *self.areas.values(), self.position, self.kind, self.one_sided,
                                self.side_part, *(self.seconds[key] for key, _ in SECONDS_LABELS), self.cycles,
                                *self.breaths.values(), self.text("feel"), self.text("breathing"), self.text("why")]
        for edit in self.lists.values():
            chain.extend((edit.entry, edit.add, edit.list, edit.remove))
        chain.append(self.illustration.list)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what the person changes ---------------------------------------------------------------

    def _connect(self) -> None:
        for key, line in self._texts.items():
            line.textEdited.connect(lambda text, key=key: self.changed.emit(f"Change {key}", {key: text}, key))
        for check in self.areas.values():
            check.toggled.connect(self._areas_toggled)
        self.position.activated.connect(
            lambda _: self._send("Change the position", position=Position(self.position.currentData())))
        self.kind.activated.connect(lambda _: self._send("Change the kind", kind=Kind(self.kind.currentData())))
        self.side_part.activated.connect(
            lambda _: self._send("Change the side", side_part=self.side_part.currentData()))
        self.one_sided.toggled.connect(lambda on: self._send("Change one side at a time", one_sided=on))
        for key, spin in self.seconds.items():
            spin.editingFinished.connect(lambda key=key, spin=spin: self._seconds_entered(key, spin.value()))
        self.cycles.editingFinished.connect(lambda: self._flow_entered(cycles=self.cycles.value()))
        for key, double in self.breaths.items():
            double.editingFinished.connect(lambda key=key, double=double: self._flow_entered(**{key: double.value()}))
        for key, edit in self.lists.items():
            edit.linesChanged.connect(lambda lines, key=key: self._send(f"Change the {key}", **{key: lines}))
        self.illustration.chosen.connect(
            lambda name: self._send("Choose the illustration", keyframes=illustration(name)))

    def _send(self, text: str, **fields: object) -> None:
        self.changed.emit(text, fields, None)

    def _areas_toggled(self) -> None:
        chosen = tuple(area for area, check in self.areas.items() if check.isChecked())
        self._send("Change the areas", areas=chosen)

    def _timing_key(self) -> str:
        return "hold" if self.draft.kind is Kind.HOLD else "activity"

    def _seconds_entered(self, which: str, seconds: int) -> None:
        timing = getattr(self.draft, self._timing_key())
        if seconds == getattr(timing, which):
            return
        refusal = seconds_refusal(self.limits, self.draft.kind, which, seconds)
        if refusal is not None:
            self.show_draft(self.draft)  # back to the value it has
            self.refused.emit(refusal)
            return
        self._send(f"Set the {SECONDS_WORDS[which]} time to {seconds} s",
                   **{self._timing_key(): replace(timing, **{which: seconds})})

    def _flow_entered(self, **change: float) -> None:
        flow = self.draft.flow
        values = {"cycles": flow.cycles, "inhale_seconds": flow.inhale_seconds, "exhale_seconds": flow.exhale_seconds}
        if all(values[key] == value for key, value in change.items()):
            return
        values.update(change)
        limits = self.limits
        if not limits.cycles.holds(values["cycles"]) or not all(
                limits.breath.holds(values[key]) for key in ("inhale_seconds", "exhale_seconds")):
            self.show_draft(self.draft)
            self.refused.emit(f"A flow has {limits.cycles.low:g} to {limits.cycles.high:g} breaths, each way "
                              f"{limits.breath.low:g} to {limits.breath.high:g} seconds.")
            return
        self._send("Change the breathing pace", flow=Breath(int(values["cycles"]), values["inhale_seconds"],
                                                            values["exhale_seconds"]))

    # -- showing -------------------------------------------------------------------------------

    def show_draft(self, draft: StretchDraft) -> None:
        """Every field as the draft has it, sending nothing."""
        self.draft = draft
        for widget in self._widgets():
            widget.blockSignals(True)
        for key, line in self._texts.items():
            if line.text() != getattr(draft, key):
                line.setText(getattr(draft, key))
        for area, check in self.areas.items():
            check.setChecked(area in draft.areas)
        self.position.setCurrentIndex(max(0, self.position.findData(draft.position.value)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind.value)))
        self.one_sided.setChecked(draft.one_sided)
        self.side_part.setCurrentIndex(max(0, self.side_part.findData(draft.side_part)))
        self.side_part.setEnabled(draft.one_sided)
        self._show_timing(draft)
        for widget in self._widgets():
            widget.blockSignals(False)
        for key, edit in self.lists.items():
            if edit.lines() != getattr(draft, key):
                edit.set_lines(getattr(draft, key))
        self.illustration.show_choice(draft.keyframes, draft.one_sided)

    def _show_timing(self, draft: StretchDraft) -> None:
        flow = draft.kind is Kind.FLOW
        self.timing.setCurrentIndex(1 if flow else 0)
        timing = draft.hold if draft.kind is Kind.HOLD else draft.activity
        for key, spin in self.seconds.items():
            spin.setValue(getattr(timing, key))
        span = self.limits.hold if draft.kind is Kind.HOLD else self.limits.activity
        what = "Hold" if draft.kind is Kind.HOLD else "Activity"
        self.seconds_box.setTitle(f"{what}, in seconds")
        self.safe.setText(f"Each between {span.low:g} and {span.high:g} seconds"
                          + ("; 20 to 30 is a good hold." if draft.kind is Kind.HOLD else "."))
        self.cycles.setValue(draft.flow.cycles)
        self.breaths["inhale_seconds"].setValue(draft.flow.inhale_seconds)
        self.breaths["exhale_seconds"].setValue(draft.flow.exhale_seconds)

    def _widgets(self) -> list[QWidget]:
        return [*self.areas.values(), self.position, self.kind, self.one_sided, self.side_part,
                *self.seconds.values(), self.cycles, *self.breaths.values()]
