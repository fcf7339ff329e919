"""The core (catalogue, session, clock, settings, figure model) never imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

CORE = ["app/catalogue", "app/session", "app/figure", "app/audio", "app/history", "app/settings.py",
        "app/settings_fields.py", "app/paths.py", "app/context.py", "app/wording.py", "app/cli.py",
        "app/atomicio.py", "app/bootstrap.py", "app/syslibs.py", "app/planner.py", "app/presenters/following.py"]


def _python_files() -> list[Path]:
    files: list[Path] = []
    for name in CORE:
        path = REPO / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [path for path in files if path.exists()]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_core_module_imports_no_qt(path: Path) -> None:
    qt = {name for name in _imports(path) if name.split(".")[0] in ("PySide6", "shiboken6")}
    if path.name == "cli.py":
        # the command line reaches the window only through app.qt.application, imported lazily
        qt = {name for name in qt if not name.startswith("app.qt")}
    assert qt == set()


def test_importing_the_core_and_running_a_plan_loads_no_qt() -> None:
    code = (
        "import sys, app.catalogue, app.session, app.settings, app.context, app.cli, app.audio.policy, app.history\n"
        "app.cli.main(['plan', 'desk-break'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert finished.stdout.splitlines()[-1] == "[]"


def test_no_app_module_imports_jsonschema() -> None:
    # a test dependency only: the reference our own validator is checked against (app/catalogue/schema.py)
    files = sorted((REPO / "app").rglob("*.py"))
    users = [path for path in files if any(name.split(".")[0] == "jsonschema" for name in _imports(path))]
    assert users == []
