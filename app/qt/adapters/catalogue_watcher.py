"""The person's catalogue folder, watched: a hand edit reaches every part that offers routines
without a restart, through the same reload as the app's own saves.

QFileSystemWatcher tells of the folder (a file added, removed or replaced) and of each file (changed
in place). An editor that saves atomically replaces the file, and the watcher then forgets it, so
every change re-adds the paths. Editors write in bursts (truncate, write, rename, a backup): the
reload waits until the folder has been quiet for DEBOUNCE_MS. A folder that does not exist yet is
watched through its parent, so the first file made in it is seen too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.catalogue import user_catalogue_files

DEBOUNCE_MS = 400


class CatalogueWatcher(QObject):
    edited = Signal()  # the folder or one of its files changed, and has since been quiet

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.watcher = QFileSystemWatcher(self)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(DEBOUNCE_MS)
        self.watcher.directoryChanged.connect(self._touched)
        self.watcher.fileChanged.connect(self._touched)
        self.quiet.timeout.connect(self.settle)
        self.watch()

    def watched(self) -> set[str]:
        return set(self.watcher.files()) | set(self.watcher.directories())

    def watch(self) -> None:
        """Watch the folder and each of its files, adding what is new or was replaced."""
        if self.folder.is_dir():
            wanted = [str(self.folder), *(str(path) for path in user_catalogue_files(self.folder))]
            if str(self.folder.parent) in self.watcher.directories():  # it was waiting for the folder
                self.watcher.removePath(str(self.folder.parent))
        else:
            wanted = [str(self.folder.parent)] if self.folder.parent.is_dir() else []
        missing = [path for path in wanted if path not in self.watched()]
        if missing:
            self.watcher.addPaths(missing)  # a path that vanished meanwhile is simply not added

    def _touched(self, _path: str) -> None:
        self.watch()
        self.quiet.start()  # (re)started: the reload waits for the burst to end

    def settle(self) -> None:
        """The folder has been quiet: say so (tests call it instead of waiting for the timer)."""
        self.quiet.stop()
        self.watch()
        self.edited.emit()
