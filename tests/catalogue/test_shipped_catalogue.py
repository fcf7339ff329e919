"""The built-in catalogue holds the guide's stretches, within the guide's limits."""

from __future__ import annotations

import json

from app.catalogue import Kind, Position
from app.catalogue.schema import SchemaValidator
from app.paths import default_paths
from tests.helpers import builtin_catalogue

GUIDE_STRETCHES = {
    "knee-to-chest", "cat-cow", "childs-pose", "supine-figure-four", "seated-glute-stretch", "march-in-place",
}


def test_the_shipped_catalogue_validates_against_its_schema() -> None:
    paths = default_paths()
    document = json.loads(paths.builtin_catalogue.read_text(encoding="utf-8"))
    schema = json.loads(paths.catalogue_schema.read_text(encoding="utf-8"))
    assert SchemaValidator(schema).issues(document) == []
    assert document["$schema"].endswith("catalogue.schema.json")


def test_every_stretch_of_the_guide_is_there() -> None:
    assert set(builtin_catalogue().stretches) >= GUIDE_STRETCHES


def test_every_static_hold_is_between_20_and_30_seconds() -> None:
    holds = [s.hold for s in builtin_catalogue().stretches.values() if s.kind is Kind.HOLD]
    assert holds
    for hold in holds:
        assert hold is not None
        assert 20 <= hold.min <= hold.default <= hold.max <= 30


def test_routine_overrides_stay_inside_the_guide() -> None:
    catalogue = builtin_catalogue()
    for routine in catalogue.routines:
        for step in routine.steps:
            assert step.hold_seconds is None or 20 <= step.hold_seconds <= 30


def test_the_warm_up_lasts_five_to_ten_minutes_by_default_and_can_be_shortened() -> None:
    warm_up = builtin_catalogue().stretch("march-in-place")
    assert warm_up.kind is Kind.ACTIVITY
    assert warm_up.activity is not None
    assert 300 <= warm_up.activity.default <= 600
    assert warm_up.activity.min < 300


def test_one_sided_stretches_are_the_ones_the_guide_does_per_side() -> None:
    stretches = builtin_catalogue().stretches
    sided = {stretch_id for stretch_id, stretch in stretches.items() if stretch.one_sided}
    assert sided == {"knee-to-chest", "supine-figure-four", "seated-glute-stretch"}


def test_the_safety_rules_are_all_there_once() -> None:
    ids = [rule.id for rule in builtin_catalogue().safety]
    expected = {"warm-up-first", "slow-and-gentle", "no-bouncing", "hold-about-30", "breathe", "sharp-pain-stop"}
    assert sorted(ids) == sorted(expected)


def test_the_four_routines_exist_and_the_desk_break_has_no_floor_work() -> None:
    catalogue = builtin_catalogue()
    ids = {routine.id for routine in catalogue.routines}
    assert {"lower-back-relief", "deep-glute-release", "desk-break", "full-back-and-glutes"} <= ids
    desk = catalogue.routine("desk-break")
    assert desk.place == "desk"
    assert all(not s.position.on_floor for s in catalogue.routine_stretches(desk))
    assert catalogue.routine("full-back-and-glutes").warm_up == "march-in-place"
    assert catalogue.stretch("cat-cow").position is Position.ALL_FOURS


def test_every_keyframe_has_an_illustration_on_disk() -> None:
    paths = default_paths()
    for stretch in builtin_catalogue().stretches.values():
        for keyframe in stretch.keyframes:
            assert paths.pose_svg(keyframe).is_file(), keyframe
