"""Read Supple's accessibility tree the way a screen reader does, over AT-SPI, and print it as JSON.

Run by the system's Python (/usr/bin/python3 with Debian's python3-pyatspi), not the test venv:
pyatspi is a system package bound to the system's GObject. It drives the app only through AT-SPI
actions, as assistive technology would, so what it reports is what a screen-reader user meets:

1. the tree while getting into position;
2. after pressing "Skip" (through its AT-SPI action): the tree during the hold;
3. the events heard while pressing "Skip" once more (the phase change to switching sides);
4. after pressing "Mini timer": the mini timer's window.

Usage: atspi_reader.py APP_NAME OUTPUT.json  (every wait is bounded; exit 0 even on failure, with
the failure in the JSON, so the test can say what went wrong).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

WAIT_SECONDS = 30.0


def node(accessible: Any) -> dict[str, Any]:
    state = accessible.getState()
    found: dict[str, Any] = {
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "focusable": state.contains(pyatspi.STATE_FOCUSABLE),
        "showing": state.contains(pyatspi.STATE_SHOWING),
        "focused": state.contains(pyatspi.STATE_FOCUSED),
    }
    try:
        value = accessible.queryValue()
        found["value"] = [value.minimumValue, value.currentValue, value.maximumValue]
    except NotImplementedError:
        pass
    return found


def walk(accessible: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every node under `accessible`. The tree changes as the routine runs (a label rewritten, a
    button hidden), so an object gone between listing and reading is skipped, not fatal."""
    if accessible is None or depth > 40:
        return []
    try:
        found = [node(accessible)]
        count = accessible.childCount
    except Exception:  # pyatspi raises GLib errors of its own for a vanished object
        return []
    for index in range(count):
        try:
            child = accessible.getChildAtIndex(index)
        except Exception:
            continue
        found.extend(walk(child, depth + 1))
    return found


def find_app(name: str) -> Any:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.3)
    raise RuntimeError(f"no application named {name!r} on the AT-SPI bus")


def find(root: Any, role: str, name: str) -> Any:
    def matches(accessible: Any) -> bool:
        return accessible.getRoleName() == role and accessible.name == name

    found = pyatspi.findDescendant(root, matches)
    if found is None:
        raise RuntimeError(f"no {role} named {name!r}")
    return found


def press(root: Any, name: str) -> None:
    button = find(root, "push button", name)
    actions = button.queryAction()
    for index in range(actions.nActions):
        if actions.getName(index) in ("Press", "press", "click", "SetFocus") or index == 0:
            actions.doAction(index)
            return


def listen_while(action: Any, seconds: float) -> list[dict[str, str]]:
    heard: list[dict[str, str]] = []

    def on_event(event: Any) -> None:
        source = event.source.name if event.source is not None else ""
        heard.append({"type": event.type, "detail": str(event.any_data), "source": source})

    kinds = ["object:announcement", "object:state-changed:focused", "object:property-change:accessible-name"]
    for kind in kinds:
        pyatspi.Registry.registerEventListener(on_event, kind)
    GLib.timeout_add(200, lambda: (action(), False)[1])
    GLib.timeout_add(int(seconds * 1000), lambda: (pyatspi.Registry.stop(), False)[1])
    pyatspi.Registry.start()
    for kind in kinds:
        pyatspi.Registry.deregisterEventListener(on_event, kind)
    return heard


def settle(seconds: float = 1.0) -> None:
    time.sleep(seconds)


def main() -> None:
    name, output = sys.argv[1], sys.argv[2]
    report: dict[str, Any] = {}
    try:
        app = find_app(name)
        settle(1.5)
        report["preparing"] = walk(app)
        press(app, "Skip")
        settle()
        report["holding"] = walk(app)
        report["phase_change_events"] = listen_while(lambda: press(app, "Skip"), 3.0)
        report["after_phase_change"] = walk(app)
        press(app, "Mini timer")
        settle(1.5)
        report["mini"] = walk(find_app(name))
    except Exception as error:  # reported to the test, which fails with it
        report["error"] = f"{type(error).__name__}: {error}"
    Path(output).write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
