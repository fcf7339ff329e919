"""One audio worker as the window sees it: a child process fed over a pipe, and its watchdog.

Nothing here can block the GUI thread: QProcess writes and reads without waiting, and the
watchdog only compares times. A worker that does not start, stops answering, does not begin a cue
within about two seconds, floods its error output or dies is killed (never waited on) and
reported once through `failed`; Supple then goes on without it until `restart()`.

Before giving up, a worker gets one fresh start (at most once a minute): a real speech engine now
and then drops a short line and never begins it, and one lost "Inhale." must not cost the voice
for the rest of the routine. Only a worker that fails again soon after is given up on.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from app.audio.wire import WORKER_OPTION, LineReader, Message, encode

log = logging.getLogger(__name__)

START_SECONDS = 8.0  # Python, Qt and a speech engine's first connection, on a slow machine
ANSWER_SECONDS = 2.0  # a command not handled by then means the worker's loop is blocked
CUE_SECONDS = 2.0  # a cue not begun by then means the engine is stuck
WATCH_MS = 250
REAP_MS = 300
STALE_SECONDS = 3.0  # a cue held back longer than this, while a worker started, is dropped
RECOVERY_SECONDS = 60.0  # one fresh start per minute; a second failure within it is final
FLOOD_BYTES = 256 * 1024  # of error output: a worker printing this much is not going to recover


def worker_command(role: str, *arguments: str) -> list[str]:
    """A frozen bundle has no interpreter to give `-m`: its own program runs the worker instead."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_OPTION, role, *arguments]
    return [sys.executable, "-m", "app.qt.audio.audio_worker", role, *arguments]


