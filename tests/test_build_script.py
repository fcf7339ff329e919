"""packaging/build.py's names and places, without building (the real build:
tests/test_bundle_build.py, with SUPPLE_BUILD_BUNDLE=1)."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys

import pytest

from app import __version__
from tests.helpers import REPO, packaging_module

build = packaging_module("build")


def test_the_archives_are_named_by_version_system_and_machine() -> None:
    assert build.archive_name("0.1.0", "linux", "x86_64") == "Supple-0.1.0-linux-x86_64.tar.gz"
    assert build.archive_name("0.1.0", "windows", "AMD64") == "Supple-0.1.0-windows-x86_64.zip"
    assert build.archive_name("0.1.0", "macos", "arm64") == "Supple-0.1.0-macos-arm64.dmg"


def test_everything_it_makes_lands_in_dist_and_its_work_in_build() -> None:
    assert build.DIST == REPO / "dist"
    assert build.BUILD_VENV.is_relative_to(REPO / "build")
    assert build.bundle_folder().is_relative_to(REPO / "build")


def test_the_venv_python_is_where_venv_puts_it() -> None:
    assert build.venv_python(REPO / "v", "linux").relative_to(REPO / "v").as_posix() == "bin/python"
    assert build.venv_python(REPO / "v", "win32").relative_to(REPO / "v").as_posix() == "Scripts/python.exe"


def test_it_reads_the_version_without_importing_qt_or_platformdirs() -> None:
    assert build.version() == __version__


def test_it_names_the_targets_it_knows(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        build.main(["solaris"])
    assert stop.value.code == 2
    assert "linux" in capsys.readouterr().err


def test_it_runs_with_the_systems_python_alone() -> None:
    """`python3 packaging/build.py --help` needs no virtual environment: it makes its own."""
    done = subprocess.run([sys.executable, "-I", str(REPO / "packaging" / "build.py"), "--help"],
                          capture_output=True, text=True, check=False, cwd="/")
    assert done.returncode == 0, done.stderr
    assert "deb" in done.stdout


def test_the_modules_the_spec_names_exist() -> None:
    """A renamed module would otherwise show only in the slow real build."""
    spec = (REPO / "packaging" / "supple.spec").read_text(encoding="utf-8")
    call = next(node for node in ast.walk(ast.parse(spec)) if isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "Analysis")
    hidden = next(keyword.value for keyword in call.keywords if keyword.arg == "hiddenimports")
    names = ast.literal_eval(hidden)
    assert "app.qt.audio.audio_worker" in names
    for name in names:
        assert importlib.util.find_spec(name) is not None, name
    entry = (REPO / "packaging" / "bundle_entry.py").read_text(encoding="utf-8")
    assert "from app.qt.bundle_main import main" in entry
