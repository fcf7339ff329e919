"""PySide6's import hook, lightened: the same answer about each module, and no source kept."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.qt  # noqa: F401 - lightens the hook, as the app's start does
from app.qt import light_imports


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("supple_probe_qt", "supple_probe_plain"):
        sys.modules.pop(name, None)


def test_a_module_is_asked_about_from_its_bytes_and_its_source_is_not_kept(modules: Path) -> None:
    (modules / "supple_probe_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (modules / "supple_probe_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    exec("import supple_probe_qt, supple_probe_plain", {})  # through the import statement, as PySide6 hooks it
    hook = sys.modules[light_imports.HOOK_MODULE]
    assert getattr(getattr(hook, light_imports.HOOK), "lightened", False)
    features = hook.pyside_feature_dict  # type: ignore[attr-defined]
    assert features["supple_probe_qt"] == 0  # uses PySide6: its features may be switched
    assert features["supple_probe_plain"] == -1  # ignored by PySide6, as before
    assert not [name for name in linecache.cache if "supple_probe" in name]


def test_lightening_twice_wraps_once() -> None:
    hook = sys.modules[light_imports.HOOK_MODULE]
    before = getattr(hook, light_imports.HOOK)
    assert light_imports.lighten()
    assert getattr(hook, light_imports.HOOK) is before
