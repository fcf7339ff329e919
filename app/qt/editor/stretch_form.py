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

from app.catalogue import Breath, Kind, Position, Side
from app.catalogue.draft import SUGGESTED_HOLD
from app.catalogue.model import side_words
from app.catalogue.stretch_draft import StretchDraft, amount, flow_refusal, illustration, seconds_refusal
from app.catalogue.stretch_limits import StretchLimits
from app.i18n import QT_TRANSLATE_NOOP, Words
from app.qt.editor.keyframe_chooser import KeyframeChooser
from app.qt.editor.text_list_edit import ListWords, TextListEdit
from app.qt.translation import arg
from app.wording import side_in_sentence

StretchFields = Words("StretchFields")  # the schema's values, as the form's choices say them

KIND_WORDS = {Kind.HOLD: QT_TRANSLATE_NOOP("StretchFields", "Hold: a still, timed stretch"),
              Kind.FLOW: QT_TRANSLATE_NOOP("StretchFields", "Flow: movement with the breath"),
              Kind.ACTIVITY: QT_TRANSLATE_NOOP("StretchFields", "Activity: timed, like a warm-up")}
AREA_WORDS = {
    "lower-back": QT_TRANSLATE_NOOP("StretchFields", "Lower back"),
    "glutes": QT_TRANSLATE_NOOP("StretchFields", "Glutes"),
    "piriformis": QT_TRANSLATE_NOOP("StretchFields", "Piriformis"),
    "hips": QT_TRANSLATE_NOOP("StretchFields", "Hips"),
    "spine": QT_TRANSLATE_NOOP("StretchFields", "Spine"),
    "thighs": QT_TRANSLATE_NOOP("StretchFields", "Thighs"),
    "whole-body": QT_TRANSLATE_NOOP("StretchFields", "Whole body"),
}
POSITION_WORDS = {
    "lying-on-back": QT_TRANSLATE_NOOP("StretchFields", "Lying on back"),
    "all-fours": QT_TRANSLATE_NOOP("StretchFields", "All fours"),
    "kneeling": QT_TRANSLATE_NOOP("StretchFields", "Kneeling"),
    "seated": QT_TRANSLATE_NOOP("StretchFields", "Seated"),
    "standing": QT_TRANSLATE_NOOP("StretchFields", "Standing"),
}
SECONDS_KEYS = ("default", "min", "max")
WIDEST_SECONDS = 3600  # the schema's; a value outside the safe range is refused, saying why


