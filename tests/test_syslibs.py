"""The check for the system libraries Qt needs: it names what is missing and loads nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import syslibs

_MAPPED_AFTER_CHECK = """
import sys
from app import syslibs
syslibs.missing_packages()
print(open("/proc/self/maps").read())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check runs on Linux only")
def test_the_check_leaves_no_library_loaded() -> None:
    done = subprocess.run([sys.executable, "-c", _MAPPED_AFTER_CHECK], capture_output=True, text=True, timeout=60,
                          check=True, env={"DISPLAY": ":0", "PATH": "/usr/bin:/bin"})
    for soname, _ in syslibs._ALWAYS + syslibs._XCB:  # the list the check goes through
        assert soname not in done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check runs on Linux only")
def test_a_library_that_is_nowhere_is_named_by_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(syslibs, "_ALWAYS", (("libsupple-nowhere.so.9", "libsupple-nowhere9"),))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert syslibs.missing_packages() == ["libsupple-nowhere9"]


def test_a_library_outside_the_usual_folders_is_asked_of_the_linker(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    monkeypatch.setattr(syslibs, "_linker_folders", lambda: [tmp_path])
    assert syslibs._loads("libc.so.6")  # found by the linker, not in tmp_path
    assert not syslibs._loads("libsupple-nowhere.so.9")
