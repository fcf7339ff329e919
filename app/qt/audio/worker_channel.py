"""A worker process's end of the pipe to Supple: commands in on stdin, reports out on stdout.

Both audio workers (sound_worker.py, speech_worker.py) are a Worker: every command is one JSON
line (app.audio.wire) handled on the worker's own Qt event loop and acknowledged once handled, so
the window's watchdog (app.qt.audio.audio_process) can tell a busy worker from a blocked one.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from app.audio.wire import LineReader, Message, encode


class Channel(QObject):
    """Commands from stdin, read on a plain thread and delivered to the worker's event loop."""

    received = Signal(dict)
    closed = Signal()

    def start(self) -> None:
        threading.Thread(target=self._read, name="stdin", daemon=True).start()

    def _read(self) -> None:
        reader = LineReader()
        stream = sys.stdin.buffer
        while chunk := stream.readline():
            for message in reader.feed(chunk):
                self.received.emit(message)
        self.closed.emit()


def send(**message: Any) -> None:
    sys.stdout.buffer.write(encode(message))
    sys.stdout.buffer.flush()


class Worker(QObject):
    """What both workers share: commands in, an acknowledgement for each once it is handled."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.channel = Channel(self)
        self.channel.received.connect(self._handle, Qt.ConnectionType.QueuedConnection)
        self.channel.closed.connect(app.quit, Qt.ConnectionType.QueuedConnection)

    def run(self) -> None:
        send(ev="ready", **self.start())
        self.channel.start()

    def start(self) -> dict[str, Any]:
        raise NotImplementedError

    @Slot(dict)
    def _handle(self, message: Message) -> None:
        handler = getattr(self, f"do_{message.get('op')}", None)
        if handler is not None:
            try:
                handler(message)
            except (KeyError, TypeError, ValueError) as error:  # a malformed command, not a crash
                send(ev="error", detail=f"{message.get('op')}: {error}")
        send(ev="ack", seq=message.get("seq"))
