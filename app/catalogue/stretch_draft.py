"""A stretch of the person's own, being edited: plain immutable values (each change of the editor
is a new draft, so undo keeps whole drafts), its checks in whole sentences, and its JSON.

Every field of the schema's stretch the editor shows is here; `other_names`, `muscles` and any
field a newer Supple adds belong to whoever wrote them and are kept in the file as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from app import i18n
from app.catalogue.draft import ascii_words, copy_id, copy_name, free_id
from app.catalogue.model import Breath, Kind, Position, SecondsRange, Stretch
from app.catalogue.stretch_limits import Span, StretchLimits
from app.figure import keyframe_names
from app.i18n import QT_TRANSLATE_NOOP, Words

StretchChecks = Words("StretchChecks")

# What the editor sets on a stretch; the timing of the kinds it is not is dropped with the kind.
STRETCH_KEYS = ("id", "name", "areas", "position", "kind", "one_sided", "side_part", "hold", "flow", "activity",
                "setup", "feel", "cues", "cautions", "breathing", "why", "keyframes")


@dataclass(frozen=True)
class ListChecks:
    """The sentences that say what is wrong with one list of lines: whole, one set per list, since
    'setup step', 'cue' and 'caution' take their own articles and cases in other languages."""

    missing: str
    too_many: str  # %1 the most allowed, %2 how many there are
    empty: str  # %1 the line's number
    too_long: str  # %1 the line's number, %2 the most characters


LISTS: dict[str, ListChecks] = {
    "setup": ListChecks(
        QT_TRANSLATE_NOOP("StretchChecks", "Add at least one setup step."),
        QT_TRANSLATE_NOOP("StretchChecks", "A stretch has at most %1 setup steps, not %2."),
        QT_TRANSLATE_NOOP("StretchChecks", "The setup step on line %1 is empty."),
        QT_TRANSLATE_NOOP("StretchChecks", "The setup step on line %1 is longer than %2 characters.")),
    "cues": ListChecks(
        QT_TRANSLATE_NOOP("StretchChecks", "Add at least one cue."),
        QT_TRANSLATE_NOOP("StretchChecks", "A stretch has at most %1 cues, not %2."),
        QT_TRANSLATE_NOOP("StretchChecks", "The cue on line %1 is empty."),
        QT_TRANSLATE_NOOP("StretchChecks", "The cue on line %1 is longer than %2 characters.")),
    "cautions": ListChecks(
        QT_TRANSLATE_NOOP("StretchChecks", "Add at least one caution."),
        QT_TRANSLATE_NOOP("StretchChecks", "A stretch has at most %1 cautions, not %2."),
        QT_TRANSLATE_NOOP("StretchChecks", "The caution on line %1 is empty."),
        QT_TRANSLATE_NOOP("StretchChecks", "The caution on line %1 is longer than %2 characters.")),
}
TEXTS = (("feel", QT_TRANSLATE_NOOP("StretchChecks", "Say what the stretch should feel like.")),
         ("breathing", QT_TRANSLATE_NOOP("StretchChecks", "Say how to breathe during it.")),
         ("why", QT_TRANSLATE_NOOP("StretchChecks", "Say why it helps.")))
# why a bound of a hold's (or an activity's) seconds is refused: %1 to %2 the safe range, %3 the value
SECONDS_REFUSALS: dict[tuple[Kind, str], str] = {
    (Kind.HOLD, "min"): QT_TRANSLATE_NOOP(
        "StretchChecks", "The hold's shortest time must be between %1 and %2 seconds, not %3."),
    (Kind.HOLD, "default"): QT_TRANSLATE_NOOP(
        "StretchChecks", "The hold's usual time must be between %1 and %2 seconds, not %3."),
    (Kind.HOLD, "max"): QT_TRANSLATE_NOOP(
        "StretchChecks", "The hold's longest time must be between %1 and %2 seconds, not %3."),
    (Kind.ACTIVITY, "min"): QT_TRANSLATE_NOOP(
        "StretchChecks", "The activity's shortest time must be between %1 and %2 seconds, not %3."),
    (Kind.ACTIVITY, "default"): QT_TRANSLATE_NOOP(
        "StretchChecks", "The activity's usual time must be between %1 and %2 seconds, not %3."),
    (Kind.ACTIVITY, "max"): QT_TRANSLATE_NOOP(
        "StretchChecks", "The activity's longest time must be between %1 and %2 seconds, not %3."),
}
BLANK_HOLD = SecondsRange(30, 20, 30)  # the guide's 20-30 s
BLANK_ACTIVITY = SecondsRange(120, 60, 300)
BLANK_FLOW = Breath(6, 4.0, 6.0)


def amount(value: float) -> str:
    """A number in a sentence as the person's language writes it, with only the decimals it has:
    '4', '4.5' ('4,5' in German)."""
    for decimals in range(3):
        if round(value, decimals) == value:
            break
    return i18n.number(value, decimals)


@dataclass(frozen=True)
class StretchDraft:
    id: str = ""
    name: str = ""
    areas: tuple[str, ...] = ()
    position: Position = Position.LYING_ON_BACK
    kind: Kind = Kind.HOLD
    one_sided: bool = False
    side_part: str = "side"
    hold: SecondsRange = BLANK_HOLD
    activity: SecondsRange = BLANK_ACTIVITY
    flow: Breath = BLANK_FLOW
    setup: tuple[str, ...] = ()
    feel: str = ""
    cues: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    breathing: str = ""
    why: str = ""
    keyframes: tuple[str, ...] = field(default=())

    @classmethod
    def of(cls, stretch: Stretch) -> StretchDraft:
        blank = cls()
        return cls(stretch.id, stretch.name, stretch.areas, stretch.position, stretch.kind, stretch.one_sided,
                   stretch.side_part, stretch.hold or blank.hold, stretch.activity or blank.activity,
                   stretch.flow or blank.flow, stretch.setup, stretch.feel, stretch.cues, stretch.cautions,
                   stretch.breathing, stretch.why, stretch.keyframes)

    def as_json(self) -> dict[str, Any]:
        raw: dict[str, Any] = {"id": self.id, "name": self.name, "areas": list(self.areas),
                               "position": self.position.value, "kind": self.kind.value, "one_sided": self.one_sided}
        if self.one_sided:
            raw["side_part"] = self.side_part
        if self.kind is Kind.FLOW:
            raw["flow"] = {"cycles": self.flow.cycles, "inhale_seconds": self.flow.inhale_seconds,
                           "exhale_seconds": self.flow.exhale_seconds}
        else:
            timing = self.hold if self.kind is Kind.HOLD else self.activity
            raw[self.kind.value] = {"default": timing.default, "min": timing.min, "max": timing.max}
        raw.update(setup=list(self.setup), feel=self.feel, cues=list(self.cues), cautions=list(self.cautions),
                   breathing=self.breathing, why=self.why, keyframes=list(self.keyframes))
        return raw


def merged_stretch(old: dict[str, Any] | None, draft: StretchDraft) -> dict[str, Any]:
    """The file's stretch object with the editor's fields replaced and every other field kept."""
    kept = {key: value for key, value in (old or {}).items() if key not in STRETCH_KEYS}
    return {**draft.as_json(), **kept}


def free_stretch_id(name: str, taken: Iterable[str]) -> str:
    """An id from the name, free among every stretch, built-in and the person's (an id is plain
    ASCII: a name with no such letter or digit gets 'my-stretch')."""
    return free_id(name if ascii_words(name) else "my stretch", taken)


def copy_of(stretch: Stretch, taken: Iterable[str]) -> StretchDraft:
    """An editable copy of `stretch` under a new id and name: a built-in stretch is never changed."""
    return replace(StretchDraft.of(stretch), id=copy_id(stretch.id, taken), name=copy_name(stretch.name))


def illustration(chosen: str) -> tuple[str, ...]:
    """The keyframes for a chosen held pose ('figure-four/crossed'): its figure's frames from the
    start up to it, so the figure moves into the pose as a built-in stretch does."""
    figure = chosen.split("/", maxsplit=1)[0]
    frames = [name for name in keyframe_names() if name.split("/")[0] == figure]
    return tuple(frames[: frames.index(chosen) + 1]) if chosen in frames else (chosen,)


def seconds_refusal(limits: StretchLimits, kind: Kind, which: str, seconds: int) -> str | None:
    """Why `seconds` cannot be the hold's (or activity's) `which` bound ('min', 'default', 'max')."""
    span = limits.hold if kind is Kind.HOLD else limits.activity
    if span.holds(seconds):
        return None
    refusal = SECONDS_REFUSALS[(Kind.HOLD if kind is Kind.HOLD else Kind.ACTIVITY, which)]
    return i18n.fill(StretchChecks.tr(refusal), amount(span.low), amount(span.high), str(seconds))


def problems(draft: StretchDraft, limits: StretchLimits) -> list[str]:
    """What keeps the draft from being saved, each a sentence the person can act on."""
    found = _name_problems(draft, limits)
    if not draft.areas:
        found.append(StretchChecks.tr("Choose at least one area the stretch is for."))
    found.extend(_timing_problems(draft, limits))
    for key, checks in LISTS.items():
        found.extend(_list_problems(getattr(draft, key), checks, limits))
    for key, missing in TEXTS:
        found.extend(_text_problems(getattr(draft, key), StretchChecks.tr(missing), limits))
    found.extend(_illustration_problems(draft.keyframes, limits))
    return found


def _name_problems(draft: StretchDraft, limits: StretchLimits) -> list[str]:
    return _text_problems(draft.name, StretchChecks.tr("Give the stretch a name."), limits)


def _text_problems(text: str, missing: str, limits: StretchLimits) -> list[str]:
    if not text.strip():
        return [missing]
    if len(text) > limits.text_length:
        return [i18n.fill(StretchChecks.tr("“%1…” is longer than %2 characters.", "the start of a text, then a number"),
                          text[:30], str(limits.text_length))]
    return []


def _list_problems(lines: tuple[str, ...], checks: ListChecks, limits: StretchLimits) -> list[str]:
    if not lines:
        return [StretchChecks.tr(checks.missing)]
    if len(lines) > limits.lines:
        return [i18n.fill(StretchChecks.tr(checks.too_many), str(limits.lines), str(len(lines)))]
    for number, line in enumerate(lines, 1):
        if not line.strip():
            return [i18n.fill(StretchChecks.tr(checks.empty), str(number))]
        if len(line) > limits.text_length:
            return [i18n.fill(StretchChecks.tr(checks.too_long), str(number), str(limits.text_length))]
    return []


def _timing_problems(draft: StretchDraft, limits: StretchLimits) -> list[str]:
    if draft.kind is Kind.FLOW:
        return _flow_problems(draft.flow, limits)
    timing = draft.hold if draft.kind is Kind.HOLD else draft.activity
    found = [refusal for which in ("min", "default", "max")
             if (refusal := seconds_refusal(limits, draft.kind, which, getattr(timing, which)))]
    if not found and not timing.min <= timing.default <= timing.max:
        found.append(i18n.fill(StretchChecks.tr(
            "The usual time, %1 seconds, must lie between the shortest (%2) and the longest (%3)."),
            str(timing.default), str(timing.min), str(timing.max)))
    return found


def flow_refusal(limits: StretchLimits) -> str:
    """What a flow's breaths may be, said when one outside them is refused."""
    return i18n.fill(StretchChecks.tr("A flow has %1 to %2 breaths, each way %3 to %4 seconds."),
                     amount(limits.cycles.low), amount(limits.cycles.high),
                     amount(limits.breath.low), amount(limits.breath.high))


