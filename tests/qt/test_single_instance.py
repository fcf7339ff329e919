"""One instance: a second launch hands its arguments over; a crashed instance's socket is replaced."""

from __future__ import annotations

import getpass
import hashlib
import os
import signal
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from app.paths import APP_ID
from app.qt import single_instance
from app.qt.single_instance import MAX_MESSAGE, SingleInstance, decode, encode, instance_address, instance_name
from tests.helpers import REPO

ROUTINE = ["--routine", "desk-break", "--mini"]
ROUND_TRIP_MS = 10_000  # generous: two shared cores may be busy with other tests


@pytest.fixture
def name() -> str:
    """A fresh socket in the test's private runtime folder, so no test meets another's instance or
    the person's own Supple (a bare pipe name on Windows)."""
    fresh = f"supple-test-{uuid.uuid4().hex[:12]}"
    return str(Path(os.environ["SUPPLE_RUNTIME_DIR"]) / fresh) if os.name == "posix" else fresh


@pytest.fixture
def first(qtbot: QtBot, name: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(name)
    assert instance.listen()
    yield instance
    instance.close()


def _listening_process(name: str, *, keep_answering: bool) -> subprocess.Popen[str]:
    """Another Supple process listening on `name`; it says 'listening' once it does."""
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from app.qt.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        f"instance = SingleInstance({name!r})\n"
        "instance.argumentsReceived.connect(lambda a: (print(json.dumps(a), flush=True), app.quit()))\n"
        "print('listening' if instance.listen() else 'refused', flush=True)\n"
    )
    # a crashed instance stands for one that stopped running its event loop, then gets killed
    code += "sys.exit(app.exec())\n" if keep_answering else "sys.stdin.read()\n"
    process = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, text=True, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "listening", process.stderr.read() if process.stderr else ""
    return process


def test_a_second_instance_hands_over_its_arguments(qtbot: QtBot, first: SingleInstance, name: str) -> None:
    second = SingleInstance(name)
    with qtbot.waitSignal(first.argumentsReceived, timeout=ROUND_TRIP_MS) as received:
        assert second.try_hand_over(ROUTINE, timeout_ms=ROUND_TRIP_MS)
    assert received.args == [ROUTINE]
    assert not second.is_listening()


def test_arguments_reach_another_process(qtbot: QtBot, name: str) -> None:
    running = _listening_process(name, keep_answering=True)
    arguments = ["--routine", "lower-back-relief", "ünïcode ✓"]
    assert SingleInstance(name).try_hand_over(arguments, timeout_ms=ROUND_TRIP_MS)
    out, err = running.communicate(timeout=60)
    assert running.returncode == 0, err
    assert out.splitlines()[-1] == '["--routine", "lower-back-relief", "\\u00fcn\\u00efcode \\u2713"]'


def test_nobody_listening_means_no_hand_over(qtbot: QtBot, name: str) -> None:
    assert not SingleInstance(name).try_hand_over(ROUTINE)


def test_a_second_instance_cannot_listen_while_the_first_answers(first: SingleInstance, name: str) -> None:
    second = SingleInstance(name)
    assert not second.listen()
    assert first.is_listening()


def test_a_crashed_instance_does_not_block_the_next_start(qtbot: QtBot, name: str) -> None:
    crashed = _listening_process(name, keep_answering=False)
    crashed.send_signal(signal.SIGKILL)
    crashed.communicate(timeout=60)
    if os.name == "posix":
        assert _socket_path(name).exists(), "the killed process should have left its socket behind"
    restarted = SingleInstance(name)
    assert not restarted.try_hand_over(ROUTINE, timeout_ms=ROUND_TRIP_MS)
    assert restarted.listen()
    with qtbot.waitSignal(restarted.argumentsReceived, timeout=ROUND_TRIP_MS) as received:
        assert SingleInstance(name).try_hand_over(ROUTINE, timeout_ms=ROUND_TRIP_MS)
    assert received.args == [ROUTINE]
    restarted.close()


def test_a_server_that_never_acknowledges_is_not_trusted(qtbot: QtBot, name: str) -> None:
    half_dead = QLocalServer()
    assert half_dead.listen(name)
    # it accepts each connection and drops it, as a dying process would
    half_dead.newConnection.connect(lambda: half_dead.nextPendingConnection().abort())
    try:
        assert not SingleInstance(name).try_hand_over(ROUTINE, timeout_ms=ROUND_TRIP_MS)
        replacement = SingleInstance(name)
        assert replacement.listen()
        with qtbot.waitSignal(replacement.argumentsReceived, timeout=ROUND_TRIP_MS):
            assert SingleInstance(name).try_hand_over(ROUTINE, timeout_ms=ROUND_TRIP_MS)
        replacement.close()
    finally:
        half_dead.close()


