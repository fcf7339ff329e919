"""Catalogue fuzzing: whatever a person's file holds, `supple check` answers in words and the
built-in catalogue still loads (tests/catalogue/fuzzing.py has the mutations and the promise).

Three sources of bad files: the fixed corpus in tests/catalogue/corpus/ (small nasty files, each
with the reason it must be refused for), files too big or too strange to keep in git (made here at
test time: ten megabytes of text, a hundred thousand cues, a FIFO, a symlink loop, /dev/zero), and
hypothesis bending the shipped catalogue. The 2-second bound is reported by the benchmark in
test_fuzz_bench.py; here only a hang (10 s, far beyond any honest answer) fails a run.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from app.paths import Paths
from tests.catalogue.fuzzing import Verdict, examine, mutant_file, person_catalogue
from tests.helpers import REPO, write_json

CORPUS = Path(__file__).parent / "corpus"

# each corpus file and a words its refusal must contain (None: the file is valid)
EXPECTED: dict[str, str | None] = {
    "valid-base.json": None,
    "whole-numbers-with-a-point.json": None,
    "nul-in-text.json": None,  # odd, but text: it is shown as it is
    "1e400.json": "line 81, column 27: '1e400' is a number too big to use",
    "big-but-finite.json": "$.stretches[1].flow.cycles: 1e+308 is above the maximum 30",
    "bom.json": "line 1, column 1: not valid JSON: Unexpected UTF-8 BOM",
    "bool-for-int.json": "$.stretches[1].flow.cycles: expected a whole number, found true or false",
    "clash-with-builtin.json": "$.routines[0].id: the routine id 'desk-break' is already used",
    "comments.json": "line 1, column 1: not valid JSON",
    "deep-nesting.json": "$: nested more than 64 levels deep",
    "duplicate-ids.json": "$.stretches[1].id: the stretch id 'wall-hamstring' is already used",
    "duplicate-key.json": "$: the key 'feel' appears twice in one object",
    "empty.json": "line 1, column 1: not valid JSON: Expecting value",
    "float-for-int.json": "$.routines[0].steps[1].hold_seconds: expected a whole number, found a number",
    "format-two.json": "$.format: must be 1, found 2",
    "hold-out-of-range.json": "$.stretches[0].hold.max: 3601 is above the maximum 3600",
    "huge-integer.json": "line 46, column 19: a whole number with more than 100 digits",
    "infinity.json": "line 17, column 16: Infinity is not a number JSON allows",
    "latin-1.json": "$: not UTF-8 text",
    "lone-surrogate.json": "line 71, column 19: \\ud800 is half of a character, not text",
    "long-text.json": "$.routines[0].description: is longer than 400 characters",
    "many-cues.json": "$.stretches[0].cues: has more than 12 items",
    "nan.json": "line 47, column 27: NaN is not a number JSON allows",
    "negative-infinity.json": "line 48, column 27: -Infinity is not a number JSON allows",
    "negative-zero.json": "$.stretches[1].flow.cycles: 0 is below the minimum 1",
    "not-an-object.json": "$: expected an object, found a list",
    "nulls.json": "$.stretches[0].side_part: None is not one of: leg, hip, side",
    "repeated-area.json": "$.stretches[0].areas: 'thighs' appears more than once",
    "single-quotes.json": "line 2, column 3: not valid JSON: Expecting property name",
    "terminal-escape-id.json": "$.routines[0].id: '\\x1b[31mmy-evening' is not in the expected form",
    "trailing-garbage.json": "line 90, column 1: not valid JSON: Extra data",
    "trailing-newline-id.json": "$.routines[0].id: 'desk-break\\n' is not in the expected form",
    "truncated.json": "line 43, column 13: not valid JSON: Expecting ':' delimiter",
    "unknown-keys.json": None,  # a person's file: kept, not used (test_cli says how check shows the note)
    "wrong-types-in-a-stretch.json": "$.stretches[0].one_sided: expected true or false, found text",
    "wrong-types.json": "$.routines[0].steps: expected a list, found text",
}


def _assert_kept(verdict: Verdict, path: Path, expected: str | None) -> None:
    assert verdict.faults == [], "\n".join(verdict.faults)
    if expected is None:
        assert verdict.check.code == 0, verdict.check.err
    else:
        assert verdict.check.code == 1
        assert f"{path}: {expected}" in verdict.check.err, verdict.check.err


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(path.name for path in CORPUS.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_corpus_file_is_answered_in_words(name: str, isolated_paths: Paths) -> None:
    path = CORPUS / name
    _assert_kept(examine(path, isolated_paths), path, EXPECTED[name])


def _compact(path: Path, document: object) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


def _catalogue_with(change: Callable[[dict[str, object]], None]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        document = person_catalogue()
        change(document)
        path = folder / "made.json"
        _compact(path, document)
        return path

    return make


def _first_stretch(document: dict[str, object]) -> dict[str, object]:
    stretches = document["stretches"]
    assert isinstance(stretches, list)
    return stretches[0]  # type: ignore[no-any-return]


def _special(kind: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / f"{kind}.json"
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "loop":
            path.symlink_to(path)
        elif kind == "dangling":
            path.symlink_to(folder / "gone.json")
        elif kind == "folder":
            path.mkdir()
        else:
            return Path("/dev/zero")
        return path

    return make


MADE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "ten million characters": (
        _catalogue_with(lambda d: _first_stretch(d).update(why="a" * 10_000_000)),
        "file: it is 10,0",
    ),
    "a hundred thousand cues": (
        _catalogue_with(lambda d: _first_stretch(d).update(cues=["Go."] * 100_000)),
        "$.stretches[0].cues: has more than 12 items",
    ),
    "sixty thousand distinct areas": (
        _catalogue_with(lambda d: _first_stretch(d).update(areas=[f"a{n}" for n in range(60_000)])),
        "$.stretches[0].areas: has more than 7 items",
    ),
    "a list of a hundred thousand wrong stretches": (
        _catalogue_with(lambda d: d.update(stretches=[0] * 100_000)),
        "more than 20 problems; the first 20 are listed",
    ),
    "brackets nested a hundred thousand deep": (
        lambda folder: _written(folder / "deep.json", "[" * 100_000 + "]" * 100_000),
        "$: nested more than 64 levels deep",
    ),
    "a FIFO": (_special("fifo"), "file: it is a named pipe (FIFO), not a regular file"),
    "a symbolic link loop": (_special("loop"), "file: it is a symbolic link that points in a loop"),
    "a dangling link": (_special("dangling"), "file: it is a symbolic link to a file that does not exist"),
    "a folder": (_special("folder"), "file: it is a folder, not a regular file"),
    "/dev/zero": (_special("device"), "file: it is a device, not a regular file"),
}


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(MADE))
def test_a_file_made_at_test_time_is_answered_in_words(case: str, tmp_path: Path, isolated_paths: Paths) -> None:
    make, expected = MADE[case]
    folder = tmp_path / "made"
    folder.mkdir()
    path = make(folder)
    _assert_kept(examine(path, isolated_paths), path, expected)


def test_the_unchanged_mutant_base_is_a_valid_persons_file(tmp_path: Path, isolated_paths: Paths) -> None:
    # so that mutations start from "valid" and some of them stay valid
    path = write_json(tmp_path / "base.json", person_catalogue())
    verdict = examine(path, isolated_paths)
    _assert_kept(verdict, path, None)
    assert "my-lower-back-relief" in verdict.routines.out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rng=st.randoms(use_true_random=False))
def test_a_mutated_catalogue_is_answered_in_words(rng: random.Random, tmp_path: Path, isolated_paths: Paths) -> None:
    path = tmp_path / "mutant.json"
    for change in mutant_file(rng, path):
        note(change)
    verdict = examine(path, isolated_paths)
    assert verdict.faults == [], "\n".join(verdict.faults)


def test_check_and_routines_as_programs_on_a_nan_file(tmp_path: Path) -> None:
    """The in-process runs above stand for the program; once, run the program itself."""
    data = tmp_path / "data"
    (data / "catalogue").mkdir(parents=True)
    (data / "catalogue" / "nan.json").write_bytes((CORPUS / "nan.json").read_bytes())
    env = {**os.environ, "SUPPLE_DATA_DIR": str(data), "SUPPLE_CONFIG_DIR": str(tmp_path / "config")}

    def supple(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *argv], capture_output=True, text=True, cwd=REPO,
                              env=env, check=False, timeout=60)

    checked = supple("check", str(data / "catalogue" / "nan.json"))
    assert (checked.returncode, "Traceback" in checked.stderr) == (1, False)
    assert "nan.json: line 47, column 27: NaN is not a number JSON allows" in checked.stderr
    listed = supple("routines")
    assert (listed.returncode, "Traceback" in listed.stderr) == (0, False)
    assert "nan.json: line 47, column 27: NaN" in listed.stderr
    assert "lower-back-relief" in listed.stdout