def words(value: str, table: dict[str, str]) -> str:
    """A schema value as a person reads it, from `table`; a value a newer schema added and the
    table does not know yet reads as itself: 'lying-on-back' -> 'Lying on back'."""
    known = table.get(value)
    return StretchFields.tr(known) if known else value.replace("-", " ").capitalize()


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
        self.areas = {area: QCheckBox(words(area, AREA_WORDS), self) for area in limits.areas}
        self.position, self.kind, self.side_part = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo in (self.position, self.kind, self.side_part):
            # a kind's long description shows whole in the open list; closed, the field may cut it
            # rather than widen the editor past a small screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self.one_sided = QCheckBox(self.tr("&One side at a time (left, then right)"), self)
        self.seconds = {key: self._spin(1, WIDEST_SECONDS, self.seconds_suffix()) for key in SECONDS_KEYS}
        self.cycles = self._spin(1, 100, self.tr(" breaths", "after the number of breaths in a box"))
        self.breaths = {key: QDoubleSpinBox(self) for key in ("inhale_seconds", "exhale_seconds")}
        self.timing = QStackedWidget(self)
        self.lists = {key: TextListEdit(list_words, self) for key, list_words in self._list_words().items()}
        self.illustration = KeyframeChooser(self)
        self._fill_choices()
        self._build()
        self._connect()
        self._tab_order()

    def seconds_suffix(self) -> str:
        return self.tr(" s", "after a number of seconds in a box")

    def seconds_labels(self) -> dict[str, str]:
        """Each bound of a hold's seconds as its label says it, with its mnemonic."""
        return {"default": self.tr("&Usual"), "min": self.tr("S&hortest"), "max": self.tr("&Longest")}

    def _list_words(self) -> dict[str, ListWords]:
        return {
            "setup": ListWords(self.tr("Setup steps"), self.tr("Type a setup step, then Enter"),
                               self.tr("New setup step"), self.tr("Add the setup step at the end (Enter)"),
                               self.tr("Remove the chosen setup step (Delete)")),
            "cues": ListWords(self.tr("Cues"), self.tr("Type a cue, then Enter"), self.tr("New cue"),
                              self.tr("Add the cue at the end (Enter)"), self.tr("Remove the chosen cue (Delete)")),
            "cautions": ListWords(self.tr("Cautions"), self.tr("Type a caution, then Enter"), self.tr("New caution"),
                                  self.tr("Add the caution at the end (Enter)"),
                                  self.tr("Remove the chosen caution (Delete)")),
        }

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def text(self, key: str) -> QLineEdit:
        return self._texts[key]

    def _fill_choices(self) -> None:
        for value in self.limits.positions:
            self.position.addItem(words(value, POSITION_WORDS), value)
        in_order = self.tr("%1, then %2", "a one-sided stretch's sides in turn: 'Left leg, then right leg'")
        for value in self.limits.side_parts:  # as the session says it: "Left leg", then "Right leg"
            right = side_in_sentence(side_words(Side.RIGHT, value))
            self.side_part.addItem(arg(in_order, side_words(Side.LEFT, value), right), value)
        for value in self.limits.kinds:
            self.kind.addItem(StretchFields.tr(KIND_WORDS[Kind(value)]), value)
        for spin in self.breaths.values():
            spin.setRange(1.0, 20.0)  # wider than allowed, so a refusal can say why
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(self.seconds_suffix())

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self._facts(), 4)
        columns.addLayout(self._instructions(), 4)
        right = QVBoxLayout()
        heading = QLabel(self.tr("&Illustration: the held position"), self)
        heading.setWordWrap(True)
        heading.setBuddy(self.illustration.list)
        right.addWidget(heading)
        right.addWidget(self.illustration, 1)
        columns.addLayout(right, 3)

    def _facts(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&Name"), _named(self.text("name"), self.tr("Name")))
        form.addRow(self._areas_box())
        form.addRow(self.tr("&Position"), _named(self.position, self.tr("Position")))
        form.addRow(self.tr("&Kind"), _named(self.kind, self.tr("Kind")))
        form.addRow(self.one_sided)
        form.addRow(self.tr("Si&des"), _named(self.side_part, self.tr("Sides")))
        form.addRow(self.timing)
        # as tall as its page, not the leftover height: that goes to the lists beside it
        self.timing.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.timing.addWidget(self._seconds_page())
        self.timing.addWidget(self._flow_page())
        form.addRow(self.tr("&Feel"), _named(self.text("feel"), self.tr("Feel")))
        form.addRow(self.tr("B&reathing"), _named(self.text("breathing"), self.tr("Breathing")))
        form.addRow(self.tr("&Why it helps"), _named(self.text("why"), self.tr("Why it helps")))
        return form

    def _areas_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Areas it is for"), self)
        grid = QGridLayout(box)
        for index, check in enumerate(self.areas.values()):
            grid.addWidget(check, index // 2, index % 2)
        return box

    def _seconds_page(self) -> QGroupBox:
        self.seconds_box = QGroupBox(self.tr("Hold, in seconds"), self)
        form = QFormLayout(self.seconds_box)
        for key, label in self.seconds_labels().items():
            form.addRow(label, _named(self.seconds[key], label))
        self.safe = QLabel(self.seconds_box)
        self.safe.setWordWrap(True)
        form.addRow(self.safe)
        return self.seconds_box

    def _flow_page(self) -> QGroupBox:
        box = QGroupBox(self.tr("Breathing pace"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("&Breaths"), _named(self.cycles, self.tr("Breaths")))
        form.addRow(self.tr("Breathe in"), _named(self.breaths["inhale_seconds"], self.tr("Breathe in")))
        form.addRow(self.tr("Breathe out"), _named(self.breaths["exhale_seconds"], self.tr("Breathe out")))
        return box

    def _instructions(self) -> QVBoxLayout:
        column = QVBoxLayout()
        for key, label in (("setup", self.tr("S&etup steps, in order")), ("cues", self.tr("&Cues while holding")),
                           ("cautions", self.tr("C&autions"))):
            heading = QLabel(label, self)
            heading.setWordWrap(True)  # the column stays narrow in every language
            heading.setBuddy(self.lists[key].entry)  # a buddy must take focus itself
            column.addWidget(heading)
            column.addWidget(self.lists[key], 1)
        return column

    def _tab_order(self) -> None:
        """Down the facts, then the instructions, then the pictures: the order they are read in."""
        chain: list[QWidget] = [self.text("name"), *self.areas.values(), self.position, self.kind, self.one_sided,
                                self.side_part, *(self.seconds[key] for key in SECONDS_KEYS), self.cycles,
                                *self.breaths.values(), self.text("feel"), self.text("breathing"), self.text("why")]
        for edit in self.lists.values():
            chain.extend((edit.entry, edit.add, edit.list, edit.remove))
        chain.append(self.illustration.list)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what the person changes ---------------------------------------------------------------

    def _connect(self) -> None:
        typed = {"name": self.tr("Change the name"), "feel": self.tr("Change the feel"),
                 "breathing": self.tr("Change the breathing"), "why": self.tr("Change why it helps")}
        for key, line in self._texts.items():
            line.textEdited.connect(lambda text, key=key: self.changed.emit(typed[key], {key: text}, key))
        for check in self.areas.values():
            check.toggled.connect(self._areas_toggled)
        self.position.activated.connect(
            lambda _: self._send(self.tr("Change the position"), position=Position(self.position.currentData())))
        self.kind.activated.connect(
            lambda _: self._send(self.tr("Change the kind"), kind=Kind(self.kind.currentData())))
        self.side_part.activated.connect(
            lambda _: self._send(self.tr("Change the sides"), side_part=self.side_part.currentData()))
        self.one_sided.toggled.connect(lambda on: self._send(self.tr("Change one side at a time"), one_sided=on))
        for key, spin in self.seconds.items():
            spin.editingFinished.connect(lambda key=key, spin=spin: self._seconds_entered(key, spin.value()))
        self.cycles.editingFinished.connect(lambda: self._flow_entered(cycles=self.cycles.value()))
        for key, double in self.breaths.items():
            double.editingFinished.connect(lambda key=key, double=double: self._flow_entered(**{key: double.value()}))
        listed = {"setup": self.tr("Change the setup steps"), "cues": self.tr("Change the cues"),
                  "cautions": self.tr("Change the cautions")}
        for key, edit in self.lists.items():
            edit.linesChanged.connect(lambda lines, key=key: self._send(listed[key], **{key: lines}))
        self.illustration.chosen.connect(
            lambda name: self._send(self.tr("Choose the illustration"), keyframes=illustration(name)))

    def _send(self, text: str, **fields: object) -> None:
        self.changed.emit(text, fields, None)

    def _areas_toggled(self) -> None:
        chosen = tuple(area for area, check in self.areas.items() if check.isChecked())
        self._send(self.tr("Change the areas"), areas=chosen)

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
        setting = {"min": self.tr("Set the shortest time to %1 s"), "default": self.tr("Set the usual time to %1 s"),
                   "max": self.tr("Set the longest time to %1 s")}[which]
        self._send(arg(setting, seconds), **{self._timing_key(): replace(timing, **{which: seconds})})

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
            self.refused.emit(flow_refusal(limits))
            return
        self._send(self.tr("Change the breathing pace"), flow=Breath(int(values["cycles"]), values["inhale_seconds"],
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
        held = draft.kind is Kind.HOLD
        self.seconds_box.setTitle(self.tr("Hold, in seconds") if held else self.tr("Activity, in seconds"))
        safe = (self.tr("Each between %1 and %2 seconds; %3 to %4 is a good hold.") if held
                else self.tr("Each between %1 and %2 seconds."))
        self.safe.setText(arg(safe, amount(span.low), amount(span.high), *SUGGESTED_HOLD))
        self.cycles.setValue(draft.flow.cycles)
        self.breaths["inhale_seconds"].setValue(draft.flow.inhale_seconds)
        self.breaths["exhale_seconds"].setValue(draft.flow.exhale_seconds)

    def _widgets(self) -> list[QWidget]:
        return [*self.areas.values(), self.position, self.kind, self.one_sided, self.side_part,
                *self.seconds.values(), self.cycles, *self.breaths.values()]
