"""Import and Export in the running app: from the editor, the routine list's keys and a file
dropped on the list; a clash offered a new id; a bad file shown with its problem, nothing written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.audio.outputs import SilentSound, SilentSpeech
from app.context import load_context
from app.paths import Paths
from app.qt.application import Supple
from app.qt.editor.sharing_actions import SharingActions
from app.qt.tray.icon import Tray
from app.qt.window.routine_list import RoutineList
from tests.helpers import user_file, write_json

PHYSIO = {"id": "physio", "name": "From my physio", "area": "back", "place": "floor", "description": "Twice a day.",
          "steps": [{"stretch": "hamstring-wall", "hold_seconds": 40}, {"stretch": "cat-cow"}]}


@pytest.fixture
def supple(
    qtbot: QtBot, qapp: QApplication, isolated_paths: Paths, monkeypatch: pytest.MonkeyPatch
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


@pytest.fixture
def problems() -> list[str]:
    return []


@pytest.fixture
def sharing(supple: Supple, problems: list[str]) -> SharingActions:
    actions = supple.routine_actions.sharing
    actions.show_problem = problems.append
    actions.ask = lambda question: pytest.fail(f"asked: {question}")
    return actions


def listed(supple: Supple) -> list[str]:
    return [item.text(0).split("\n")[0] for item in supple.window.routineList.routine_items()]


def tray_routines(supple: Supple) -> list[str]:
    assert supple.tray.menu is not None
    return [action.text() for action in supple.tray.menu.routines.actions()]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())} if folder.exists() else {}


def shared_file(tmp_path: Path, routine: dict[str, object] = PHYSIO) -> Path:
    return write_json(tmp_path / "shared" / "physio.json", user_file(routines=[routine]))


def dropped(urls: list[QUrl]) -> QMimeData:
    data = QMimeData()
    data.setUrls(urls)
    return data


def drag_enter(routine_list: RoutineList, data: QMimeData) -> bool:
    event = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(routine_list.viewport(), event)
    return event.isAccepted()


def drop(routine_list: RoutineList, data: QMimeData) -> None:
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(routine_list.viewport(), event)


def test_import_from_the_editor_adds_the_routine_to_the_list_and_the_tray(
    qtbot: QtBot, supple: Supple, sharing: SharingActions, problems: list[str], tmp_path: Path
) -> None:
    path = shared_file(tmp_path)
    sharing.choose_import = lambda: path
    supple.window.routineList.setFocus()
    qtbot.keyClick(supple.window.routineList, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = supple.routine_actions.editor
    assert editor is not None
    with qtbot.waitSignal(supple.catalogueChanged):
        editor.buttons["import"].click()
    assert "From my physio (yours)" in listed(supple)
    assert "From my physio" in tray_routines(supple)
    assert supple.window.routineList.selected_routine() == "physio"
    assert problems == []


def test_a_json_file_dropped_on_the_routine_list_is_imported(
    qtbot: QtBot, supple: Supple, sharing: SharingActions, tmp_path: Path
) -> None:
    routine_list = supple.window.routineList
    data = dropped([QUrl.fromLocalFile(str(shared_file(tmp_path)))])
    assert drag_enter(routine_list, data)
    with qtbot.waitSignal(supple.catalogueChanged):
        drop(routine_list, data)
    assert "From my physio (yours)" in listed(supple) and "From my physio" in tray_routines(supple)


@pytest.mark.parametrize("urls", [
    [QUrl("https://example.org/physio.json")],
    [QUrl.fromLocalFile("/tmp/picture.png")],
    [QUrl.fromLocalFile("/tmp/a.json"), QUrl.fromLocalFile("/tmp/b.txt")],
])
def test_only_local_json_files_may_be_dropped(supple: Supple, urls: list[QUrl]) -> None:
    assert not drag_enter(supple.window.routineList, dropped(urls))


def test_an_invalid_import_shows_file_place_and_problem_and_writes_nothing(
    supple: Supple, sharing: SharingActions, problems: list[str], tmp_path: Path, isolated_paths: Paths
) -> None:
    write_json(isolated_paths.user_catalogue_dir / "mine.json", user_file(routines=[]))
    before = snapshot(isolated_paths.user_catalogue_dir)
    bad = shared_file(tmp_path, {**PHYSIO, "steps": [{"stretch": "hamstring-wall", "hold_seconds": 90}]})
    assert sharing.import_file(bad) == []
    [problem] = problems
    assert f"{bad}: $.routines[0].steps[0].hold_seconds: 90 s is outside hamstring-wall's range" in problem
    assert snapshot(isolated_paths.user_catalogue_dir) == before
    assert "From my physio (yours)" not in listed(supple)


def test_a_clash_offers_a_new_id_and_accepted_imports_under_it(
    qtbot: QtBot, supple: Supple, sharing: SharingActions, tmp_path: Path, isolated_paths: Paths
) -> None:
    path = shared_file(tmp_path)
    with qtbot.waitSignal(supple.catalogueChanged):
        sharing.import_file(path)
    before = snapshot(isolated_paths.user_catalogue_dir)
    asked: list[str] = []
    sharing.ask = lambda question: asked.append(question) is None and False
    assert sharing.import_file(path) == []  # declined: nothing written
    assert snapshot(isolated_paths.user_catalogue_dir) == before
    sharing.ask = lambda question: asked.append(question) is None
    with qtbot.waitSignal(supple.catalogueChanged):
        assert sharing.import_file(path) == ["physio-2"]
    assert asked[0] == "A routine called 'physio' already exists. Import it as 'physio-2'?"
    assert supple.window.planner.known("physio-2") and supple.window.routineList.selected_routine() == "physio-2"
    assert listed(supple).count("From my physio (yours)") == 2


def test_export_from_the_list_writes_a_file_another_supple_imports(
    qtbot: QtBot, supple: Supple, sharing: SharingActions, problems: list[str], tmp_path: Path
) -> None:
    with qtbot.waitSignal(supple.catalogueChanged):
        sharing.import_file(shared_file(tmp_path))
    target = tmp_path / "out" / "physio.json"
    target.parent.mkdir()
    sharing.choose_export = lambda suggested: target if suggested == "physio.json" else None
    supple.window.routineList.select_routine("physio")
    supple.window.routineList.setFocus()
    qtbot.keyClick(supple.window.routineList, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert json.loads(target.read_text(encoding="utf-8"))["routines"][0]["id"] == "physio"
    assert problems == []
