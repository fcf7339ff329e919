"""Bad catalogue files made on purpose, and the promise Supple keeps for any file at all.

Shared by the fuzz tests (tests/catalogue/test_fuzz.py) and their benchmark. A mutant starts from
the shipped catalogue with every id renamed, so that unchanged it is a valid person's file; then a
few changes bend it: a value of the wrong type, NaN or a huge number, a long string, deep brackets,
a key dropped or written twice, an id with a newline after it, the text cut short.

The promise, checked by `examine`: `supple check FILE` ends with 0, or 1 and lines that each name
the file and a place; no traceback, no hang; with the file in the person's catalogue folder,
`supple routines` still lists every built-in routine, and one still plans and starts.
"""

from __future__ import annotations

import copy
import io
import json
import random
import re
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.catalogue.loader import read_json
from app.cli import main
from app.context import load_context
from app.paths import Paths, default_paths
from app.planner import Planner
from app.session import FakeClock, Session, State

HANG_SECONDS = 10  # a run this long is a hang (a blocked read), not a slow check
SLOW_SECONDS = 2.0  # the bound for one run, reported by the benchmark
LONGEST_LINE = 300  # characters; a message past this echoes too much of the file
STARTED_ROUTINE = "lower-back-relief"

SHIPPED: dict[str, Any] = read_json(default_paths().builtin_catalogue)
BUILTIN_ROUTINES = tuple(routine["id"] for routine in SHIPPED["routines"])
_PLACE = r"(\$\S*|line \d+, column \d+|file)"


class Hung(BaseException):
    """Raised into a run that blocks; a BaseException, so no `except OSError` in the app hides it."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def interrupt(signum: int, frame: object) -> None:
        raise Hung

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def person_catalogue() -> dict[str, Any]:
    """The shipped catalogue as a person's file: every id prefixed, so none clashes with a built-in."""
    document = copy.deepcopy(SHIPPED)
    for stretch in document["stretches"]:
        stretch["id"] = f"my-{stretch['id']}"
    for routine in document["routines"]:
        routine["id"] = f"my-{routine['id']}"
        if "warm_up" in routine:
            routine["warm_up"] = f"my-{routine['warm_up']}"
        for step in routine["steps"]:
            step["stretch"] = f"my-{step['stretch']}"
    return document


# ---- mutations ------------------------------------------------------------------------------------


class Raw(str):
    """Text written into the file as it is, not as a JSON string: NaN, 1e400, unclosed brackets."""


@dataclass
class Mutant:
    document: Any
    changes: list[str] = field(default_factory=list)
    _raw: dict[str, str] = field(default_factory=dict)

    def placeholder(self, raw: str) -> str:
        """A string that `text` turns back into `raw` (which json.dumps cannot write)."""
        marker = f"\x00{len(self._raw)}\x00"
        self._raw[json.dumps(marker)] = raw
        return marker

    def text(self, rng: random.Random) -> bytes:
        written = json.dumps(self.document, indent=rng.choice([None, 2]), ensure_ascii=rng.random() < 0.5)
        for marker, raw in self._raw.items():
            written = written.replace(marker, raw)
        return written.encode("utf-8", "surrogatepass")


