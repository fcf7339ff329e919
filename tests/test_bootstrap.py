"""The checkout-local .venv: installed once, re-installed only when it must be."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from app import bootstrap


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """A fake checkout whose pip installs are recorded instead of run."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'supple'\n", encoding="utf-8")
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("", encoding="utf-8")
    installs: list[list[str]] = []

    def run(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        installs.append(command)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(bootstrap, "CHECKOUT", tmp_path)
    monkeypatch.setattr(bootstrap, "STAMP", tmp_path / ".venv" / "supple-installed")
    monkeypatch.setattr(bootstrap, "venv_python", lambda: python)
    monkeypatch.setattr(bootstrap.subprocess, "run", run)
    return installs


def test_installs_once_then_starts_at_once(checkout: list[list[str]]) -> None:
    bootstrap.ensure_venv(extras="test")
    bootstrap.ensure_venv(extras="test")
    assert len(checkout) == 1
    assert checkout[0][-1].endswith("[test]")


def test_launching_the_app_after_the_tests_does_not_reinstall(checkout: list[list[str]]) -> None:
    bootstrap.ensure_venv(extras="test")
    bootstrap.ensure_venv(extras="")
    bootstrap.ensure_venv(extras="test")
    assert len(checkout) == 1


def test_the_app_first_then_the_tests_adds_the_test_extra_once(checkout: list[list[str]]) -> None:
    bootstrap.ensure_venv(extras="")
    bootstrap.ensure_venv(extras="test")
    bootstrap.ensure_venv(extras="")
    assert len(checkout) == 2
    assert checkout[1][-1].endswith("[test]")


def test_a_changed_pyproject_reinstalls(checkout: list[list[str]], tmp_path: Path) -> None:
    bootstrap.ensure_venv(extras="test")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'supple'\nversion = '2'\n", encoding="utf-8")
    bootstrap.ensure_venv(extras="test")
    assert len(checkout) == 2
