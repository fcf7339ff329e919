"""Every way a history file can be unusable: history runs on (working or off), a file Supple does
not own is left byte for byte with no -wal or -shm beside it, and the message names the real cause."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import i18n
from app.catalogue import Catalogue
from app.history import DisabledHistory, HistoryError, HistoryStore
from app.history.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from tests.helpers import REPO
from tests.history.builders import ENDED, completed, plan_for

NAME = "history.sqlite3"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def _off(path: Path) -> DisabledHistory:
    opened = HistoryStore.open(path, timeout=0)
    assert isinstance(opened, DisabledHistory), opened
    assert str(path) in opened.problem
    return opened


def _left_alone(path: Path, cause: str) -> None:
    """Opening `path` turns history off for `cause` and changes nothing in its folder."""
    before = _snapshot(path.parent)
    assert cause in _off(path).reason
    assert _snapshot(path.parent) == before


def _supple_file(path: Path, catalogue: Catalogue, sessions: int = 3) -> None:
    store = HistoryStore.open(path, timeout=0)
    assert isinstance(store, HistoryStore), store
    plan = plan_for(catalogue, "desk-break")
    result = completed(plan)
    for _ in range(sessions):
        store.finish(store.begin(plan, ENDED), result, plan, ENDED)
    store.close()


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


# -- damaged --------------------------------------------------------------------------------


def test_garbage_bytes_are_called_damaged_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / NAME).write_bytes(b"my own notes, nothing to do with Supple\n" * 200)
    _left_alone(tmp_path / NAME, "damaged")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_where_the_history_belongs_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / NAME)  # opened as before, the start would wait until something wrote to it
    assert "not an ordinary file" in _off(tmp_path / NAME).reason
    assert (tmp_path / NAME).is_fifo()


def test_a_truncated_history_is_called_damaged_and_left_alone(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / NAME
    _supple_file(path, catalogue, sessions=40)
    data = path.read_bytes()
    assert len(data) > 3 * 4096
    path.write_bytes(data[: len(data) // 2 + 100])
    _left_alone(path, "damaged")


# -- foreign --------------------------------------------------------------------------------


def test_another_programs_database_gets_no_supple_tables(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _sql(path, "CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('soup')")
    _left_alone(path, "another program's database")


def test_another_programs_database_in_wal_mode_gets_no_wal_files(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _sql(path, "PRAGMA journal_mode = WAL", "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('hi')")
    assert sorted(_snapshot(tmp_path)) == [NAME]
    _left_alone(path, "another program's database")


def test_a_database_marked_by_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _sql(path, "PRAGMA application_id = 1234", "CREATE TABLE sessions (id)", "PRAGMA user_version = 3")
    _left_alone(path, "another program's database")


# -- newer ----------------------------------------------------------------------------------


def test_a_history_made_by_a_newer_supple_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _sql(path, f"PRAGMA application_id = {APPLICATION_ID}", "CREATE TABLE sessions_v9 (id)",
         f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    _left_alone(path, "made by a newer Supple")


# -- ours: marked at creation, and old files are marked without losing anything --------------


def _application_id(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("PRAGMA application_id").fetchone()[0])


def test_a_new_history_is_marked_as_supples(tmp_path: Path, catalogue: Catalogue) -> None:
    _supple_file(tmp_path / NAME, catalogue, sessions=1)
    assert _application_id(tmp_path / NAME) == APPLICATION_ID


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_an_unmarked_history_from_an_older_supple_is_kept_and_marked(tmp_path: Path, version: int) -> None:
    path = tmp_path / NAME
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=version)
    connection.execute("PRAGMA application_id = 0")  # as Supple left its files before the mark
    connection.execute(
        "INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, outcome, active_seconds,"
        " stretched_seconds) VALUES ('desk-break', 'Desk break', 1e9, 1e9, 'complete', 60, 50)"
    )
    connection.close()
    store = HistoryStore.open(path, timeout=0)
    assert isinstance(store, HistoryStore), store
    assert store.session_count() == 1
    store.close()
    assert _application_id(path) == APPLICATION_ID


# -- read-only ------------------------------------------------------------------------------


def _open_without_override(path: Path) -> str:
    """Open `path` in a child process that cannot write past file modes (root here drops its
    right to override them); the problem it reports."""
    command = [sys.executable, "-c",
               "import sys; from pathlib import Path; from app.history import HistoryStore;"
               "print(HistoryStore.open(Path(sys.argv[1]), timeout=0).problem)", str(path)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root here, and no setpriv to give up overriding file modes")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--", *command]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_read_only_file_is_called_read_only_and_left_alone(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / NAME
    _supple_file(path, catalogue)
    path.chmod(0o444)
    before = _snapshot(tmp_path)
    problem = _open_without_override(path)
    assert "read-only" in problem and "damaged" not in problem
    assert _snapshot(tmp_path) == before


def test_a_file_in_a_read_only_folder_is_called_read_only(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / NAME
    _supple_file(path, catalogue)
    path.chmod(0o666)  # the file could be written; the folder, where SQLite keeps its journal, cannot
    tmp_path.chmod(0o555)
    before = _snapshot(tmp_path)
    problem = _open_without_override(path)
    assert "read-only" in problem and "damaged" not in problem
    assert _snapshot(tmp_path) == before


def test_an_immutable_file_is_called_read_only(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / NAME
    _supple_file(path, catalogue)
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode != 0:
        pytest.skip("chattr +i is not allowed here")
    try:
        _left_alone(path, "read-only")
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


# -- a full disk ----------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs of its own (root only; skipped where mounting is not allowed)."""
    point = tmp_path / "tiny"
    point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(point)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "--lazy", str(point)], check=True)  # lazy: even if a test left a file open


