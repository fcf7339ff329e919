"""New ids for a shared file that clashes: routines and the file's own stretches, steps following."""

from __future__ import annotations

from typing import Any

from app.catalogue.import_ids import clash_free

ROUTINE = {"id": "physio", "warm_up": "march", "steps": [{"stretch": "wall", "note": "kept"}, {"stretch": "cat-cow"}]}


def shared(*stretches: dict[str, Any]) -> dict[str, Any]:
    return {"format": 1, "stretches": list(stretches), "routines": [ROUTINE]}


def test_a_clashing_routine_and_stretch_get_new_ids_and_the_steps_follow() -> None:
    document = shared({"id": "wall", "name": "Mine"}, {"id": "march", "name": "March"})
    renaming = clash_free(document, ["physio", "physio-2"], ["wall", "cat-cow", "march"], lambda _: {"other": 1})
    assert renaming.needed
    assert renaming.routines == {"physio": "physio-3"}
    assert renaming.stretches == {"wall": "wall-2", "march": "march-2"}
    assert [s["id"] for s in renaming.document["stretches"]] == ["wall-2", "march-2"]
    routine = renaming.document["routines"][0]
    assert routine["id"] == "physio-3" and routine["warm_up"] == "march-2"
    assert routine["steps"] == [{"stretch": "wall-2", "note": "kept"}, {"stretch": "cat-cow"}]  # built-in stays
    assert document == shared({"id": "wall", "name": "Mine"}, {"id": "march", "name": "March"})  # not changed


def test_a_stretch_held_exactly_as_the_file_has_it_is_used_not_copied() -> None:
    wall = {"id": "wall", "name": "Mine"}
    renaming = clash_free(shared(wall), ["physio"], ["wall"], lambda _: dict(wall))
    assert renaming.stretches == {} and renaming.document["stretches"] == []
    assert renaming.document["routines"][0]["steps"][0]["stretch"] == "wall"


def test_no_clash_leaves_the_document_as_it_is() -> None:
    document = shared({"id": "wall"})
    renaming = clash_free(document, ["desk-break"], ["cat-cow"], lambda _: None)
    assert not renaming.needed and renaming.document is document


def test_a_new_id_never_takes_one_the_file_itself_uses() -> None:
    document = {"format": 1, "routines": [{"id": "a", "steps": []}, {"id": "a-2", "steps": []}]}
    assert clash_free(document, ["a"], [], lambda _: None).routines == {"a": "a-3"}


def test_what_is_not_a_catalogue_is_left_for_the_loader_to_refuse() -> None:
    assert clash_free([1, 2], ["a"], [], lambda _: None).document == [1, 2]
    odd = {"format": 1, "stretches": "x", "routines": [3, {"id": "a"}]}
    assert clash_free(odd, ["a"], [], lambda _: None).document["routines"] == [3, {"id": "a-2"}]
