"""The terminal commands: --version, routines, plan, check."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import __version__
from app.cli import build_parser, main
from app.paths import Paths
from tests.helpers import REPO, user_file, user_stretch, write_json


def test_version_runs_as_a_module() -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert finished.returncode == 0
    assert finished.stdout.strip() == f"Supple {__version__}"


def test_routines_lists_id_name_minutes_area_and_place(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routines"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "TIME", "AREA", "WHERE", "STRETCHES"]
    desk = next(line for line in lines if line.startswith("desk-break"))
    assert "Desk break" in desk
    assert " min " in desk
    assert desk.split()[-2:] == ["desk", "1"]
    assert any(line.startswith("lower-back-relief") and " floor " in line for line in lines)


def test_routines_include_the_persons_own(isolated_paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    routine = {"id": "physio", "name": "Physio", "area": "back", "place": "floor", "description": "x",
               "steps": [{"stretch": "childs-pose"}]}
    write_json(isolated_paths.user_catalogue_dir / "mine.json", user_file(stretches=[], routines=[routine]))
    assert main(["routines"]) == 0
    assert any(line.startswith("physio") for line in capsys.readouterr().out.splitlines())


def test_plan_prints_every_phase_and_the_total(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "lower-back-relief"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Lower back relief")
    assert "Knee to chest, left leg" in out
    assert "Knee to chest, right leg" in out
    assert "Switch sides" in out
    assert lines[-1].startswith("Total: ")
    seconds = [float(line.split()[-2]) for line in lines[1:-1]]
    assert f"({sum(seconds):.0f} s)" in lines[-1]


def test_plan_of_an_unknown_routine_names_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "nope"]) == 2
    assert "lower-back-relief" in capsys.readouterr().err


def test_check_accepts_the_builtin_catalogue(isolated_paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(isolated_paths.builtin_catalogue)]) == 0
    assert "valid" in capsys.readouterr().out


def test_check_accepts_a_persons_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "mine.json", user_file())
    assert main(["check", str(path)]) == 0


def test_check_rejects_a_bad_file_with_the_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "mine.json", user_file(stretches=[user_stretch(kind="wobble")]))
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "$.stretches[0].kind" in err
    assert err.endswith(": 1 problem\n")  # the count in words: "1 problem", "2 problems"


def test_the_readme_example_passes_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = readme.split("<!-- example-catalogue -->")[1].split("```json")[1].split("```")[0]
    path = tmp_path / "example.json"
    path.write_text(example, encoding="utf-8")
    assert main(["check", str(path)]) == 0, capsys.readouterr().err


def test_a_bad_user_file_is_reported_but_routines_still_list(
    isolated_paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = isolated_paths.user_catalogue_dir / "broken.json"
    broken.parent.mkdir(parents=True)
    broken.write_text("[", encoding="utf-8")
    assert main(["routines"]) == 0
    captured = capsys.readouterr()
    assert "broken.json" in captured.err
    assert "lower-back-relief" in captured.out


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail a test that blocks (a FIFO read waits for a writer for ever) instead of hanging the run.
    Not a timing assertion: 30 s is far beyond any honest answer."""

    def interrupt(signum: int, frame: object) -> None:
        raise TimeoutError("blocked for 30 s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 30)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "folder":
        path.mkdir()
    else:
        return Path("/dev/zero")
    return path


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("fifo", "it is a named pipe (FIFO), not a regular file"),
        ("loop", "it is a symbolic link that points in a loop"),
        ("folder", "it is a folder, not a regular file"),
        ("device", "it is a device, not a regular file"),
    ],
)
def test_check_refuses_what_is_not_a_regular_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, reason: str
) -> None:
    path = _special(tmp_path, kind)
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [f"{path}: file: {reason}", f"{path}: 1 problem"]


def test_check_refuses_nan_where_it_stands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "mine.json", user_file(stretches=[user_stretch(why="Because.")]))
    path.write_text(path.read_text(encoding="utf-8").replace('"default": 30', '"default": NaN'), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert f"{path}: line 16, column 20: NaN is not a number JSON allows" in capsys.readouterr().err


def test_check_lists_the_first_few_of_many_mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "mine.json", user_file(stretches=["x"] * 10_000))  # type: ignore[list-item]
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 21
    assert lines[-1] == f"{path}: more than 20 problems; the first 20 are listed"


def test_check_on_a_fifo_as_a_program_says_why_and_ends(tmp_path: Path) -> None:
    path = _special(tmp_path, "fifo")
    finished = subprocess.run(
        [sys.executable, "-m", "app", "check", str(path)],
        capture_output=True, text=True, cwd=REPO, check=False, timeout=60,
    )
    assert finished.returncode == 1
    assert "Traceback" not in finished.stderr
    assert f"{path}: file: it is a named pipe (FIFO)" in finished.stderr


def test_background_is_an_option_of_the_window() -> None:
    assert build_parser().parse_args(["--background"]).background is True
    assert build_parser().parse_args([]).background is False


def _gui_started_with(monkeypatch: pytest.MonkeyPatch, environ: dict[str, str]) -> str | None:
    """Run `supple` (the window) in `environ`, and say which QT_QPA_PLATFORM Qt would have found."""
    import app.qt.application  # noqa: PLC0415 - imported here so its run() can be stood in for

    for name in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "WAYLAND_DISPLAY", "DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    seen: list[str | None] = []
    monkeypatch.setattr(app.qt.application, "run", lambda _context, _args: seen.append(
        os.environ.get("QT_QPA_PLATFORM")) or 0)
    assert main([]) == 0
    return seen[0]


WAYLAND_DESKTOP = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}


def test_on_a_wayland_desktop_the_window_runs_through_xwayland(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _gui_started_with(monkeypatch, WAYLAND_DESKTOP) == "xcb;wayland"


def test_the_native_wayland_setting_is_read_before_qt_starts(
    isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_json(isolated_paths.settings_file, {"version": 1, "native_wayland": True})
    assert _gui_started_with(monkeypatch, WAYLAND_DESKTOP) == "wayland;xcb"


@pytest.mark.parametrize("explicit", ["offscreen", "wayland", "xcb"])
def test_an_explicit_qt_platform_reaches_qt_unchanged(
    isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch, explicit: str,
) -> None:
    write_json(isolated_paths.settings_file, {"version": 1, "native_wayland": explicit != "wayland"})
    assert _gui_started_with(monkeypatch, {**WAYLAND_DESKTOP, "QT_QPA_PLATFORM": explicit}) == explicit


def test_a_listing_cut_short_by_its_reader_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["routines"]) == 0  # as `supple routines | head -1` does, without a traceback


def test_check_lists_a_persons_unknown_fields_as_kept_and_accepts_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_json(tmp_path / "mine.json", {**user_file(stretches=[user_stretch(video="x.mp4")]), "tool": "sheet"})
    assert main(["check", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{path}: valid (")
    assert f"{path}: $.stretches[0]: unknown key 'video': kept, not used by Supple" in lines
    assert f"{path}: $: unknown key 'tool': kept, not used by Supple" in lines