def _nodes(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, item in node.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _nodes(item, (*path, index))


def _deep(rng: random.Random) -> Raw:
    depth = rng.choice([10, 63, 65, 500, 50_000])
    return Raw("[" * depth + "]" * depth)


_NASTY: list[Callable[[random.Random], Any]] = [
    lambda rng: Raw(rng.choice(["NaN", "Infinity", "-Infinity", "1e400", "-1e999", "1" + "0" * 150, "1e308"])),
    lambda rng: rng.choice([True, False, None, 0, -1, 0.5, 30.0, 1e300, -0.0, 2**63]),
    lambda rng: rng.choice(["", " ", "30", "hold", "desk-break", "desk-break\n", "\ud800", "\x1b[31mred", "a\x00b"]),
    lambda rng: rng.choice("aé€😀") * rng.choice([61, 401, 10_000, 2_000_000]),
    lambda rng: [rng.choice([0, "Go.", "left", {}])] * rng.choice([2, 13, 1_000, 100_000]),
    lambda rng: {f"key-{n}": n for n in range(rng.choice([1, 50, 5_000]))},
    lambda rng: rng.choice([[], {}, [[]], {"": {}}]),
    _deep,
]


def nasty(rng: random.Random, mutant: Mutant) -> tuple[Any, str]:
    value = rng.choice(_NASTY)(rng)
    shown = value if isinstance(value, Raw) else json.dumps(value)
    label = f"{shown[:30]}... ({len(shown):,} chars)" if len(shown) > 40 else shown
    return (mutant.placeholder(value) if isinstance(value, Raw) else value), label


def _replace(rng: random.Random, mutant: Mutant) -> None:
    nodes = list(_nodes(mutant.document))
    path, _ = rng.choice(nodes[1:])
    value, label = nasty(rng, mutant)
    parent = mutant.document
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    mutant.changes.append(f"{_where(path)} = {label}")


def _objects(mutant: Mutant) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    return [(path, node) for path, node in _nodes(mutant.document) if isinstance(node, dict) and node]


def _drop_key(rng: random.Random, mutant: Mutant) -> None:
    path, node = rng.choice(_objects(mutant))
    key = rng.choice(list(node))
    del node[key]
    mutant.changes.append(f"del {_where((*path, key))}")


def _repeat_key(rng: random.Random, mutant: Mutant) -> None:
    path, node = rng.choice(_objects(mutant))
    key = rng.choice(list(node))
    node[mutant.placeholder(json.dumps(key))] = copy.deepcopy(node[key])
    mutant.changes.append(f"{_where((*path, key))} written twice")


def _repeat_item(rng: random.Random, mutant: Mutant) -> None:
    lists = [(path, node) for path, node in _nodes(mutant.document) if isinstance(node, list) and node]
    path, node = rng.choice(lists)
    node.append(copy.deepcopy(rng.choice(node)))
    mutant.changes.append(f"{_where(path)} item repeated")


def _bend_id(rng: random.Random, mutant: Mutant) -> None:
    ids = [(path, node) for path, node in _nodes(mutant.document) if isinstance(node, dict) and "id" in node]
    path, node = rng.choice(ids)
    node["id"] = rng.choice([f"{node['id']}\n", "desk-break", "knee-to-chest", "Desk-Break", ids[0][1]["id"]])
    mutant.changes.append(f"{_where((*path, 'id'))} = {json.dumps(node['id'])}")


def _unknown_key(rng: random.Random, mutant: Mutant) -> None:
    path, node = rng.choice(_objects(mutant))
    key = rng.choice(["nmae", "hold_second", "", "k" * 100_000])
    node[key] = 1
    mutant.changes.append(f"{_where(path)} + unknown key ({len(key):,} chars)")


MUTATIONS = [_replace, _replace, _replace, _drop_key, _repeat_key, _repeat_item, _bend_id, _unknown_key]


def _where(path: tuple[Any, ...]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


def mutant_file(rng: random.Random, path: Path) -> list[str]:
    """Write a mutated person's catalogue to `path`; the changes made, to show in a failure."""
    mutant = Mutant(person_catalogue())
    for _ in range(rng.choice([0, 1, 1, 1, 2, 3])):
        rng.choice(MUTATIONS)(rng, mutant)
    data = mutant.text(rng)
    if rng.random() < 0.1:
        cut = rng.randrange(len(data))
        data = data[:cut]
        mutant.changes.append(f"cut at byte {cut:,}")
    path.write_bytes(data)
    return mutant.changes


# ---- the promise ----------------------------------------------------------------------------------


@dataclass
class Run:
    code: int | None = None
    out: str = ""
    err: str = ""
    failure: str = ""  # a traceback, or "hung"
    seconds: float = 0.0


def run_cli(argv: list[str]) -> Run:
    """`supple ARGV` in this process, with stdout and stderr encoded as a terminal's would be
    (stdout strictly as UTF-8, stderr with backslashes for what cannot be encoded)."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    run = Run()
    started = time.perf_counter()
    try:
        with redirect_stdout(out), redirect_stderr(err), deadline(HANG_SECONDS):
            run.code = main(argv)
            out.flush()
            err.flush()
    except Hung:
        run.failure = "hung"
    except BaseException:  # any escape at all is what we are looking for
        run.failure = traceback.format_exc()
    run.seconds = time.perf_counter() - started
    run.out, run.err = (_written(stream) for stream in (out, err))
    return run


def _written(stream: io.TextIOWrapper) -> str:
    with suppress(UnicodeEncodeError):  # already reported as the run's traceback
        stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8", "replace")


@dataclass
class Verdict:
    check: Run
    routines: Run
    faults: list[str]
    started: bool  # a built-in routine planned and started after the file was loaded

    @property
    def named(self) -> bool:
        return self.check.code == 1 and not self.faults


def examine(path: Path, paths: Paths) -> Verdict:
    """Run `check` on `path`, then put it in the person's catalogue folder and run `routines` and a
    session; every broken promise is a line in `faults`."""
    check = run_cli(["check", str(path)])
    faults = _check_faults(check, path)
    installed = paths.user_catalogue_dir / "fuzzed.json"  # a link, so a FIFO or a loop stays one
    installed.parent.mkdir(parents=True, exist_ok=True)
    installed.unlink(missing_ok=True)
    installed.symlink_to(path.absolute())
    try:
        routines = run_cli(["routines"])
        faults += _routines_faults(routines, installed, accepted=check.code == 0)
        started = _starts(paths)
    except BaseException:  # reported as a fault, like any other escape
        routines, started = Run(failure=traceback.format_exc()), False
        faults.append(f"start: {routines.failure}")
    finally:
        installed.unlink()
    if not started:
        faults.append(f"{STARTED_ROUTINE} did not plan and start")
    return Verdict(check, routines, faults, started)


def _check_faults(run: Run, path: Path) -> list[str]:
    if run.failure:
        return [f"check: {run.failure}"]
    if run.code == 0:
        ok = run.err == "" and run.out.startswith(f"{path}: valid (")
        return [] if ok else [f"check said 0 but wrote {run.out!r} {run.err!r}"]
    lines = run.err.splitlines()
    if run.code != 1 or not lines:
        return [f"check ended with {run.code} and wrote {run.err!r}"]
    problem = re.compile(rf"{re.escape(str(path))}: ({_PLACE}: \S.*|\d+ problems?|more than \d+ problems.*)")
    return [f"check: unnamed or long line {line[:200]!r}" for line in lines
            if not problem.fullmatch(line) or len(line) > LONGEST_LINE]


def _routines_faults(run: Run, installed: Path, *, accepted: bool) -> list[str]:
    if run.failure:
        return [f"routines: {run.failure}"]
    faults = [] if run.code == 0 else [f"routines ended with {run.code}"]
    listed = {line.split()[0] for line in run.out.splitlines()[1:] if line.strip()}
    faults += [f"routines did not list {routine}" for routine in BUILTIN_ROUTINES if routine not in listed]
    warning = re.compile(rf"warning: {re.escape(str(installed))}: {_PLACE}: \S.*")
    lines = run.err.splitlines()
    faults += [f"routines: unnamed or long warning {line[:200]!r}" for line in lines
               if not warning.fullmatch(line) or len(line) > LONGEST_LINE]
    if accepted == bool(lines):
        faults.append(f"check {'accepted' if accepted else 'refused'} the file but routines warned {len(lines)} times")
    return faults


def _starts(paths: Paths) -> bool:
    """A built-in routine plans through the loader and planner and its session runs on a fake clock."""
    with deadline(HANG_SECONDS):
        context = load_context(paths)
    plan = Planner(context.catalogue.catalogue, context.settings.settings).plan(STARTED_ROUTINE)
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(1)
    session.poll()
    return session.state is State.RUNNING and session.remaining() < plan.phases[0].seconds
