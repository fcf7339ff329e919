"""`python -m app.desktop_packaging`: rewrite packaging/'s desktop entry and AppStream metainfo.

Distribution packages install these two files as they are; their launcher runs `supple` from the
PATH. Both are generated from the code and the built-in catalogue, and a test keeps the committed
copies in step (`--check` reports any that differ).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.desktop_entry import DESKTOP_FILE, builtin_actions, desktop_entry
from app.metainfo import METAINFO_FILE, metainfo_xml

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"


def packaging_files(folder: Path = PACKAGING) -> dict[Path, str]:
    actions = builtin_actions()
    return {
        folder / DESKTOP_FILE: desktop_entry(["supple"], actions),
        folder / METAINFO_FILE: metainfo_xml(actions),
    }


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.desktop_packaging", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only name the files that differ; exit 1 if any")
    options = parser.parse_args(argv)
    files = packaging_files()
    stale = [path for path, text in files.items() if _read(path) != text]
    if options.check:
        for path in stale:
            print(f"{path}: out of date; run python -m app.desktop_packaging", file=sys.stderr)
        return 1 if stale else 0
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
