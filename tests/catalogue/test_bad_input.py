"""Each kind of bad catalogue input gets its own clear message, naming file, place and problem."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.catalogue import CatalogueError, load_catalogue, user_catalogue_files
from app.paths import Paths
from tests.helpers import user_file, user_stretch, write_json


def _load_user(paths: Paths, *files: Path) -> tuple[list[str], set[str], set[str]]:
    loaded = load_catalogue(paths.builtin_catalogue, paths.catalogue_schema, files)
    messages = [str(problem) for problem in loaded.problems]
    return messages, set(loaded.catalogue.stretches), {r.id for r in loaded.catalogue.routines}


def _only_problem(paths: Paths, path: Path) -> str:
    messages, stretches, routines = _load_user(paths, path)
    assert len(messages) == 1, messages
    # a broken file never stops the built-in catalogue
    assert "knee-to-chest" in stretches
    assert "lower-back-relief" in routines
    assert messages[0].startswith(str(path))
    return messages[0]


def test_invalid_json_names_the_line_and_column(tmp_path: Path, isolated_paths: Paths) -> None:
    path = tmp_path / "mine.json"
    path.write_text('{\n  "format": 1,\n  "stretches": [,]\n}', encoding="utf-8")
    message = _only_problem(isolated_paths, path)
    assert "line 3, column" in message
    assert "not valid JSON" in message


def test_a_wrong_type_names_the_json_path(tmp_path: Path, isolated_paths: Paths) -> None:
    path = write_json(tmp_path / "mine.json", user_file(stretches=[user_stretch(one_sided="yes")]))
    message = _only_problem(isolated_paths, path)
    assert "$.stretches[0].one_sided" in message
    assert "expected true or false, found text" in message


def test_an_unknown_stretch_in_a_routine(tmp_path: Path, isolated_paths: Paths) -> None:
    routine = {"id": "mine", "name": "Mine", "area": "back", "place": "floor", "description": "Mine.",
               "steps": [{"stretch": "knee-to-chest"}, {"stretch": "toe-touch"}]}
    path = write_json(tmp_path / "mine.json", user_file(stretches=[], routines=[routine]))
    message = _only_problem(isolated_paths, path)
    assert "$.routines[0].steps[1].stretch" in message
    assert "no stretch with the id 'toe-touch'" in message


def test_a_duplicate_id_inside_one_file(tmp_path: Path, isolated_paths: Paths) -> None:
    path = write_json(tmp_path / "mine.json", user_file(stretches=[user_stretch(), user_stretch()]))
    message = _only_problem(isolated_paths, path)
    assert "$.stretches[1].id" in message
    assert "'hamstring-wall' is already used" in message


def test_an_id_that_clashes_with_a_built_in_stretch(tmp_path: Path, isolated_paths: Paths) -> None:
    path = write_json(tmp_path / "mine.json", user_file(stretches=[user_stretch("childs-pose")]))
    message = _only_problem(isolated_paths, path)
    assert "'childs-pose' is already used" in message
    assert "catalogue.json" in message  # says where the first one is


def test_a_five_minute_hold_is_refused(tmp_path: Path, isolated_paths: Paths) -> None:
    stretch = user_stretch(hold={"default": 300, "min": 20, "max": 300})
    path = write_json(tmp_path / "mine.json", user_file(stretches=[stretch]))
    messages, stretches, _ = _load_user(isolated_paths, path)
    assert "hamstring-wall" not in stretches
    assert any("$.stretches[0].hold.default" in m and "300 s is outside the safe range" in m for m in messages)


def test_a_step_override_outside_the_stretch_range(tmp_path: Path, isolated_paths: Paths) -> None:
    routine = {"id": "mine", "name": "Mine", "area": "back", "place": "floor", "description": "Mine.",
               "steps": [{"stretch": "childs-pose", "hold_seconds": 90}]}
    path = write_json(tmp_path / "mine.json", user_file(stretches=[], routines=[routine]))
    message = _only_problem(isolated_paths, path)
    assert "$.routines[0].steps[0].hold_seconds" in message
    assert "90 s is outside childs-pose's range of 20-30 s" in message


def test_a_missing_file(tmp_path: Path, isolated_paths: Paths) -> None:
    message = _only_problem(isolated_paths, tmp_path / "gone.json")
    assert "does not exist" in message


def test_a_missing_key_refuses_the_file_and_a_misspelt_key_is_only_a_note(
    tmp_path: Path, isolated_paths: Paths
) -> None:
    stretch = user_stretch(nmae="Oops")
    del stretch["feel"]
    path = write_json(tmp_path / "mine.json", user_file(stretches=[stretch]))
    assert "$.stretches[0]: 'feel' is missing" in _only_problem(isolated_paths, path)
    del stretch["nmae"]
    write_json(path, user_file(stretches=[user_stretch(nmae="Oops")]))
    loaded = load_catalogue(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema, [path])
    assert loaded.problems == () and "hamstring-wall" in loaded.catalogue.stretches
    assert [str(note) for note in loaded.notes] == [
        f"{path}: $.stretches[0]: unknown key 'nmae' (did you mean 'name'?): kept, not used by Supple"
    ]


def test_unknown_keys_at_every_level_of_a_persons_file_are_kept_notes(tmp_path: Path, isolated_paths: Paths) -> None:
    routine = {"id": "mine", "name": "Mine", "area": "back", "place": "floor", "description": "Mine.",
               "colour": "teal", "steps": [{"stretch": "hamstring-wall", "note": "gently"}]}
    document = {**user_file(stretches=[user_stretch(video="x.mp4")], routines=[routine]), "tool": "sheet"}
    path = write_json(tmp_path / "mine.json", document)
    loaded = load_catalogue(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema, [path])
    assert loaded.problems == () and "mine" in {r.id for r in loaded.catalogue.routines}
    assert {(note.where, note.message.split(":")[0]) for note in loaded.notes} == {
        ("$", "unknown key 'tool'"), ("$.stretches[0]", "unknown key 'video'"),
        ("$.routines[0]", "unknown key 'colour'"), ("$.routines[0].steps[0]", "unknown key 'note'"),
    }


def test_the_built_in_catalogue_refuses_an_unknown_key(tmp_path: Path, isolated_paths: Paths) -> None:
    document = json.loads(isolated_paths.builtin_catalogue.read_text(encoding="utf-8"))
    document["routines"][0]["colour"] = "teal"
    builtin = write_json(tmp_path / "catalogue.json", document)
    with pytest.raises(CatalogueError, match=r"\$\.routines\[0\]: unknown key 'colour'$"):
        load_catalogue(builtin, isolated_paths.catalogue_schema)


def test_a_duplicate_key_in_one_object(tmp_path: Path, isolated_paths: Paths) -> None:
    path = tmp_path / "mine.json"
    path.write_text('{"format": 1, "format": 1}', encoding="utf-8")
    assert "the key 'format' appears twice" in _only_problem(isolated_paths, path)


def test_a_hold_stretch_without_hold_seconds(tmp_path: Path, isolated_paths: Paths) -> None:
    stretch = user_stretch()
    del stretch["hold"]
    path = write_json(tmp_path / "mine.json", user_file(stretches=[stretch]))
    assert "$.stretches[0]: 'hold' is missing" in _only_problem(isolated_paths, path)


def test_a_good_user_file_adds_stretches_and_routines_that_use_built_in_ones(
    tmp_path: Path, isolated_paths: Paths
) -> None:
    routine = {"id": "physio", "name": "From my physio", "area": "back", "place": "floor",
               "description": "Twice a day.", "steps": [{"stretch": "hamstring-wall", "hold_seconds": 40},
                                                        {"stretch": "childs-pose"}]}
    path = write_json(tmp_path / "mine.json", user_file(routines=[routine]))
    messages, stretches, routines = _load_user(isolated_paths, path)
    assert messages == []
    assert "hamstring-wall" in stretches
    assert {"physio", "lower-back-relief"} <= routines


def test_whole_numbers_written_with_a_point_load_as_ints(tmp_path: Path, isolated_paths: Paths) -> None:
    # valid JSON Schema integers (an editor checking the file accepts them), so Supple does too
    stretch = user_stretch(hold={"default": 30.0, "min": 20.0, "max": 45.0})
    routine = {"id": "physio", "name": "From my physio", "area": "back", "place": "floor",
               "description": "Twice a day.", "steps": [{"stretch": "hamstring-wall", "hold_seconds": 40.0,
                                                        "repetitions": 2.0}]}
    path = write_json(tmp_path / "mine.json", user_file(stretches=[stretch], routines=[routine]))
    loaded = load_catalogue(isolated_paths.builtin_catalogue, isolated_paths.catalogue_schema, [path])
    assert loaded.problems == ()
    hold = loaded.catalogue.stretch("hamstring-wall").hold
    step = loaded.catalogue.routine("physio").steps[0]
    numbers = [hold.default, hold.min, hold.max, step.hold_seconds, step.repetitions] if hold else []
    assert numbers == [30, 20, 45, 40, 2]
    assert all(type(number) is int for number in numbers)


def test_one_broken_file_does_not_stop_a_good_one(tmp_path: Path, isolated_paths: Paths) -> None:
    broken = tmp_path / "a-broken.json"
    broken.write_text("{", encoding="utf-8")
    good = write_json(tmp_path / "b-good.json", user_file())
    messages, stretches, _ = _load_user(isolated_paths, broken, good)
    assert len(messages) == 1
    assert "hamstring-wall" in stretches


def test_a_broken_builtin_catalogue_is_an_error(tmp_path: Path, isolated_paths: Paths) -> None:
    builtin = tmp_path / "catalogue.json"
    document = json.loads(isolated_paths.builtin_catalogue.read_text(encoding="utf-8"))
    document["stretches"][0]["kind"] = "wiggle"
    write_json(builtin, document)
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(builtin, isolated_paths.catalogue_schema)
    assert "$.stretches[0].kind: 'wiggle' is not one of: hold, flow, activity" in str(raised.value)


def test_a_user_file_nested_too_deeply_is_reported_and_skipped(tmp_path: Path, isolated_paths: Paths) -> None:
    paths = isolated_paths
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    loaded = load_catalogue(paths.builtin_catalogue, paths.catalogue_schema, [deep])
    assert loaded.catalogue.routines  # the built-in catalogue still works
    assert any("nested more than 64 levels deep" in str(problem) for problem in loaded.problems)


def _flow_file(tmp_path: Path, inhale: str) -> Path:
    """A person's file whose flow stretch breathes in for `inhale` (raw JSON), used by a routine."""
    stretch = user_stretch("my-flow", kind="flow", one_sided=False, flow={"cycles": 4, "inhale_seconds": 4,
                                                                         "exhale_seconds": 4})
    del stretch["hold"]
    routine = {"id": "my-routine", "name": "Mine", "area": "back", "place": "floor", "description": "Mine.",
               "steps": [{"stretch": "my-flow"}]}
    path = write_json(tmp_path / "flow.json", user_file(stretches=[stretch], routines=[routine]))
    path.write_text(path.read_text(encoding="utf-8").replace('"inhale_seconds": 4', f'"inhale_seconds": {inhale}'))
    return path


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_number_that_is_not_a_number_is_refused_at_its_place(
    tmp_path: Path, isolated_paths: Paths, number: str
) -> None:
    path = _flow_file(tmp_path, number)
    message = _only_problem(isolated_paths, path)
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if number in text)
    assert f": line {line}, column " in message
    assert number in message


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path, isolated_paths: Paths) -> None:
    document = user_file()
    document["stretches"][0]["why"] = "x" * 2_000_000
    path = write_json(tmp_path / "big.json", document)
    message = _only_problem(isolated_paths, path)
    assert "file: it is 2,000," in message
    assert "more than the 1,000,000 allowed" in message


