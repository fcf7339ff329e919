"""The Designer forms a start shows, compiled to Python, so the window is built without QUiLoader.

    python3 packaging/forms.py          writes each compiled form (COMPILED) from its ui/*.ui

QUiLoader reads the XML and sets each property by name at every start, and brings QtUiTools
(about 1.3 MB resident) with it; the compiled form makes the same widgets with plain calls, about
20 ms sooner. ui/*.ui stay the source: edit them in Designer and run this again (tests/
test_forms_script.py fails while a compiled form is stale, and checks that it builds what QUiLoader
builds). pyside6-uic writes the code; it is then tidied to the project's rules: imports of only
the names used (each PySide6 type imported is made at start), enums named in full
(`Qt.AlignmentFlag.AlignCenter`), the form class and its widget typed.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

# each form a start shows, and the module it is compiled into; the settings dialog, opened
# seldom, is still read by QUiLoader when it opens
COMPILED = {"main_window.ui": Path("app/qt/window/main_window_form.py")}

LINE_LENGTH = 120  # pyproject.toml's, for ruff

HEADER = '''"""{ui}, compiled by packaging/forms.py (pyside6-uic, then tidied): do not edit.

Edit the form in Designer and run `python3 packaging/forms.py` again.
"""

# ruff: noqa: E501, PLR0915 - the form's texts, one call each, in one long setupUi

from __future__ import annotations

'''


def uic() -> str:
    """pyside6-uic, beside this Python first (a venv), else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-uic"
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic is not installed (it comes with PySide6)")
    return found


def _qualified(match: re.Match[str]) -> str:
    """`Qt.AlignCenter` as `Qt.AlignmentFlag.AlignCenter`: the enum a short name belongs to."""
    import enum  # noqa: PLC0415 - only when compiling

    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: PLC0415

    owner_name, member = match.group(1), match.group(2)
    owner = next((getattr(module, owner_name) for module in (QtCore, QtGui, QtWidgets)
                  if hasattr(module, owner_name)), None)
    if owner is None or isinstance(getattr(owner, member, None), type):
        return match.group(0)  # not a Qt class, or already an enum's name
    for name, value in vars(owner).items():
        if isinstance(value, type) and issubclass(value, enum.Enum) and member in value.__members__:
            return f"{owner_name}.{name}.{member}"
    return match.group(0)


def _import_line(module: str, names: list[str]) -> str:
    line = f"from {module} import {', '.join(names)}\n"
    if len(line) <= LINE_LENGTH:
        return line
    return f"from {module} import (\n" + "".join(f"    {name},\n" for name in names) + ")\n"


def _imports_of_used(code: str) -> str:
    """The code with its imports cut down to the names it uses, sorted as ruff sorts them."""
    tree = ast.parse(code)
    imported = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    lines = code.splitlines(keepends=True)
    cut = {number for node in imported for number in range(node.lineno - 1, node.end_lineno or node.lineno)}
    body = "".join(line for number, line in enumerate(lines) if number not in cut)
    used = {node.id for node in ast.walk(ast.parse(body)) if isinstance(node, ast.Name)}
    groups: dict[bool, list[str]] = {True: [], False: []}  # PySide6 first, then the app's own
    for node in sorted(imported, key=lambda node: node.module or ""):
        kept = sorted({alias.name for alias in node.names} & used)
        if kept and node.module:
            groups[node.module.startswith("PySide6")].append(_import_line(node.module, kept))
    blocks = ["".join(group) for group in (groups[True], groups[False]) if group]
    return "\n".join(blocks) + "\n\n" + body.lstrip()


def tidy(generated: str, ui: str, form_class: str, widget_class: str) -> str:
    """pyside6-uic's code, to the project's rules (see the module's docstring)."""
    code = generated.rsplit("#" * 80 + "\n", maxsplit=1)[-1]  # after uic's banner
    code = re.sub(r"\bu(['\"])", r"\1", code)  # u"..." is just "..." in Python 3
    code = re.sub(r"\b(Qt|Q[A-Z]\w*)\.([A-Z]\w*)\b(?!\.)", _qualified, code)
    code = re.sub(rf"class Ui_{form_class}\(object\):", f"class {form_class}Ui:", code)
    code = re.sub(rf'(?<!["\w]){form_class}(?!["\w])', "form", code)  # the widget, not its name
    code = code.replace("def setupUi(self, form):", f"def setupUi(self, form: {widget_class}) -> None:")
    code = code.replace("def retranslateUi(self, form):", f"def retranslateUi(self, form: {widget_class}) -> None:")
    code = re.sub(r"\n        pass\n", "\n", code)  # uic's empty-body guard after the last call
    code = re.sub(r"\n{3,}", "\n\n", code.replace("\n\n\n", "\n\n"))
    code = _imports_of_used(code)
    return HEADER.format(ui=ui) + code.rstrip() + "\n"


def compile_form(ui_file: Path) -> str:
    done = subprocess.run([uic(), "-g", "python", "--no-autoconnection", str(ui_file)], capture_output=True,
                          text=True, check=True)
    form = re.search(r'<widget class="(\w+)" name="(\w+)"', ui_file.read_text(encoding="utf-8"))
    assert form is not None, f"{ui_file} has no top widget"
    widget_class, form_class = form.groups()
    return tidy(done.stdout, f"ui/{ui_file.name}", form_class, widget_class)


def write_all(repo: Path = REPO) -> list[Path]:
    written = []
    for ui, target in COMPILED.items():
        path = repo / target
        path.write_text(compile_form(repo / "ui" / ui), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    for path in write_all():
        print(f"wrote {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
