"""A worker never outlives Supple, even one that cannot see its pipe close (a blocked engine)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import REPO

# A stand-in for Supple: starts a speech worker whose stdin is a pipe the test keeps open (as a
# worker blocked in its engine never sees its pipe close) and whose reports go to the test, says
# the worker's pid, then waits to be killed.
PARENT = """
import subprocess, sys
stdin, stdout = int(sys.argv[1]), int(sys.argv[2])
worker = subprocess.Popen([sys.executable, "-m", "app.qt.audio.audio_worker", "speech", "--engine", "nosuch"],
                          stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL, pass_fds=(stdin, stdout))
print(worker.pid, flush=True)
sys.stdin.read()
"""


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
        return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
def test_a_worker_that_cannot_see_its_pipe_close_still_ends_with_its_parent() -> None:
    stdin_read, stdin_write = os.pipe()  # the write end held here: the worker's stdin never closes
    reports_read, reports_write = os.pipe()
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(stdin_read), str(reports_write)], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              pass_fds=(stdin_read, reports_write), env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    os.close(reports_write)
    worker = 0
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        with os.fdopen(reports_read, encoding="utf-8") as reports:
            assert '"ready"' in reports.readline()  # up and waiting on a stdin that never closes
            assert _alive(worker)
            parent.kill()
            parent.wait(timeout=10)
            deadline = time.monotonic() + 10  # bounded: the kernel's signal comes at once
            while _alive(worker) and time.monotonic() < deadline:
                time.sleep(0.02)
            assert not _alive(worker), "the worker outlived its parent"
    finally:
        for end in (stdin_read, stdin_write):
            os.close(end)
        if parent.poll() is None:
            parent.kill()
            parent.wait(timeout=10)
        if parent.stdin is not None:
            parent.stdin.close()
        if parent.stdout is not None:
            parent.stdout.close()
        if worker and _alive(worker):
            os.kill(worker, signal.SIGKILL)
