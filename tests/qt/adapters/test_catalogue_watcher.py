"""The person's catalogue folder watched: a change in place and an atomic replace are both seen,
the replaced file is watched again, bursts become one `edited`, and a folder made later is found."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.qt.adapters.catalogue_watcher import CatalogueWatcher

SEEN_MS = 2000  # the bound on the operating system's notice of a real change (it comes in milliseconds)


def replace_atomically(path: Path, text: str) -> None:
    """As editors and Supple save: a new file renamed over the old one."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def test_an_atomic_replace_is_seen_and_the_new_file_is_watched_again(qtbot: QtBot, tmp_path: Path) -> None:
    mine = tmp_path / "catalogue" / "mine.json"
    mine.parent.mkdir()
    mine.write_text("{}", encoding="utf-8")
    watcher = CatalogueWatcher(mine.parent)
    assert watcher.watched() == {str(mine.parent), str(mine)}
    with qtbot.waitSignal(watcher.watcher.directoryChanged, timeout=SEEN_MS):
        replace_atomically(mine, '{"format": 1}')
    assert watcher.quiet.isActive()  # waiting for the burst to end
    with qtbot.waitSignal(watcher.edited, timeout=1000):
        watcher.settle()
    assert str(mine) in watcher.watched()
    with qtbot.waitSignal(watcher.watcher.fileChanged, timeout=SEEN_MS):  # the new file, in place
        mine.write_text('{"format": 1, "routines": []}', encoding="utf-8")


def test_a_burst_of_changes_is_one_edit(qtbot: QtBot, tmp_path: Path) -> None:
    watcher = CatalogueWatcher(tmp_path)
    edits: list[None] = []
    watcher.edited.connect(lambda: edits.append(None))
    for _ in range(3):
        watcher.watcher.directoryChanged.emit(str(tmp_path))
    assert watcher.quiet.isActive() and edits == []
    watcher.settle()
    assert edits == [None] and not watcher.quiet.isActive()


def test_a_folder_made_later_is_watched_through_its_parent(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "catalogue"
    watcher = CatalogueWatcher(folder)
    assert watcher.watched() == {str(tmp_path)}
    with qtbot.waitSignal(watcher.watcher.directoryChanged, timeout=SEEN_MS):
        folder.mkdir()
        (folder / "mine.json").write_text("{}", encoding="utf-8")
    watcher.settle()
    assert watcher.watched() == {str(folder), str(folder / "mine.json")}
