"""The interface's translations: Qt Linguist sources and their compiled form.

    python3 packaging/translations.py update    ui/translations/*.ts from the code and the forms
    python3 packaging/translations.py release   assets/translations/*.qm from the .ts

`update` runs pyside6-lupdate over app/**/*.py and ui/*.ui into the .ts of each translated language
(what translators have written is kept; messages gone from the code are dropped, `-no-obsolete`:
the code is the one list of messages, and git keeps what a translation once said), and writes two
generated ones: `supple_en.ts`, the English plural forms ("1 second" for "%n second(s)"), and
`supple_en_XA.ts`, every message in the pseudo-locale (app.pseudo_locale). The .ts carry no source
locations, so a change of code elsewhere in a file does not touch them. `release` runs
pyside6-lrelease on each, into assets/translations/ (committed; a test fails when they are stale).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO)]  # app.language and app.pseudo_locale, under `python -I` too

from app.i18n import english_plural  # noqa: E402 - needs the path above
from app.language import PSEUDO, SOURCE, TRANSLATED  # noqa: E402
from app.pseudo_locale import pseudo  # noqa: E402

SOURCES_DIR = REPO / "ui" / "translations"
COMPILED_DIR = REPO / "assets" / "translations"
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-sort-messages", "-silent")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, beside this Python first (a venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6)")
    return found


def ts_name(code: str) -> str:
    return f"supple_{code.replace('-', '_')}.ts"


def sources(repo: Path = REPO) -> list[str]:
    """Every file lupdate reads, relative to `repo`, in a stable order."""
    python = [path for path in sorted((repo / "app").rglob("*.py")) if not _compiled_form(path)]
    found = [*python, *sorted((repo / "ui").glob("*.ui"))]
    return [str(path.relative_to(repo)) for path in found]


def _compiled_form(path: Path) -> bool:
    """A form packaging/forms.py compiled: its messages are read from its .ui, the source."""
    with path.open(encoding="utf-8") as file:
        return "compiled by packaging/forms.py" in file.readline()


def lupdate(ts_files: Iterable[Path], repo: Path = REPO, *extra: str) -> None:
    command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *extra, *sources(repo), "-ts", *map(str, ts_files)]
    subprocess.run(command, cwd=repo, check=True)


def _fill(path: Path, forms: Callable[[str, bool], list[str]], code: str) -> None:
    """Write every message's translation as `forms(source, numerus)` gives it, finished."""
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", code.replace("-", "_"))
    root.set("sourcelanguage", SOURCE)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, f"lupdate wrote a message without a translation: {source!r}"
        translation.attrib.pop("type", None)
        numerus = message.get("numerus") == "yes"
        for child in list(translation):
            translation.remove(child)
        texts = forms(source, numerus)
        if numerus:
            translation.text = None
            for text in texts:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = texts[0]
    ET.indent(tree, space="    ")
    path.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def english_forms(source: str, numerus: bool) -> list[str]:
    """English's two plural forms of a "%n second(s)" source (for one, for any other count)."""
    return [english_plural(source, 1), english_plural(source, 2)] if numerus else [source]


def pseudo_forms(source: str, numerus: bool) -> list[str]:
    return [pseudo(text) for text in english_forms(source, numerus)]


def generated(folder: Path, repo: Path = REPO) -> None:
    """The English plural forms and the pseudo-locale, made afresh from the code."""
    for code, forms, extra in ((SOURCE, english_forms, ("-pluralonly",)), (PSEUDO, pseudo_forms, ())):
        path = folder / ts_name(code)
        path.unlink(missing_ok=True)
        lupdate([path], repo, "-target-language", code.replace("-", "_"), *extra)
        _fill(path, forms, code)


def update(folder: Path = SOURCES_DIR, repo: Path = REPO) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    translated = [folder / ts_name(code) for code in TRANSLATED]
    for path, code in zip(translated, TRANSLATED, strict=True):
        lupdate([path], repo, "-source-language", SOURCE, "-target-language", code)
    generated(folder, repo)
    return sorted(folder.glob("*.ts"))


def release(ts_folder: Path = SOURCES_DIR, qm_folder: Path = COMPILED_DIR) -> list[Path]:
    qm_folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_folder.glob("*.ts")):
        qm = qm_folder / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("update", "release"))
    step = parser.parse_args(argv).step
    for path in update() if step == "update" else release():
        print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
