"""Benchmark: Supple's footprint beside a bare PySide6 window, on a real X server (issue 18).

Run with `python3 -m tests -m bench -s -k footprint`. Xvfb with openbox and a session bus stand in
for a desktop (offscreen Qt would hide what painting costs). Each figure comes from fresh processes
launched in turn, bare then Supple (A B A B), and is the median of ROUNDS launches:

- start to first paint: from launching the process to the first paint of its first window, as the
  process itself reports it (tests/qt/bench_probe.py);
- resident memory SETTLE_SECONDS after that paint (so what is loaded just after it counts too);
- the share of one core the process uses over MEASURE_SECONDS after that, read from /proc: during
  the first hold in the main window and in the mini timer, and with the routine list open; beside
  the hold, a bare PySide6 ring of the same size moved at the same pace (bench_probe.py `ring`):
  the least such a ring costs, so what Supple adds to it shows;
- waiting in the tray (`--background`, with a tray host on the bus that reads the icon as a panel
  does: tests/qt/tray_host.py --panel): resident memory, and how often it wakes over TRAY_SECONDS,
  beside the bare window doing the same: its threads' context switches (/proc/PID/task/*/status),
  and the wake-ups they make, counted as the tenths of a second in which any of them switched (one
  look at the X server is one wake-up of the process, but several switches between its threads).

The audio workers are processes of their own and are not counted. Nothing here asserts speed.
To measure one change quickly, FOOTPRINT_SCENES names some of hold, mini, list and tray, and
FOOTPRINT_ROUNDS sets the number of rounds.
"""

from __future__ import annotations

import json
import os
import selectors
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.qt import bench_desktop
from tests.qt.accessibility_desktop import SYSTEM_PYTHON, _descendants, _kill

ROUNDS = int(os.environ.get("FOOTPRINT_ROUNDS", "5"))
SETTLE_SECONDS = 3.0
MEASURE_SECONDS = 10.0
TRAY_SECONDS = 60.0
PAINT_TIMEOUT = 30.0
PROBE = Path(__file__).with_name("bench_probe.py")
TRAY_HOST = Path(__file__).with_name("tray_host.py")
ROUTINE = ["--routine", "lower-back-relief"]
TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class Launch:
    startup_s: float
    rss_mb: float
    cpu_share: float