def _fill(folder: Path) -> None:
    """Take every free block of the disk `folder` is on (unbuffered, so nothing is left to flush)."""
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _keep_sessions_until_full(store: HistoryStore, catalogue: Catalogue) -> HistoryError:
    plan = plan_for(catalogue, "lower-back-relief")
    result = completed(plan)
    for _ in range(10_000):
        try:
            store.finish(store.begin(plan, ENDED), result, plan, ENDED)
        except HistoryError as error:
            return error
    raise AssertionError("the history never filled up")


def test_a_disk_that_fills_up_mid_session_is_said_so(tiny_disk: Path, catalogue: Catalogue) -> None:
    store = HistoryStore.open(tiny_disk / NAME, timeout=0)
    assert isinstance(store, HistoryStore), store
    _fill(tiny_disk)
    message = str(_keep_sessions_until_full(store, catalogue))
    store.close()
    assert "the disk is full" in message
    assert "rollback" not in message


def test_a_full_disk_at_open_is_said_so_and_the_file_left_alone(
    tiny_disk: Path, catalogue: Catalogue, tmp_path: Path
) -> None:
    # an older Supple's file, which opening would migrate: there is no room for that
    old = tmp_path / NAME
    connection = sqlite3.connect(old, isolation_level=None)
    migrate(connection, target=1)
    connection.close()
    path = tiny_disk / NAME
    shutil.copyfile(old, path)
    _fill(tiny_disk)
    _left_alone(path, "the disk is full")


def test_a_full_disk_for_a_new_history_is_said_so_and_leaves_no_file(tiny_disk: Path) -> None:
    _fill(tiny_disk)
    before = _snapshot(tiny_disk)
    assert "the disk is full" in _off(tiny_disk / NAME).reason
    assert _snapshot(tiny_disk) == before


def _cap_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, no connection opened for writing may grow its file: a full disk, anywhere."""
    real_connect = sqlite3.connect

    def capped(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = real_connect(database, *args, **kwargs)
        if "immutable" not in str(database):
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return connection

    monkeypatch.setattr(sqlite3, "connect", capped)


def test_a_full_history_mid_session_says_the_disk_is_full(tmp_path: Path, catalogue: Catalogue) -> None:
    store = HistoryStore.open(tmp_path / NAME, timeout=0)
    assert isinstance(store, HistoryStore), store
    connection = store._connection  # the test's own disk limit, on the store's connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    message = str(_keep_sessions_until_full(store, catalogue))
    assert "the disk is full" in message
    assert "rollback" not in message
    assert store.session_count() > 0  # what was kept before the disk filled can still be read
    store.close()


def test_no_room_at_open_says_the_disk_is_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / NAME
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=1)  # an older Supple's file, which opening would migrate
    connection.close()
    _cap_pages(monkeypatch)
    _left_alone(path, "the disk is full")


# -- in the person's language ------------------------------------------------------------------


@pytest.mark.parametrize("contents", [b"my own notes\n" * 200, None])
def test_why_history_is_off_is_said_through_the_translation(tmp_path: Path, contents: bytes | None) -> None:
    """The reason goes through the seam, so a German reader is not told it in English; the
    system's own words (in brackets) are passed through as they are."""
    path = tmp_path / NAME
    if contents is None:
        path.mkdir()  # a folder where the file belongs
    else:
        path.write_bytes(contents)
    asked: list[str] = []

    def backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
        asked.append(source)
        return f"<{source}>"

    i18n.install(backend, language="de")
    reason = _off(path).reason
    assert reason.startswith("<is ") and reason.endswith(">"), reason
    assert asked[0].startswith("is ")  # then _off reads .problem, its sentence also translated
