"""`python -m app.figure.generate`: write the pose SVGs to assets/poses; `--check` only compares.

Writes one file per keyframe (assets/poses/<pose>/<frame>.svg, light palette, left side) and a
thumbnail per stretch (assets/poses/<pose>/thumbnail.svg), and each stretch's viewing window to
app/figure/frames_table.py. The files are generated, never edited by hand: `--check` exits with
status 1 and names each file that is missing, different or left over.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.atomicio import write_text_atomically
from app.figure.frame import measured_frame
from app.figure.keyframes import keyframe_names, pose_keyframe, stretch_names
from app.figure.svg import render_svg, thumbnail_svg

POSES_DIR = Path(__file__).resolve().parents[2] / "assets" / "poses"
FRAMES_TABLE = Path(__file__).with_name("frames_table.py")
FRAMES_HEADER = '''"""Each built-in stretch's viewing window, as app.figure.frame.measured_frame measures it, so a
start need not measure every in-between (about 7 ms a stretch) before its first paint.

Written by `python -m app.figure.generate`: do not edit.
"""

FRAMES: dict[str, tuple[int, int, int, int]] = {  # left, right, bottom, top
'''


def expected_files() -> dict[str, str]:
    """Every generated file by its path relative to the poses folder ('cat-cow/cat.svg')."""
    files = {f"{name}.svg": render_svg(pose_keyframe(name)) for name in keyframe_names()}
    files.update({f"{stretch}/thumbnail.svg": thumbnail_svg(stretch) for stretch in stretch_names()})
    return files


def frames_table() -> str:
    """The text of frames_table.py for the stretches now."""
    rows = []
    for stretch in stretch_names():
        frame = measured_frame(stretch)
        edges = ", ".join(str(int(edge)) for edge in (frame.left, frame.right, frame.bottom, frame.top))
        rows.append(f"    {json.dumps(stretch)}: ({edges}),\n")
    return FRAMES_HEADER + "".join(rows) + "}\n"


def stale_frames_table(path: Path = FRAMES_TABLE) -> bool:
    return _read(path) != frames_table()


def write_frames_table(path: Path = FRAMES_TABLE) -> bool:
    """Bring the table up to date; whether it changed."""
    if not stale_frames_table(path):
        return False
    write_text_atomically(path, frames_table())
    path.chmod(0o644)
    return True


def stale_files(directory: Path = POSES_DIR) -> list[str]:
    """Files that do not match what would be generated now, or should not be there at all."""
    expected = expected_files()
    stale = [name for name, text in expected.items() if _read(directory / name) != text]
    return sorted(stale + _leftovers(directory, expected))


def write_files(directory: Path = POSES_DIR) -> list[str]:
    """Bring the folder up to date; returns what changed."""
    expected = expected_files()
    changed = []
    for name, text in expected.items():
        if _read(directory / name) != text:
            write_text_atomically(directory / name, text)
            (directory / name).chmod(0o644)  # a plain, shareable asset (the temporary file was private)
            changed.append(name)
    for name in _leftovers(directory, expected):
        (directory / name).unlink()
        changed.append(name)
    return sorted(changed)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _leftovers(directory: Path, expected: dict[str, str]) -> list[str]:
    """SVGs in pose folders that no keyframe produces any more (a renamed frame)."""
    if not directory.is_dir():
        return []
    found = (path.relative_to(directory).as_posix() for path in directory.glob("*/*.svg"))
    return [name for name in found if name not in expected]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.figure.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    parser.add_argument("--dir", type=Path, default=POSES_DIR, help=f"the poses folder (default {POSES_DIR})")
    parser.add_argument("--frames", type=Path, default=FRAMES_TABLE, help=f"the frames table (default {FRAMES_TABLE})")
    options = parser.parse_args(argv)
    if options.check:
        stale = [options.dir / name for name in stale_files(options.dir)]
        stale += [options.frames] if stale_frames_table(options.frames) else []
        for path in stale:
            print(f"stale: {path}", file=sys.stderr)
        if stale:
            print("run: python -m app.figure.generate", file=sys.stderr)
        return 1 if stale else 0
    for name in write_files(options.dir):
        print(f"wrote {options.dir / name}")
    if write_frames_table(options.frames):
        print(f"wrote {options.frames}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