def _proc_status(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime and stime, all threads


def _wakeups(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                total += int(line.split()[1])
    return total


def _environment(desktop: dict[str, str], home: Path) -> dict[str, str]:
    env = dict(desktop)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a person's machine: compiled modules are kept
    for name in ("CONFIG", "DATA", "RUNTIME"):
        folder = home / name.lower()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[f"SUPPLE_{name}_DIR"] = str(folder)
    # a short "get into position" and no warm-up, so the measured seconds fall in the first hold;
    # the reminder question already answered, so it does not open over the window
    settings = {"version": 1, "prepare_seconds": 2, "warm_up_enabled": False, "asked_about_reminders": True}
    (home / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return env


def _spawn(env: dict[str, str], arguments: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(PROBE), *arguments], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=Path(__file__).parents[2])


def _end(process: subprocess.Popen[str]) -> None:
    for child in _descendants(process.pid):  # the audio workers
        _kill(child)
    process.kill()
    process.wait(timeout=PAINT_TIMEOUT)
    if process.stdout is not None:
        process.stdout.close()


def _painted_at(process: subprocess.Popen[str]) -> float:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(PAINT_TIMEOUT):
            raise RuntimeError("no first paint")
        line = process.stdout.readline()
    word, when = line.split()
    assert word == "painted", line
    return float(when)


def _launch(env: dict[str, str], arguments: list[str], *, measure: bool = True) -> Launch:
    started = time.time()
    process = _spawn(env, arguments)
    try:
        startup = _painted_at(process) - started
        if not measure:
            return Launch(startup, float("nan"), float("nan"))
        time.sleep(SETTLE_SECONDS)
        rss = _proc_status(process.pid, "VmRSS") / 1024
        cpu = _cpu_seconds(process.pid)
        time.sleep(MEASURE_SECONDS)
        share = (_cpu_seconds(process.pid) - cpu) / MEASURE_SECONDS
        return Launch(startup, rss, share)
    finally:
        _end(process)


WAKE_SAMPLE = 0.1  # seconds: switches within one sample are one wake-up


@contextmanager
def _tray_host(env: dict[str, str], root: Path) -> Iterator[None]:
    """A panel's tray on the desktop's bus, so Supple in the background has its icon and menu."""
    root.mkdir(parents=True, exist_ok=True)
    menus = root / "tray-menus.json"
    host = subprocess.Popen([str(SYSTEM_PYTHON), str(TRAY_HOST), str(menus), "--panel"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + PAINT_TIMEOUT
        while not menus.exists():
            if time.monotonic() > deadline or host.poll() is not None:
                raise RuntimeError("the tray host did not start")
            time.sleep(0.05)
        yield
    finally:
        host.kill()
        host.wait(timeout=PAINT_TIMEOUT)


def _waiting(env_bare: dict[str, str], env_supple: dict[str, str]) -> dict[str, tuple[float, float, float]]:
    """Both at once (they only wait): resident memory, context switches and wake-ups per minute."""
    bare = _spawn(env_bare, ["bare"])
    supple = _spawn(env_supple, ["supple", "--background"])
    processes = (("bare", bare), ("supple", supple))
    try:
        _painted_at(bare)
        time.sleep(SETTLE_SECONDS + 2)
        first = last = {name: _wakeups(p.pid) for name, p in processes}
        woke = dict.fromkeys(first, 0)
        ends = time.monotonic() + TRAY_SECONDS
        while time.monotonic() < ends:
            time.sleep(WAKE_SAMPLE)
            now = {name: _wakeups(p.pid) for name, p in processes}
            for name, switches in now.items():
                woke[name] += switches != last[name]
            last = now
        per_minute = 60 / TRAY_SECONDS
        return {name: (_proc_status(process.pid, "VmRSS") / 1024, (last[name] - first[name]) * per_minute,
                       woke[name] * per_minute) for name, process in processes}
    finally:
        _end(bare)
        _end(supple)


def _ring_side(env: dict[str, str], arguments: list[str]) -> int:
    """The side of the hold timer's ring in Supple's window, as its probe reports it."""
    process = _spawn({**env, "SUPPLE_BENCH_RING": "1"}, arguments)
    try:
        _painted_at(process)
        assert process.stdout is not None
        word, side = process.stdout.readline().split()
        assert word == "ring" and side.isdigit(), (word, side)
        return int(side)
    finally:
        _end(process)


def _median(launches: list[Launch], field: str) -> float:
    return statistics.median(getattr(launch, field) for launch in launches)


ALL_SCENES = {"bare": ["bare"], "ring": ["ring"], "hold": ["supple", *ROUTINE],
              "mini": ["supple", *ROUTINE, "--mini"], "list": ["supple"]}
CHOSEN = os.environ.get("FOOTPRINT_SCENES", "hold,mini,list,tray").split(",")
# the bare ring goes with the hold: the least the same ring costs in PySide6, beside what Supple's does
SCENES = {scene: arguments for scene, arguments in ALL_SCENES.items()
          if scene == "bare" or scene in CHOSEN or (scene == "ring" and "hold" in CHOSEN)}


@pytest.mark.bench
@pytest.mark.skipif(bool(bench_desktop.missing()), reason=f"needs {', '.join(bench_desktop.missing())}")
def test_bench_footprint(tmp_path: Path) -> None:
    with bench_desktop.x_desktop(tmp_path / "runtime") as desktop:
        envs = {scene: _environment(desktop, tmp_path / scene) for scene in SCENES}
        scenes = dict(SCENES)
        if "ring" in scenes:  # the bare ring as large as Supple's in its window on this screen
            scenes["ring"] = ["ring", str(_ring_side(envs["hold"], scenes["hold"]))]
        for scene, arguments in scenes.items():  # once each, to warm the caches
            _launch(envs[scene], arguments, measure=False)
        runs: dict[str, list[Launch]] = {scene: [] for scene in scenes}
        for _ in range(ROUNDS):  # A B A B: the machine's mood falls on both alike
            for scene, arguments in scenes.items():
                runs[scene].append(_launch(envs[scene], arguments))
        waiting = {}
        if "tray" in CHOSEN:
            with _tray_host(desktop, tmp_path / "tray-host"):
                waiting = _waiting(envs["bare"], _environment(desktop, tmp_path / "tray"))
    _print_table(runs, waiting, scenes.get("ring", ["", ""])[1])


def _waiting_rows(waiting: dict[str, tuple[float, float, float]]) -> list[tuple[str, ...]]:
    if not waiting:
        return []
    (bare_rss, bare_switches, bare_woke), (rss, switches, woke) = waiting["bare"], waiting["supple"]
    return [("resident memory, in the tray", f"{bare_rss:.1f} MB", f"{rss:.1f} MB", f"{rss - bare_rss:+.1f} MB",
             "<= +15 MB"),
            ("wake-ups a minute, in the tray", f"{bare_woke:.0f}", f"{woke:.0f}", "", "<= 2"),
            ("  its threads' context switches", f"{bare_switches:.0f}", f"{switches:.0f}", "", "")]


def _print_table(runs: dict[str, list[Launch]], waiting: dict[str, tuple[float, float, float]],
                 ring_side: str = "") -> None:
    bare_start, bare_rss = _median(runs["bare"], "startup_s"), _median(runs["bare"], "rss_mb")
    rows: list[tuple[str, ...]] = [("", "bare PySide6", "Supple", "ratio / difference", "target")]
    for scene, what in (("hold", "--routine"), ("list", "routine list"), ("mini", "--mini")):
        if scene not in runs:
            continue
        start = _median(runs[scene], "startup_s")
        rows.append((f"start to first paint ({what})", f"{bare_start * 1000:.0f} ms", f"{start * 1000:.0f} ms",
                     f"{start / bare_start:.2f}x", "<= 1.4x"))
    for scene, what in (("hold", "--routine"), ("list", "routine list")):
        if scene not in runs:
            continue
        rss = _median(runs[scene], "rss_mb")
        rows.append((f"resident memory ({what})", f"{bare_rss:.1f} MB", f"{rss:.1f} MB",
                     f"{rss - bare_rss:+.1f} MB", "<= +25 MB"))
    bare_cpu = _median(runs["bare"], "cpu_share") * 100
    for scene, what, target in (("hold", "a hold, main window", "<= 2%"), ("mini", "a hold, mini timer", "<= 1.5%"),
                                ("list", "no session, routine list", "0")):
        if scene not in runs:
            continue
        cpu = _median(runs[scene], "cpu_share") * 100
        rows.append((f"CPU, {what}", f"{bare_cpu:.2f} %", f"{cpu:.2f} %", "", target))
        if scene == "hold" and "ring" in runs:
            ring = _median(runs["ring"], "cpu_share") * 100
            rows.append((f"  a bare PySide6 ring, same size ({ring_side} px) and pace", f"{ring:.2f} %", "",
                         f"Supple {cpu - ring:+.2f} %", ""))
    rows.extend(_waiting_rows(waiting))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    print(f"\nmedians of {ROUNDS} launches each, A B A B; CPU over {MEASURE_SECONDS:.0f} s, the tray over"
          f" {TRAY_SECONDS:.0f} s")
    for row in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    print("  each launch (start ms, RSS MB, CPU %):")
    for scene, launches in runs.items():
        cells = ", ".join(f"{one.startup_s * 1000:.0f}/{one.rss_mb:.0f}/{one.cpu_share * 100:.1f}" for one in launches)
        print(f"    {scene:<5} {cells}")


def _smaps(pid: int) -> dict[str, int]:
    """Resident kB by what is mapped: each library by name, the heap, and anonymous memory."""
    resident: dict[str, int] = {}
    name = ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if not fields[0].endswith(":"):  # a mapping's first line: address, perms, offset, dev, inode, path
            name = Path(fields[5]).name if len(fields) > 5 else "[anonymous]"
            name = name.split(".so")[0] + ".so" if ".so" in name else name
        elif fields[0] == "Rss:":
            resident[name] = resident.get(name, 0) + int(fields[1])
    return resident


def _settled_smaps(env: dict[str, str], arguments: list[str]) -> dict[str, int]:
    process = _spawn(env, arguments)
    try:
        _painted_at(process)
        time.sleep(SETTLE_SECONDS)
        return _smaps(process.pid)
    finally:
        _end(process)


def _python_held(env: dict[str, str], arguments: list[str]) -> list[tuple[str, int]]:
    process = _spawn({**env, "PYTHONTRACEMALLOC": "1"}, arguments)
    try:
        _painted_at(process)
        assert process.stdout is not None
        held = []
        for line in process.stdout:
            if line.strip() == "python done":
                break
            _, package, size = line.rstrip("\n").split("\t")
            held.append((package, int(size)))
        return held
    finally:
        _end(process)


@pytest.mark.bench
@pytest.mark.skipif(bool(bench_desktop.missing()), reason=f"needs {', '.join(bench_desktop.missing())}")
def test_bench_what_each_part_costs(tmp_path: Path) -> None:
    """Resident memory by library (smaps), Supple's routine beside the bare window, and what
    Python's own allocations hold by package (tracemalloc, in a launch of its own)."""
    with bench_desktop.x_desktop(tmp_path / "runtime") as desktop:
        bare_env, env = _environment(desktop, tmp_path / "bare"), _environment(desktop, tmp_path / "supple")
        _settled_smaps(env, ["supple", *ROUTINE])  # to warm the caches
        bare = _settled_smaps(bare_env, ["bare"])
        supple = _settled_smaps(env, ["supple", *ROUTINE])
        python = _python_held(env, ["supple", *ROUTINE])
    names = sorted(set(bare) | set(supple), key=lambda name: supple.get(name, 0) - bare.get(name, 0), reverse=True)
    print(f"\nresident memory by mapping, kB (total: bare {sum(bare.values())}, Supple {sum(supple.values())})")
    for name in names[:20]:
        ours, theirs = supple.get(name, 0), bare.get(name, 0)
        print(f"  {name:<36} {theirs:8d} {ours:8d} {ours - theirs:+8d}")
    print(f"Python's allocations by package, kB (total {sum(size for _, size in python) // 1024}, the top 25)")
    for package, size in python:
        print(f"  {package:<36} {size // 1024:8d}")
