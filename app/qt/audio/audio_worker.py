"""The sound and speech workers: small child processes that own the audio outputs.

    python -m app.qt.audio.audio_worker sound --sounds DIR
    python -m app.qt.audio.audio_worker speech [--engine NAME] [--language LOCALE]

Supple's window never touches QtMultimedia or QtTextToSpeech itself. Each worker runs its own Qt
event loop, reads commands from stdin and reports on stdout (app.audio.wire), so a sound server
that floods, or a speech engine that blocks forever inside its library, can stall only the worker;
the window's watchdog (app.qt.audio.audio_process) then kills it and carries on without it. A worker
quits when stdin closes, and on Linux the kernel ends it with Supple even when a blocked engine
keeps it from reading (parent_watch.py), so it never outlives Supple.

This module is the program: it starts the one worker asked for. The pipe's handling both share is
worker_channel.py's; sound_worker.py plays the chimes and speech_worker.py says the lines.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from app.language import SOURCE
from app.qt import translation
from app.qt.audio.parent_watch import die_with_parent
from app.qt.audio.sound_worker import SoundWorker
from app.qt.audio.speech_worker import SpeechWorker
from app.qt.audio.worker_channel import Worker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.qt.audio.audio_worker")
    parser.add_argument("role", choices=["sound", "speech"])
    parser.add_argument("--sounds", type=Path, help="the folder of chime WAVs (sound)")
    parser.add_argument("--engine", help="a QTextToSpeech engine name (speech)")
    parser.add_argument("--language", default="en_US", help="Supple's language, which the voice speaks (speech)")
    parser.add_argument("--words", default=SOURCE, help="app.language's code for the reasons it sends back")
    args = parser.parse_args(argv)
    die_with_parent()  # even a worker whose engine blocks its main thread never outlives Supple
    app = QCoreApplication(sys.argv[:1])
    translation.install(args.words)  # a failure is told in the person's language
    if args.role == "sound":
        if args.sounds is None:
            parser.error("sound needs --sounds")
        worker: Worker = SoundWorker(app, args.sounds)
    else:
        worker = SpeechWorker(app, args.engine, QLocale(args.language))
    worker.run()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
