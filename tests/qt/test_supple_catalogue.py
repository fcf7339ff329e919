"""The catalogue while Supple runs: a hand edit of the person's files (saved atomically, or in
place) reaches the routine list and the tray; a broken edit keeps the last good catalogue and is
told once; a routine in progress keeps its plan; an edit in the app keeps the fields Supple does
not know; a routine whose file broke opens read only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.presenters.glance import glance
from app.qt import application
from app.qt.application import Supple
from app.qt.tray.icon import Tray
from tests.helpers import user_file, user_stretch, write_json

SEEN_MS = 2000  # the bound on the operating system's notice of a real change
PHYSIO = {"id": "physio", "name": "From my physio", "area": "back", "place": "floor", "description": "Twice a day.",
          "steps": [{"stretch": "hamstring-wall", "hold_seconds": 40}, {"stretch": "cat-cow"}]}


@pytest.fixture
def mine(isolated_paths: Paths) -> Path:
    return write_json(isolated_paths.user_catalogue_dir / "mine.json", user_file(routines=[PHYSIO]))


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(application, "tell", lambda _parent, text, *_: said.append(text))
    return said


@pytest.fixture
def supple(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, mine: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Supple]:
    monkeypatch.setattr(Tray, "show", lambda self: None)  # offscreen has no tray to show an icon in
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=True)
    qtbot.addWidget(running.window)
    running.window.show()
    qtbot.waitExposed(running.window)
    yield running
    running.controller.stop()
    running.tray.hide()
    running.deleteLater()


def listed(supple: Supple) -> list[str]:
    return [item.text(0).split("\n")[0] for item in supple.window.routineList.routine_items()]


def tray_routines(supple: Supple) -> list[str]:
    assert supple.tray.menu is not None
    return [action.text() for action in supple.tray.menu.routines.actions()]


def edit_by_hand(qtbot: QtBot, supple: Supple, path: Path, document: Any, *, atomically: bool) -> None:
    """Write as a text editor would, wait (bounded) for the watcher to notice, and end its quiet wait."""
    text = json.dumps(document, indent=2) if not isinstance(document, str) else document
    signal = supple.catalogue_watcher.watcher.directoryChanged if atomically else \
        supple.catalogue_watcher.watcher.fileChanged
    with qtbot.waitSignal(signal, timeout=SEEN_MS):
        if atomically:
            temporary = path.with_name(f"{path.name}~")
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(path)
        else:
            path.write_text(text, encoding="utf-8")
    supple.catalogue_watcher.settle()  # the debounce, without its real wait


def test_an_atomic_hand_edit_reaches_the_list_and_the_tray(qtbot: QtBot, supple: Supple, mine: Path) -> None:
    evening = {**PHYSIO, "id": "evening", "name": "Evening"}
    with qtbot.waitSignal(supple.catalogueChanged, timeout=1000):
        edit_by_hand(qtbot, supple, mine, user_file(routines=[PHYSIO, evening]), atomically=True)
    assert "Evening (yours)" in listed(supple) and "Evening" in tray_routines(supple)
    assert supple.window.planner.known("evening")
    renamed = {**PHYSIO, "name": "Physio, renamed"}  # the replaced file is watched again
    edit_by_hand(qtbot, supple, mine, user_file(routines=[renamed]), atomically=False)
    assert "Physio, renamed (yours)" in listed(supple) and "Evening (yours)" not in listed(supple)
    assert "Physio, renamed" in tray_routines(supple)


def test_a_broken_hand_edit_keeps_the_last_good_catalogue_and_says_so_once(
    qtbot: QtBot, supple: Supple, mine: Path, told: list[str]
) -> None:
    edit_by_hand(qtbot, supple, mine, '{"format": 1, "routines": [', atomically=False)
    edit_by_hand(qtbot, supple, mine, '{"format": 1, "routines": [', atomically=True)  # saved again, as broken
    assert len(told) == 1 and f"{mine}: line 1" in told[0]
    assert "From my physio (yours)" in listed(supple) and "From my physio" in tray_routines(supple)
    edit_by_hand(qtbot, supple, mine, user_file(routines=[{**PHYSIO, "name": "Fixed"}]), atomically=True)
    assert "Fixed (yours)" in listed(supple) and len(told) == 1


def test_a_routine_in_progress_keeps_its_plan_when_its_file_changes(
    qtbot: QtBot, supple: Supple, mine: Path, told: list[str]
) -> None:
    supple.window.start_routine("physio")
    plan = supple.window.plan
    assert supple.actions.active and plan is not None
    edit_by_hand(qtbot, supple, mine, user_file(stretches=[], routines=[]), atomically=True)
    assert supple.actions.active and supple.window.plan is plan
    assert "From my physio (yours)" not in listed(supple) and "From my physio" not in tray_routines(supple)
    assert glance(supple.controller.view(), supple.catalogue).title == "Hamstring at the wall"  # still named
    assert told == []


def test_an_edit_in_the_app_keeps_the_fields_supple_does_not_know(
    qtbot: QtBot, isolated_paths: Paths, mine: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    extra_routine = {**PHYSIO, "colour": "teal",
                     "steps": [{"stretch": "hamstring-wall", "hold_seconds": 40, "note": "gently"},
                               {"stretch": "cat-cow", "video": {"url": "cat.mp4", "start": 3}}]}
    document = {**user_file(stretches=[user_stretch(video="wall.mp4")], routines=[extra_routine]),
                "tool": {"name": "sheet", "version": 2}}
    write_json(mine, document)
    monkeypatch.setattr(Tray, "show", lambda self: None)
    running = Supple(qapp, load_context(isolated_paths), outputs=(SilentSound(), SilentSpeech()), tray=True)
    qtbot.addWidget(running.window)
    try:
        running.window.routineList.select_routine("physio")
        editor = running.routine_actions.edit_routine()
        assert editor is not None and editor.replacing == "physio" and not editor.read_only
        editor.steps.setCurrentRow(0)
        editor.move_step(0, 1)  # the steps swapped: each keeps its own fields
        editor.name.setText("Physio, moved")
        editor.name.textEdited.emit("Physio, moved")
        with qtbot.waitSignal(running.catalogueChanged):
            assert editor.save()
    finally:
        running.controller.stop()
        running.deleteLater()
    after = json.loads(mine.read_text(encoding="utf-8"))
    assert after["tool"] == document["tool"] and after["stretches"] == document["stretches"]
    routine = after["routines"][0]
    assert routine["name"] == "Physio, moved" and routine["colour"] == "teal"
    assert routine["steps"] == list(reversed(extra_routine["steps"]))


def test_a_routine_whose_file_broke_since_it_loaded_opens_read_only_with_the_message(
    supple: Supple, mine: Path
) -> None:
    broken = {**PHYSIO, "steps": [{"stretch": "hamstring-wall", "hold_seconds": 99}]}
    write_json(mine, user_file(routines=[broken]))  # the watcher has not reloaded yet: still listed
    before = mine.read_bytes()
    supple.window.routineList.select_routine("physio")
    editor = supple.routine_actions.edit_routine()
    assert editor is not None and editor.read_only
    assert f"{mine}: $.routines[0].steps[0].hold_seconds: 99 s is outside" in editor.message.text()
    assert not editor.buttons["save"].isEnabled() and not editor.name.isEnabled()
    editor.remove_step(0)
    assert not editor.save() and len(editor.draft.steps) == 2
    assert mine.read_bytes() == before
    editor.reject()


def test_a_reload_keeps_the_catalogue_in_the_persons_language(qtbot: QtBot, qapp: QApplication,
                                                              isolated_paths: Paths) -> None:
    supple = Supple(qapp, load_context(isolated_paths, "de"), outputs=(SilentSound(), SilentSpeech()), tray=False)
    qtbot.addWidget(supple.window)
    german = supple.context.catalogue.catalogue.routine("lower-back-relief").name
    assert german != "Lower back relief"
    supple.reload_catalogue()
    assert supple.context.catalogue.catalogue.routine("lower-back-relief").name == german
    assert supple.context.language == "de"
