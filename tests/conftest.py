"""Shared test set-up: Qt runs offscreen and every Supple folder points into a temporary place."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import i18n
from app.paths import Paths, default_paths


@pytest.fixture(autouse=True)
def words_as_they_were() -> Iterator[None]:
    """A test that chooses a language (`supple --language fr check`) leaves the next one in English:
    the seam's translation is put back as it was."""
    backend, language, number = i18n._Installed.backend, i18n._Installed.language, i18n._Installed.number
    yield
    i18n._Installed.backend, i18n._Installed.language, i18n._Installed.number = backend, language, number


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Paths]:
    """Keep every test away from the real config, data and runtime folders."""
    for name in ("CONFIG", "DATA"):
        monkeypatch.setenv(f"SUPPLE_{name}_DIR", str(tmp_path / name.lower()))
    # the socket's folder: short, since a Unix socket's path may not pass about 100 bytes
    runtime = tempfile.mkdtemp(prefix="supple-")
    monkeypatch.setenv("SUPPLE_RUNTIME_DIR", runtime)
    yield default_paths()
    shutil.rmtree(runtime, ignore_errors=True)
