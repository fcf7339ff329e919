"""The wheel carries every sub-package and the shipped data, assets and forms."""

from __future__ import annotations

import fnmatch
import subprocess

import pytest

from tests.helpers import REPO

tomllib = pytest.importorskip("tomllib")  # Python 3.11+


def _setuptools() -> dict:  # type: ignore[type-arg]
    with (REPO / "pyproject.toml").open("rb") as stream:
        return tomllib.load(stream)["tool"]["setuptools"]  # type: ignore[no-any-return]


def test_every_python_package_is_listed() -> None:
    listed = {name for name in _setuptools()["packages"] if not name.startswith(("app.data", "app.assets", "app.ui"))}
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "app").rglob("__init__.py")}
    assert listed == found


def test_every_shipped_file_matches_a_package_data_pattern() -> None:
    settings = _setuptools()
    for package, folder in (("app.data", "data"), ("app.assets", "assets"), ("app.ui", "ui")):
        assert settings["package-dir"][package] == folder
        patterns = settings["package-data"][package]
        for path in (REPO / folder).rglob("*"):
            if path.is_file():
                relative = path.relative_to(REPO / folder).as_posix()
                assert any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(path.name, p) for p in patterns), relative


def test_the_top_of_the_checkout_holds_only_what_the_design_card_lists() -> None:
    """pyproject.toml, app/, assets/, ui/, data/, tests/, packaging/, README.md, LICENSE and
    dotfiles (.ci/, .github/, .gitignore): nothing else at the top, as the client asked."""
    allowed = {"pyproject.toml", "app", "assets", "ui", "data", "tests", "packaging", "README.md", "LICENSE"}
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=False)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    tops = {line.split("/", 1)[0] for line in tracked.stdout.splitlines() if line}
    assert {top for top in tops if not top.startswith(".")} <= allowed
