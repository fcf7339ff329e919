"""The real app read over AT-SPI, as a screen reader reads it, during a hold and a phase change.

Starts its own X server, session bus and AT-SPI bus (tests/qt/accessibility_desktop.py), runs
`python -m app --routine lower-back-relief` in them, and reads the tree with the system's pyatspi
(tests/qt/atspi_reader.py), pressing buttons only through their AT-SPI actions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.qt.accessibility_desktop import SYSTEM_PYTHON, accessibility_desktop, missing

READER = Path(__file__).with_name("atspi_reader.py")
CHECKOUT = Path(__file__).resolve().parents[2]
READ_SECONDS = 90

absent = missing()
pytestmark = pytest.mark.skipif(bool(absent), reason=f"needs {', '.join(absent)} (.ci/run installs them)")

Node = dict[str, Any]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("a11y")
    config, data = root / "config", root / "data"
    config.mkdir()
    # no chimes or voice: this test is about what a screen reader reads, and needs no sound server
    (config / "settings.json").write_text(json.dumps({"version": 1, "sound_enabled": False, "voice_enabled": False}))
    with accessibility_desktop(root / "run") as desktop, (root / "app.log").open("wb") as log:
        env = {**desktop, "SUPPLE_CONFIG_DIR": str(config), "SUPPLE_DATA_DIR": str(data),
               "SUPPLE_RUNTIME_DIR": str(root / "run")}
        app = subprocess.Popen([sys.executable, "-m", "app", "--routine", "lower-back-relief"], cwd=CHECKOUT, env=env,
                               stdout=subprocess.DEVNULL, stderr=log)
        try:
            output = root / "tree.json"
            subprocess.run([str(SYSTEM_PYTHON), str(READER), "Supple", str(output)], env=env, timeout=READ_SECONDS,
                           check=True)
            yield json.loads(output.read_text())
        finally:
            app.kill()
            app.wait(timeout=10)


def showing(nodes: list[Node]) -> list[Node]:
    return [node for node in nodes if node["showing"]]


def test_the_reader_got_through(report: dict[str, Any]) -> None:
    assert "error" not in report, report.get("error")


def test_the_timer_says_phase_side_and_seconds_and_is_not_a_filler(report: dict[str, Any]) -> None:
    [timer] = [node for node in showing(report["holding"]) if node["name"].startswith("Hold, ")]
    assert timer["role"] == "progress bar"
    assert "seconds left" in timer["name"] and timer["name"].endswith("left leg")
    low, now, high = timer["value"]
    assert (low, high) == (0, 30) and 0 <= now < 30  # seconds gone of a 30-second hold
    assert timer["focusable"]


def test_every_push_button_can_take_the_focus_and_is_named_as_it_reads(report: dict[str, Any]) -> None:
    buttons = [node for node in showing(report["holding"]) if node["role"] == "push button"]
    assert {"Pause", "Back", "Restart", "Skip", "Sharp pain", "Stop", "Mini timer"} <= {b["name"] for b in buttons}
    for button in buttons:
        assert button["focusable"], button["name"]


def test_nothing_that_takes_the_focus_is_unnamed(report: dict[str, Any]) -> None:
    for phase in ("preparing", "holding", "after_phase_change", "mini"):
        for node in showing(report[phase]):
            if node["focusable"] and node["role"] not in ("scroll bar",):
                assert node["name"], (phase, node)


def test_the_side_reads_as_its_words(report: dict[str, Any]) -> None:
    labels = {node["name"] for node in showing(report["holding"]) if node["role"] == "label"}
    assert "Left leg" in labels and "Side" not in labels


def test_the_phase_change_is_announced(report: dict[str, Any]) -> None:
    heard = [event["detail"] for event in report["phase_change_events"] if event["type"] == "object:announcement"]
    assert "Switch sides: right leg." in heard


def test_the_mini_timer_is_a_window_with_its_own_controls(report: dict[str, Any]) -> None:
    frames = {node["name"] for node in report["mini"] if node["role"] in ("frame", "window")}
    assert "Supple mini timer" in frames
    names = {node["name"] for node in showing(report["mini"]) if node["role"] == "push button" and node["focusable"]}
    assert {"Sharp pain"} <= names and names & {"Pause", "Resume"}


@pytest.mark.skipif(os.environ.get("SUPPLE_KEEP_A11Y") is None, reason="set SUPPLE_KEEP_A11Y to print the tree")
def test_print_the_tree(report: dict[str, Any]) -> None:
    print(json.dumps(report, indent=1))
