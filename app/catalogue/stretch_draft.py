"""A stretch of the person's own, being edited: plain immutable values (each change of the editor
is a new draft, so undo keeps whole drafts), its checks in whole sentences, and its JSON.

Every field of the schema's stretch the editor shows is here; `other_names`, `muscles` and any
field a newer Supple adds belong to whoever wrote them and are kept in the file as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from app.catalogue.draft import free_id
from app.catalogue.model import Breath, Kind, Position, SecondsRange, Stretch
from app.catalogue.stretch_limits import Span, StretchLimits
from app.figure import keyframe_names

# What the editor sets on a stretch; the timing of the kinds it is not is dropped with the kind.
STRETCH_KEYS = ("id", "name", "areas", "position", "kind", "one_sided", "side_part", "hold", "flow", "activity",
                "setup", "feel", "cues", "cautions", "breathing", "why", "keyframes")
LISTS = (("setup", "setup step"), ("cues", "cue"), ("cautions", "caution"))
TEXTS = (("feel", "Say what the stretch should feel like."), ("breathing", "Say how to breathe during it."),
         ("why", "Say why it helps."))
BLANK_HOLD = SecondsRange(30, 20, 30)  # the guide's 20-30 s
BLANK_ACTIVITY = SecondsRange(120, 60, 300)
BLANK_FLOW = Breath(6, 4.0, 6.0)
SECONDS_WORDS = {"min": "shortest", "default": "usual", "max": "longest"}


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
    """An id from the name, free among every stretch, built-in and the person's."""
    return free_id(name if any(c.isalnum() for c in name) else "my stretch", taken)


def copy_of(stretch: Stretch, taken: Iterable[str]) -> StretchDraft:
    """An editable copy of `stretch` under a new id and name: a built-in stretch is never changed."""
    name = f"{stretch.name} (my copy)"
    return replace(StretchDraft.of(stretch), id=free_stretch_id(name, taken), name=name)


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
    what = "hold" if kind is Kind.HOLD else "activity"
    return (f"The {what}'s {SECONDS_WORDS[which]} time must be {_span_text(span)} seconds, "
            f"not {seconds}.")


def _span_text(span: Span) -> str:
    return f"between {span.low:g} and {span.high:g}"


def problems(draft: StretchDraft, limits: StretchLimits) -> list[str]:
    """What keeps the draft from being saved, each a sentence the person can act on."""
    found = _name_problems(draft, limits)
    if not draft.areas:
        found.append("Choose at least one area the stretch is for.")
    found.extend(_timing_problems(draft, limits))
    for key, word in LISTS:
        found.extend(_list_problems(getattr(draft, key), word, limits))
    for key, missing in TEXTS:
        found.extend(_text_problems(getattr(draft, key), missing, limits))
    found.extend(_illustration_problems(draft.keyframes, limits))
    return found


def _name_problems(draft: StretchDraft, limits: StretchLimits) -> list[str]:
    return _text_problems(draft.name, "Give the stretch a name.", limits)


def _text_problems(text: str, missing: str, limits: StretchLimits) -> list[str]:
    if not text.strip():
        return [missing]
    if len(text) > limits.text_length:
        return [f"“{text[:30]}…” is longer than {limits.text_length} characters."]
    return []


def _list_problems(lines: tuple[str, ...], word: str, limits: StretchLimits) -> list[str]:
    if not lines:
        return [f"Add at least one {word}."]
    if len(lines) > limits.lines:
        return [f"A stretch has at most {limits.lines} lines for each {word}, not {len(lines)}."]
    for number, line in enumerate(lines, 1):
        if not line.strip():
            return [f"The {word} on line {number} is empty."]
        if len(line) > limits.text_length:
            return [f"The {word} on line {number} is longer than {limits.text_length} characters."]
    return []


def _timing_problems(draft: StretchDraft, limits: StretchLimits) -> list[str]:
    if draft.kind is Kind.FLOW:
        return _flow_problems(draft.flow, limits)
    timing = draft.hold if draft.kind is Kind.HOLD else draft.activity
    found = [refusal for which in ("min", "default", "max")
             if (refusal := seconds_refusal(limits, draft.kind, which, getattr(timing, which)))]
    if not found and not timing.min <= timing.default <= timing.max:
        found.append(f"The usual time, {timing.default} seconds, must lie between the shortest "
                     f"({timing.min}) and the longest ({timing.max}).")
    return found


def _flow_problems(flow: Breath, limits: StretchLimits) -> list[str]:
    found = []
    if not limits.cycles.holds(flow.cycles):
        found.append(f"A flow has {_span_text(limits.cycles)} breaths, not {flow.cycles}.")
    for word, seconds in (("in", flow.inhale_seconds), ("out", flow.exhale_seconds)):
        if not limits.breath.holds(seconds):
            found.append(f"Breathing {word} takes {_span_text(limits.breath)} seconds, not {seconds:g}.")
    return found


def _illustration_problems(keyframes: tuple[str, ...], limits: StretchLimits) -> list[str]:
    if not keyframes:
        return ["Choose an illustration."]
    unknown = [name for name in keyframes if name not in keyframe_names()]
    if unknown:
        return [f"Supple has no picture named “{unknown[0]}”; choose one of its illustrations."]
    if len({name.split("/")[0] for name in keyframes}) > 1:
        return ["An illustration's pictures must all be of one figure."]
    if len(keyframes) > limits.keyframes:
        return [f"An illustration has at most {limits.keyframes} pictures."]
    return []
