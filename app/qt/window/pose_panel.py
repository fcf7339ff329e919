"""The pose panel: the illustration, the stretch's name, which side, and how to do it.

Before a session it previews the selected routine; during one it shows the current stretch, with
the instructions that matter in the phase (app.presenters.instructions).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.catalogue import Catalogue, Routine, Side, Stretch
from app.i18n import Words
from app.markup import escape
from app.presenters.instructions import Section, instructions
from app.qt.translation import arg
from app.qt.window.pose_view import PoseView
from app.session import PhaseKind, Plan
from app.wording import area_label, minutes_text, place_label

Panel = Words("Panel")  # the words of the functions below


def _section(title: str, body: str) -> str:
    return f"<p><b>{escape(title)}</b><br>{body}</p>"


def _section_html(section: Section) -> str:
    if section.numbered:
        steps = "".join(f"<li>{escape(line)}</li>" for line in section.lines)
        heading = f"<p><b>{escape(section.title)}</b></p>" if section.title else ""
        return f"{heading}<ol>{steps}</ol>"
    return _section(section.title, "<br>".join(escape(line) for line in section.lines))


def stretch_html(stretch: Stretch, kind: PhaseKind | None = None, *, choosing: bool = False) -> str:
    return "".join(_section_html(section) for section in instructions(stretch, kind, choosing=choosing))


def routine_html(routine: Routine, plan: Plan, catalogue: Catalogue) -> str:
    items = []
    for step in plan.steps:
        stretch = step.stretch
        name = arg(Panel.tr("%1 (each side)"), stretch.name) if stretch.one_sided else stretch.name
        items.append(f"<li>{escape(name)}</li>")
    safety = "".join(f"<li>{escape(rule.text)}</li>" for rule in catalogue.safety)
    summary = f"{minutes_text(plan.total_seconds)} · {area_label(routine.area)} · {place_label(routine.place)}"
    begin = Panel.tr("Press <b>Enter</b> or <b>Start</b> to begin.")
    return (
        f"<p>{escape(routine.description)}</p><p><b>{escape(summary)}</b></p>"
        f"<ol>{''.join(items)}</ol>"
        + _section(Panel.tr("Before you start"), f"<ul>{safety}</ul>")
        + f"<p>{begin}</p>"
    )


class PosePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poseView = PoseView(self)
        self.poseView.setObjectName("poseView")
        self.nameLabel = QLabel(self)
        self.nameLabel.setObjectName("stretchName")
        self.nameLabel.setWordWrap(True)
        self.sideLabel = QLabel(self)
        self.sideLabel.setObjectName("sideBanner")
        # no accessible name of its own: a screen reader then reads its text, "Left leg"
        self.sideLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detailsLabel = QLabel(self)
        self.detailsLabel.setObjectName("stretchDetails")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.detailsLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_layout()

    def _build_layout(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.nameLabel, 1)
        heading.addWidget(self.sideLabel, 0, Qt.AlignmentFlag.AlignVCenter)
        # a fallback for small screens: at 1280x800 each phase's text fits without it
        scroll = self.detailsScroll = QScrollArea(self)
        scroll.setObjectName("instructions")
        scroll.setAccessibleName(self.tr("Instructions"))  # it takes the focus, so Up and Down can scroll it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detailsLabel)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.addWidget(self.poseView, 5)
        layout.addLayout(heading)
        layout.addWidget(scroll, 4)

    def show_stretch(self, stretch: Stretch, side: Side | None, headline: str = "",
                     kind: PhaseKind | None = None, *, choosing: bool = False) -> None:
        """The stretch being done now, in a phase of `kind`; `headline` replaces the name in
        special phases; `choosing`: after easing out, the person chooses to skip or go on."""
        self.nameLabel.setText(headline or stretch.name)
        side_text = stretch.side_label(side)
        self.sideLabel.setText(side_text)
        self.sideLabel.setVisible(bool(side_text))
        self.sideLabel.setProperty("side", side.value if side else "")
        self.sideLabel.style().polish(self.sideLabel)
        self.detailsLabel.setText(stretch_html(stretch, kind, choosing=choosing))

    def show_routine(self, routine: Routine, plan: Plan, catalogue: Catalogue) -> None:
        self.nameLabel.setText(routine.name)
        self.sideLabel.clear()
        self.sideLabel.setVisible(False)
        self.detailsLabel.setText(routine_html(routine, plan, catalogue))
