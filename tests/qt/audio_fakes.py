"""Stand-in worker programs for the audio watchdog tests: each misbehaves in one way, in real
processes, so the watchdog is tested against real pipes. Each exits when its stdin closes."""

from __future__ import annotations

import sys

_PRELUDE = "import json, sys\nsend = lambda **m: (sys.stdout.write(json.dumps(m) + '\\n'), sys.stdout.flush())\n"


def program(body: str) -> list[str]:
    return [sys.executable, "-c", _PRELUDE + body]


# never says anything: a worker stuck while starting (a speech engine blocked in its constructor)
SILENT = program("sys.stdin.read()")
# starts, then hangs on its first command (libspeechd blocked in say() with no sound server)
HANGS_ON_FIRST_COMMAND = program("send(ev='ready', reason='')\nsys.stdin.readline()\nsys.stdin.read()")
# answers every command but never begins a cue (an engine that accepts lines and never speaks)
NEVER_BEGINS = program(
    "send(ev='ready', reason='')\n"
    "for line in sys.stdin:\n"
    "    send(ev='ack', seq=json.loads(line)['seq'])\n"
)
# does what it is told
HEALTHY = program(
    "send(ev='ready', reason='', voices=['Anne'], all_voices=['Anne', 'Bob'])\n"
    "for line in sys.stdin:\n"
    "    m = json.loads(line)\n"
    "    if m['op'] in ('play', 'say'):\n"
    "        send(ev='started', id=m['id'])\n"
    "        send(ev='done', id=m['id'])\n"
    "        send(ev='quiet')\n"
    "    send(ev='ack', seq=m['seq'])\n"
)
# fills its error output, as Qt's QSocketNotifier flood did
FLOODS = program(
    "send(ev='ready', reason='')\nwhile True:\n    sys.stderr.write('QSocketNotifier: Invalid socket 30\\n' * 100)"
)
# dies after starting
CRASHES = program("send(ev='ready', reason='')\nsys.exit(3)")
# tells back every command it got, in order
ECHO = program(
    "send(ev='ready', reason='')\n"
    "for line in sys.stdin:\n"
    "    m = json.loads(line)\n"
    "    send(ev='got', op=m['op'])\n"
    "    send(ev='ack', seq=m['seq'])\n"
)
