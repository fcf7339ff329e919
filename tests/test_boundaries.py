"""The layers hold: import-linter's contracts, and a run of the core that loads no Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_layer_contracts_hold() -> None:
    """import-linter's contracts in pyproject.toml: the core knows nothing of Qt, the Qt layer's
    features sit above its adapters and widgets, the windows do not import each other, and the
    session engine stands alone."""
    finished = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())"],
        capture_output=True, text=True, cwd=REPO, check=False,
    )
    assert finished.returncode == 0, finished.stdout[-3000:]
    assert "BROKEN" not in finished.stdout and "KEPT" in finished.stdout


def test_a_broken_layer_is_caught(tmp_path: Path) -> None:
    """The check can fail: a core module that imports Qt breaks the first contract."""
    config = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    contract = config[config.index("[tool.importlinter]"):].replace('"app.wording",', '"app.qt.application",', 1)
    (tmp_path / "contracts.toml").write_text(contract, encoding="utf-8")
    path = str(tmp_path / "contracts.toml")
    code = f"import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports({path!r}))"
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False)
    assert finished.returncode != 0 and "BROKEN" in finished.stdout


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
