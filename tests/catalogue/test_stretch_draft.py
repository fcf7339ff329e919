"""A stretch of the person's own as a draft: its checks, its JSON, copies and free ids."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.catalogue import Kind, Position, SecondsRange, load_catalogue
from app.catalogue.loader import load_validator, parse_catalogue_document, read_json
from app.catalogue.stretch_draft import (
    StretchDraft,
    copy_of,
    free_stretch_id,
    illustration,
    merged_stretch,
    problems,
    seconds_refusal,
)
from app.catalogue.stretch_limits import StretchLimits
from app.paths import Paths
from tests.helpers import builtin_catalogue


@pytest.fixture
def limits(isolated_paths: Paths) -> StretchLimits:
    return StretchLimits.from_schema(read_json(isolated_paths.catalogue_schema))


def complete() -> StretchDraft:
    return StretchDraft(id="wall-hamstring", name="Wall hamstring", areas=("thighs",),
                        position=Position.LYING_ON_BACK, kind=Kind.HOLD, one_sided=True, side_part="leg",
                        hold=SecondsRange(25, 20, 40), setup=("Lie in a doorway.",), feel="A gentle pull.",
                        cues=("Keep the knee soft.",), cautions=("Ease off at any sharp pain.",),
                        breathing="Breathe slowly.", why="Tight hamstrings tug on the pelvis.",
                        keyframes=illustration("knee-to-chest/knee-in"))


def test_the_limits_come_from_the_schema_narrowed_to_the_loaders_safe_range(limits: StretchLimits) -> None:
    assert "lower-back" in limits.areas and "standing" in limits.positions
    assert limits.kinds == ("hold", "flow", "activity") and limits.side_parts == ("leg", "hip", "side")
    assert (limits.hold.low, limits.hold.high) == (10, 60)  # schema 1-3600, loader 10-60
    assert limits.text_length == 400 and limits.lines == 12


def test_a_complete_draft_has_no_problems_and_its_json_loads(limits: StretchLimits, isolated_paths: Paths) -> None:
    assert problems(complete(), limits) == []
    document = {"format": 1, "stretches": [complete().as_json()]}
    base = {s.id: s for s in builtin_catalogue().stretches.values()}
    parsed = parse_catalogue_document(document, "mine.json", load_validator(isolated_paths.catalogue_schema), base)
    assert parsed.stretches[0].hold == SecondsRange(25, 20, 40)
    assert parsed.stretches[0].keyframes == ("knee-to-chest/start", "knee-to-chest/knee-in")


def test_a_blank_draft_says_what_is_missing_in_sentences(limits: StretchLimits) -> None:
    said = problems(StretchDraft(), limits)
    assert said[:3] == ["Give the stretch a name.", "Choose at least one area the stretch is for.",
                        "Add at least one setup step."]
    assert "Choose an illustration." in said
    assert all(sentence[0].isupper() and sentence.endswith(".") for sentence in said)


@pytest.mark.parametrize(("which", "seconds"), [("min", 5), ("max", 61), ("default", 3600)])
def test_a_hold_bound_outside_the_safe_range_is_refused(limits: StretchLimits, which: str, seconds: int) -> None:
    refusal = seconds_refusal(limits, Kind.HOLD, which, seconds)
    assert refusal is not None and "between 10 and 60 seconds" in refusal and f"not {seconds}." in refusal
    draft = replace(complete(), hold=replace(complete().hold, **{which: seconds}))
    assert refusal in problems(draft, limits)
    assert seconds_refusal(limits, Kind.HOLD, which, 30) is None


def test_a_usual_hold_outside_its_own_bounds_is_a_problem(limits: StretchLimits) -> None:
    draft = replace(complete(), hold=SecondsRange(45, 20, 40))
    assert problems(draft, limits) == [
        "The usual time, 45 seconds, must lie between the shortest (20) and the longest (40)."]


def test_empty_lines_and_foreign_pictures_are_named(limits: StretchLimits) -> None:
    draft = replace(complete(), cues=("Soft knee.", "  "), keyframes=("knee-to-chest/start", "cat-cow/cat"))
    assert problems(draft, limits) == ["The cue on line 2 is empty.",
                                       "An illustration's pictures must all be of one figure."]
    unknown = replace(complete(), keyframes=("no-such/pose",))
    assert problems(unknown, limits) == ["Supple has no picture named “no-such/pose”; choose one of its illustrations."]


def test_the_json_holds_only_the_timing_of_its_kind() -> None:
    flow = replace(complete(), kind=Kind.FLOW, one_sided=False).as_json()
    assert "flow" in flow and "hold" not in flow and "activity" not in flow and "side_part" not in flow


def test_a_merge_keeps_the_fields_the_editor_does_not_own() -> None:
    old = {**complete().as_json(), "muscles": ["hamstrings"], "other_names": ["Doorway"], "hold": {"x": 1}}
    merged = merged_stretch(old, replace(complete(), name="Renamed"))
    assert merged["muscles"] == ["hamstrings"] and merged["other_names"] == ["Doorway"]
    assert merged["name"] == "Renamed" and merged["hold"] == {"default": 25, "min": 20, "max": 40}


def test_a_chosen_pose_gives_its_figures_frames_up_to_it() -> None:
    assert illustration("figure-four/crossed") == ("figure-four/feet-down", "figure-four/crossed")
    assert illustration("knee-to-chest/start") == ("knee-to-chest/start",)


def test_a_copy_of_a_built_in_has_a_free_id_and_the_same_content(isolated_paths: Paths) -> None:
    catalogue = load_catalogue(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema).catalogue
    original = catalogue.stretch("knee-to-chest")
    copy = copy_of(original, catalogue.stretches)
    assert copy.id == "knee-to-chest-my-copy" and copy.name == "Knee to chest (my copy)"
    assert replace(copy, id=original.id, name=original.name) == StretchDraft.of(original)


def test_free_ids_are_free_among_every_stretch() -> None:
    assert free_stretch_id("Knee to chest", ["knee-to-chest"]) == "knee-to-chest-2"
    assert free_stretch_id("!!", []) == "my-stretch"
