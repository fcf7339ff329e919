"""Check that the chimes really reach the sound system: python packaging/tools/sound_check.py

Plays every chime through the same sound worker the app uses and reports, for each, whether the
worker played it to the end. With PulseAudio's `parec` on the
PATH it also records the default sink's monitor meanwhile and prints the loudest recorded sample,
so a headless machine with a null sink can prove the sound is not silence. Real time, on purpose:
this is a manual check, not a test.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from array import array
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from app.audio.sounds import Sound, sounds_dir
from app.paths import default_paths
from app.qt.audio.sound_output import QtSoundOutput

RECORD_RATE = 22050
SETTLE_MS = 400
WAIT_MS = 5000  # longest wait for a chime to load or finish: under 1.5 s, plus the sound server's start


class Recorder:
    """parec on the default sink's monitor, collecting mono 16-bit samples in a thread."""

    def __init__(self) -> None:
        command = ["parec", "-d", "@DEFAULT_MONITOR@", "--format=s16le", "--channels=1", f"--rate={RECORD_RATE}"]
        self.data = bytearray()
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        while chunk := self._process.stdout.read(4096):
            self.data += chunk

    def close(self) -> None:
        self._process.terminate()
        self._process.wait()
        self._thread.join()

    def peak(self, start: int, end: int) -> float:
        """Loudest sample between two byte offsets, as a fraction of full scale."""
        window = bytes(self.data[start - start % 2 : end - end % 2])
        samples = array("h", window)
        return max((abs(s) for s in samples), default=0) / 32768


def _wait(until: Callable[[], bool], most_ms: int = WAIT_MS) -> bool:
    """Run the event loop until `until()` holds or `most_ms` pass."""
    loop, poll, deadline = QEventLoop(), QTimer(), QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if until() else None)
    # a timer object, not QTimer.singleShot: a stray single shot would quit a later wait early
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(most_ms)
    if not until():
        loop.exec()
    poll.stop()
    deadline.stop()
    return until()


def _check(output: QtSoundOutput, sound: Sound, recorder: Recorder | None) -> bool:
    start = len(recorder.data) if recorder else 0
    began = time.monotonic()
    output.play(sound)
    played = _wait(lambda: not output.busy)
    seconds = time.monotonic() - began
    _wait(lambda: False, SETTLE_MS)  # let the recording catch up, and keep the next chime apart
    heard = ""
    if recorder is not None:
        heard = f", loudest recorded sample {recorder.peak(start, len(recorder.data)):.2f} of full scale"
    print(f"{sound.value:>13}: played {played and not output.reason} in {seconds:.2f} s{heard}")
    return played and not output.reason


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    output = QtSoundOutput(sounds_dir(default_paths().assets), app)
    output.prepare()
    _wait(lambda: output.worker.ready or bool(output.reason))
    if output.reason or not output.worker.ready:
        print(output.reason or "Chimes are off: the sound worker did not start.")
        output.close()
        return 1
    output.set_volume(100)
    recorder = Recorder() if shutil.which("parec") else None
    try:
        played = [_check(output, sound, recorder) for sound in Sound]
    finally:
        if recorder is not None:
            recorder.close()
        output.close()
    print(f"{sum(played)} of {len(played)} chimes played")
    return 0 if all(played) else 1


if __name__ == "__main__":
    raise SystemExit(main())
