"""What the chimes and the voice share on the window's side: a worker process, the reason it is
silent, and telling whoever listens when that reason changes or the worker fails."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from app.audio.wire import Message
from app.qt.audio.audio_process import AudioProcess


class WorkerOutput(QObject):
    FAILED = "{why}"  # the reason once the worker was given up on, worded by each output (marked for translation)

    def __init__(self, name: str, command: Sequence[str], clock: Callable[[], float], parent: QObject | None) -> None:
        super().__init__(parent)
        self.worker = AudioProcess(name, command, clock, self)
        self.worker.received.connect(self._take)
        self.worker.failed.connect(self._failed)
        self.worker.restarted.connect(self._restarted)
        self._reason = ""
        self._next_id = 0
        self._trouble: list[Callable[[str], None]] = []
        self._changed: list[Callable[[], None]] = []

    @property
    def reason(self) -> str:
        return self._reason

    def prepare(self) -> None:
        self.worker.start()

    def close(self) -> None:
        self.worker.shutdown()

    def on_change(self, callback: Callable[[], None]) -> None:
        self._changed.append(callback)

    def on_trouble(self, callback: Callable[[str], None]) -> None:
        self._trouble.append(callback)

    def retry(self) -> None:
        if self.worker.trouble:
            self._reason = ""
            self._forget()
            self.worker.restart()

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    # -- for the outputs ---------------------------------------------------------------------

    def _take(self, message: Message) -> None:
        raise NotImplementedError

    def _forget(self) -> None:
        """Drop what was in flight: it went with the old worker."""

    def _restarted(self, why: str) -> None:
        self._forget()

    def _failed(self, why: str) -> None:
        self._reason = QCoreApplication.translate("WorkerOutput", self.FAILED).format(why=why)
        self._forget()
        for callback in self._trouble:
            callback(self._reason)
        self._tell_changed()

    def _tell_changed(self) -> None:
        for callback in self._changed:
            callback()