def test_a_server_that_never_answers_is_given_up_on(qtbot: QtBot, name: str) -> None:
    hung = QLocalServer()  # listening, but nobody ever reads: the connection just waits
    assert hung.listen(name)
    try:
        assert not SingleInstance(name).try_hand_over(ROUTINE, timeout_ms=50)
    finally:
        hung.close()


@pytest.mark.parametrize("garbage", [
    b"\x00\x00\x00\x05hello",
    b"\x00\x00\x00\x02[]",
    (MAX_MESSAGE + 1).to_bytes(4, "big"),
    encode({"arguments": ["ok", 3]}),
    encode({"something": "else"}),
])
def test_garbage_is_dropped_and_the_next_launch_still_gets_through(
    qtbot: QtBot, first: SingleInstance, name: str, garbage: bytes
) -> None:
    stranger = QLocalSocket()
    stranger.connectToServer(name)
    assert stranger.state() == QLocalSocket.LocalSocketState.ConnectedState
    with qtbot.waitSignal(stranger.disconnected, timeout=ROUND_TRIP_MS), \
            qtbot.assertNotEmitted(first.argumentsReceived):
        stranger.write(garbage)
        stranger.flush()
    with qtbot.waitSignal(first.argumentsReceived, timeout=ROUND_TRIP_MS):
        assert SingleInstance(name).try_hand_over(ROUTINE, timeout_ms=ROUND_TRIP_MS)


def test_messages_are_length_prefixed_json() -> None:
    message = {"arguments": ["--routine", "desk-break"]}
    framed = encode(message)
    assert int.from_bytes(framed[:4], "big") == len(framed) - 4
    assert decode(framed) == message
    assert decode(framed[:-1]) is None
    assert decode(framed[:3]) is None


def test_the_name_is_per_data_folder(tmp_path: Path) -> None:
    plain = instance_name()
    assert plain.startswith(f"{APP_ID}-")
    assert instance_name(tmp_path / "a") != instance_name(tmp_path / "b")
    assert instance_name(tmp_path / "a").startswith(plain)


@pytest.mark.skipif(os.name != "posix", reason="Windows uses a named pipe, not a folder")
def test_the_socket_is_in_a_folder_only_we_may_enter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "run"  # not there yet: made for us
    monkeypatch.setenv("SUPPLE_RUNTIME_DIR", str(folder))
    address = Path(instance_address(tmp_path / "data"))
    assert address.parent == folder
    assert address.name == instance_name(tmp_path / "data")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="Windows uses a named pipe, not a folder")
def test_a_runtime_folder_we_cannot_trust_gives_a_private_one_of_our_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    squatted = tmp_path / "run"
    squatted.write_text("a file where our folder should be")
    monkeypatch.setenv("SUPPLE_RUNTIME_DIR", str(squatted))
    folder = Path(instance_address()).parent
    try:
        assert folder != squatted and stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert "cannot hold the socket" in caplog.text
    finally:
        folder.rmdir()


@pytest.mark.parametrize("has_uid", [True, False], ids=["by-user-id", "by-user-name"])
def test_two_people_on_one_machine_get_two_names(monkeypatch: pytest.MonkeyPatch, has_uid: bool) -> None:
    """Where there is no user id (Windows, whose pipe names are machine-wide), the user name
    keeps one person's launch from handing over to another person's Supple."""
    names = []
    for person in (1000, 1001):
        if has_uid:
            monkeypatch.setattr(os, "getuid", lambda person=person: person, raising=False)
        else:
            monkeypatch.delattr(os, "getuid", raising=False)
            monkeypatch.setattr(getpass, "getuser", lambda person=person: f"person{person}")
        names.append(instance_name())
    assert names[0] != names[1]
    assert all(name.startswith(f"{APP_ID}-") for name in names)


def _socket_path(name: str) -> Path:
    return Path(name)  # a full path: Qt puts the socket there


def test_the_name_digest_is_sha256_without_openssl() -> None:
    data = b"/tmp/some data dir"
    assert single_instance.sha256_hex(data) == hashlib.sha256(data).hexdigest()
