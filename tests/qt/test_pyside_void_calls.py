"""Guards the PySide6 release we install against the 6.12.0-on-Python-3.10/3.11 leak, where every
void Qt call drops a reference to None and the process aborts after a few thousand calls."""

from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for number in range(50_000):
    label.setText("x")
print("alive")
"""


def test_fifty_thousand_void_qt_calls_leave_the_process_alive() -> None:
    finished = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120, check=False)
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert finished.stdout.strip() == "alive"