def _flow_problems(flow: Breath, limits: StretchLimits) -> list[str]:
    found = []
    if not limits.cycles.holds(flow.cycles):
        found.append(i18n.fill(StretchChecks.tr("A flow has between %1 and %2 breaths, not %3."),
                               *_span_words(limits.cycles), str(flow.cycles)))
    if not limits.breath.holds(flow.inhale_seconds):
        found.append(i18n.fill(StretchChecks.tr("Breathing in takes between %1 and %2 seconds, not %3."),
                               *_span_words(limits.breath), amount(flow.inhale_seconds)))
    if not limits.breath.holds(flow.exhale_seconds):
        found.append(i18n.fill(StretchChecks.tr("Breathing out takes between %1 and %2 seconds, not %3."),
                               *_span_words(limits.breath), amount(flow.exhale_seconds)))
    return found


def _span_words(span: Span) -> tuple[str, str]:
    return amount(span.low), amount(span.high)


def _illustration_problems(keyframes: tuple[str, ...], limits: StretchLimits) -> list[str]:
    if not keyframes:
        return [StretchChecks.tr("Choose an illustration.")]
    unknown = [name for name in keyframes if name not in keyframe_names()]
    if unknown:
        return [i18n.fill(StretchChecks.tr("Supple has no picture named “%1”; choose one of its illustrations."),
                          unknown[0])]
    if len({name.split("/")[0] for name in keyframes}) > 1:
        return [StretchChecks.tr("An illustration's pictures must all be of one figure.")]
    most = limits.keyframes
    if len(keyframes) > most:
        return [StretchChecks.tr("An illustration has at most %n picture(s).", "", most)]
    return []