class AudioProcess(QObject):
    received = Signal(dict)  # every message from the worker but acknowledgements
    failed = Signal(str)  # why the worker was given up on
    restarted = Signal(str)  # why it was started afresh: whatever was in flight is lost

    def __init__(
        self,
        name: str,
        command: Sequence[str],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        *,
        recover: bool = True,
    ) -> None:
        """`recover`: start the worker afresh once before giving up on it (off in watchdog tests)."""
        super().__init__(parent)
        self.name = name  # "sound" or "speech", for the log
        self.command = list(command)
        self._clock = clock
        self._process: QProcess | None = None
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check)
        self._reset()
        self.trouble = ""  # why it was given up on; "" while it works
        self._recover = recover
        self._recovered_at: float | None = None

    def _reset(self) -> None:
        self._reader = LineReader()
        self._errors = bytearray()
        self._error_bytes = 0
        self._seq = 0
        self._launched_at: float | None = None
        self.ready_at: float | None = None
        self._unanswered: dict[int, float] = {}  # seq -> when sent
        self._waiting_since: float | None = None  # oldest cue sent since the last one began
        self._early: list[tuple[Message, bool, float]] = []  # sent before the worker was ready

    # -- life ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None

    @property
    def ready(self) -> bool:
        return self.ready_at is not None

    def start(self) -> None:
        """Launch the worker unless it runs, or was given up on (see restart)."""
        if self._process is not None or self.trouble:
            return
        self._reset()
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONUNBUFFERED", "1")
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._read_output)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._process_error)
        self._process = process
        self._launched_at = self._clock()
        process.start(self.command[0], self.command[1:])
        self._watch.start()

    def restart(self) -> None:
        """Try again after a failure: a new worker, from scratch, with its fresh start in hand again."""
        self.shutdown()
        self.trouble = ""
        self._recovered_at = None
        self.start()

    def shutdown(self) -> None:
        """End the worker now. It is killed, not asked: a hung engine must never hold up a quit."""
        self._watch.stop()
        process, self._process = self._process, None
        if process is None:
            return
        process.finished.disconnect(self._ended)
        process.errorOccurred.disconnect(self._process_error)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            # SIGKILL cannot be refused: this only reaps the process, it never waits on the engine
            process.waitForFinished(REAP_MS)
        process.deleteLater()

    # -- talking -------------------------------------------------------------------------------

    def send(self, message: Message, *, cue: bool = False) -> None:
        """Hand `message` over; `cue`: it starts something the person should hear soon.

        Until the worker is ready, messages wait here, so the settings it is given when it says
        ready (voice, volume) come before them: a first line must not be spoken at full volume."""
        if self.trouble:
            return
        self.start()
        if self.ready_at is None:
            self._early.append((message, cue, self._clock()))
            return
        self._write(message, cue)

    def _write(self, message: Message, cue: bool) -> None:
        assert self._process is not None
        self._seq += 1
        now = self._clock()
        self._unanswered[self._seq] = now
        if cue and self._waiting_since is None:
            self._waiting_since = now
        self._process.write(encode({**message, "seq": self._seq}))
        self._watch.start()

    def _read_output(self) -> None:
        if self._process is None:
            return
        for message in self._reader.feed(bytes(self._process.readAllStandardOutput().data())):
            self._take(message)

    def _take(self, message: Message) -> None:
        event = message.get("ev")
        if event == "ack":
            self._unanswered.pop(message.get("seq", -1), None)
            return
        if event == "ready":
            self.ready_at = self._clock()
        elif event in ("started", "done"):  # begun, or settled without sound: either way not stuck
            self._waiting_since = None
        self.received.emit(message)
        if event == "ready":
            self._flush_early()

    def _flush_early(self) -> None:
        """What was sent before the worker was ready, after its settings; a cue that waited too
        long to mean anything now ("Halfway" five seconds late) is settled as done, not played."""
        early, self._early = self._early, []
        now = self._clock()
        for message, cue, at in early:
            if cue and now - at > STALE_SECONDS:
                self.received.emit({"ev": "done", "id": message.get("id")})
            elif self._process is not None:
                self._write(message, cue)

    def _read_errors(self) -> None:
        if self._process is None:
            return
        data = bytes(self._process.readAllStandardError().data())
        self._error_bytes += len(data)
        self._errors = (self._errors + data)[-4096:]
        if self._error_bytes > FLOOD_BYTES:
            self._give_up("it flooded its error output")

    def errors(self) -> str:
        """The last of what the worker printed on its error output, for the log."""
        return self._errors.decode(errors="replace")

    # -- the watchdog --------------------------------------------------------------------------

    def check(self) -> None:
        """Give up on a worker that is late: not started, not answering, or not beginning a cue."""
        if self._process is None:
            self._watch.stop()
            return
        now = self._clock()
        if self.ready_at is None:
            assert self._launched_at is not None
            if now - self._launched_at > START_SECONDS:
                self._give_up(f"it did not start within {START_SECONDS:.0f} seconds")
            return
        # nothing is written before the worker is ready (see send), so these times count from then
        oldest = min(self._unanswered.values(), default=now)
        if now - oldest > ANSWER_SECONDS:
            self._give_up(f"it stopped answering for more than {ANSWER_SECONDS:.0f} seconds")
        elif self._waiting_since is not None and now - self._waiting_since > CUE_SECONDS:
            self._give_up(f"a cue did not begin within {CUE_SECONDS:.0f} seconds")
        elif not self._unanswered and self._waiting_since is None:
            self._watch.stop()  # nothing outstanding: no wake-ups while all is quiet

    @property
    def outstanding(self) -> bool:
        """Something was sent that the worker has not yet handled or begun."""
        waiting = bool(self._unanswered) or self._waiting_since is not None or bool(self._early)
        return self._process is not None and waiting

    def _give_up(self, why: str) -> None:
        if self.trouble:
            return
        errors = self.errors().strip().splitlines()[-3:]
        said = f" (it said: {' | '.join(errors)})" if errors else ""
        now = self._clock()
        if self._recover and (self._recovered_at is None or now - self._recovered_at > RECOVERY_SECONDS):
            log.info("%s worker: %s; starting it afresh%s", self.name, why, said)
            self._recovered_at = now
            self.shutdown()
            self.start()
            self.restarted.emit(why)
            return
        self.trouble = why
        log.warning("%s worker: %s%s", self.name, why, said)
        self.shutdown()
        self.failed.emit(why)

    def _ended(self, code: int, status: Any) -> None:
        self._give_up(f"it stopped unexpectedly (exit code {code})")

    def _process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._give_up(f"it could not be started ({self.command[0]})")
