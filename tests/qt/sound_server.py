"""A private PulseAudio server with a null sink, for tests that play through the real outputs.

Started in its own runtime folder, so it never meets a person's sound server; stopped by its process
id afterwards, together with the speech-dispatcher a speech worker may have started under it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

START_SECONDS = 15.0


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError, ValueError, IndexError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def stop_speech_dispatcher(runtime: Path) -> None:
    """The speech-dispatcher a speech worker started under `runtime`, and its output modules,
    killed by process id (it does not always act on SIGTERM)."""
    for pid_file in runtime.rglob("speech-dispatcher.pid"):
        with suppress(OSError, ValueError):
            pid = int(pid_file.read_text().split()[0])
            for each in [*_children(pid), pid]:
                with suppress(ProcessLookupError, PermissionError):
                    os.kill(each, signal.SIGKILL)


@contextmanager
def null_sink(runtime: Path) -> Iterator[dict[str, str]]:
    """Run a PulseAudio null sink in `runtime`; yields the environment that reaches it."""
    pulseaudio = shutil.which("pulseaudio")
    if pulseaudio is None:
        raise RuntimeError("pulseaudio is not installed (.ci/run installs it)")
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    socket = runtime / "pulse" / "native"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_SERVER": f"unix:{socket}", "LC_ALL": "C.UTF-8"}
    command = [
        pulseaudio, "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "-n", "--log-target=stderr",
        "--load=module-null-sink sink_name=supple_test", "--load=module-native-protocol-unix",
        "--load=module-always-sink",
    ]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + START_SECONDS
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                errors = server.stderr.read().decode(errors="replace")[-600:] if server.stderr else ""
                raise RuntimeError(f"the test sound server did not start: {errors}")
            time.sleep(0.05)  # waiting for a server process to start, not for test time to pass
        subprocess.run(["pactl", "set-default-sink", "supple_test"], env=env, timeout=10, check=False)
        yield env
    finally:
        stop_speech_dispatcher(runtime)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stderr is not None:
            server.stderr.close()