def test_a_stretch_with_a_hundred_thousand_cues_is_refused_in_few_words(tmp_path: Path, isolated_paths: Paths) -> None:
    path = tmp_path / "cues.json"  # written without indents, to stay under the size limit
    path.write_text(json.dumps(user_file(stretches=[user_stretch(cues=["Go."] * 100_000)])), encoding="utf-8")
    message = _only_problem(isolated_paths, path)
    assert "$.stretches[0].cues: has more than 12 items" in message


def test_many_problems_in_one_file_are_listed_up_to_a_limit(tmp_path: Path, isolated_paths: Paths) -> None:
    path = write_json(tmp_path / "many.json", user_file(stretches=[1] * 50_000))  # type: ignore[list-item]
    messages, stretches, _ = _load_user(isolated_paths, path)
    assert len(messages) == 21
    assert all(m.startswith(f"{path}: $") for m in messages)
    assert "more problems follow; only the first 20 are listed" in messages[-1]
    assert "knee-to-chest" in stretches


def test_an_id_with_a_newline_after_it_is_not_a_second_routine(tmp_path: Path, isolated_paths: Paths) -> None:
    routine = {"id": "desk-break\n", "name": "Desk", "area": "back", "place": "desk", "description": "Mine.",
               "steps": [{"stretch": "childs-pose"}]}
    path = write_json(tmp_path / "mine.json", user_file(stretches=[], routines=[routine]))
    messages, _, routines = _load_user(isolated_paths, path)
    assert len(messages) == 1
    assert "$.routines[0].id: 'desk-break\\n' is not in the expected form" in messages[0]
    assert routines == {r for r in routines if r.strip() == r}


def test_special_entries_in_the_catalogue_folder_are_named(isolated_paths: Paths) -> None:
    folder = isolated_paths.user_catalogue_dir
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.json")
    (folder / "folder.json").mkdir()
    (folder / "loop.json").symlink_to(folder / "loop.json")
    (folder / "dangling.json").symlink_to(folder / "gone")
    write_json(folder / "good.json", user_file())
    files = user_catalogue_files(folder)
    messages, stretches, _ = _load_user(isolated_paths, *files)
    assert "hamstring-wall" in stretches  # the good file beside them still loads
    said = "\n".join(messages)
    assert f"{folder / 'pipe.json'}: file: it is a named pipe (FIFO), not a regular file" in said
    assert f"{folder / 'folder.json'}: file: it is a folder, not a regular file" in said
    assert f"{folder / 'loop.json'}: file: it is a symbolic link that points in a loop" in said
    assert f"{folder / 'dangling.json'}: file: it is a symbolic link to a file that does not exist" in said
