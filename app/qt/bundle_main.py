"""The program of a frozen bundle (PyInstaller): `supple` itself, and its audio workers.

An installed Supple starts each audio worker as `python -m app.qt.audio.audio_worker`; a bundle has
no interpreter to ask, so the window starts the bundle's own executable again with WORKER_OPTION
first (audio_process.worker_command), and this program tells the two apart. Both branches import
late, so `supple routines` loads no Qt and a worker loads no window.
"""

from __future__ import annotations

import sys

from app.audio.wire import WORKER_OPTION


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == [WORKER_OPTION]:
        from app.qt.audio import audio_worker  # noqa: PLC0415 - a worker needs no window

        return audio_worker.main(arguments[1:])
    from app import cli  # noqa: PLC0415 - nor the window a worker

    return cli.main(arguments)
