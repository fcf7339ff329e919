"""The real build: `packaging/build.py linux` and `deb`, then the bundle run from a folder outside the
checkout with no Python on its PATH, and the package installed into a throwaway root and removed.

Slow (a PyInstaller build, about a minute each, and the venv it needs the first time): skipped
unless SUPPLE_BUILD_BUNDLE=1, which .ci/run sets. SUPPLE_DPKG_INSTALL=1 also installs the package on
this very system with `dpkg -i` (as root, on a throwaway machine such as CI's) and removes it again.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from app import __version__
from app.desktop_entry import DESKTOP_FILE
from app.metainfo import METAINFO_FILE
from tests.dpkg_root import dpkg, empty_dpkg_root, installed_files
from tests.helpers import REPO
from tests.qt.sound_server import stop_speech_dispatcher

pytestmark = pytest.mark.skipif(os.environ.get("SUPPLE_BUILD_BUNDLE") != "1", reason="set SUPPLE_BUILD_BUNDLE=1")

BUILD_TIMEOUT = 1200  # seconds: a first build downloads PySide6 into build/venv
RUN_TIMEOUT = 120


def build(target: str) -> Path:
    done = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), target],
                          capture_output=True, text=True, check=False, timeout=BUILD_TIMEOUT)
    assert done.returncode == 0, done.stderr[-4000:]
    path = Path(done.stdout.splitlines()[-1])  # the path it wrote, printed last
    assert path.is_file()
    return path


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball, unpacked in a temporary folder: its one top folder."""
    archive = build("linux")
    assert archive == REPO / "dist" / f"Supple-{__version__}-linux-x86_64.tar.gz"
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as stream:
        # extraction filters came in 3.11.4 (and 3.12); Debian 12's Python 3.11.2 lacks them, and
        # the archive is the one we have just built
        if hasattr(tarfile, "tar_filter"):
            stream.extractall(target, filter="tar")
        else:
            stream.extractall(target)
    (top,) = target.iterdir()
    return top


@pytest.fixture(scope="module")
def package() -> Path:
    path = build("deb")
    assert path == REPO / "dist" / f"supple_{__version__}_amd64.deb"
    return path


def bare_environment(home: Path, **extra: str) -> dict[str, str]:
    """No Python anywhere on the PATH, nothing of the checkout, a home of its own."""
    empty = home / "bin"
    empty.mkdir(parents=True, exist_ok=True)
    environment = {"PATH": str(empty), "HOME": str(home), "SUPPLE_CONFIG_DIR": str(home / "config"),
                   "SUPPLE_DATA_DIR": str(home / "data"), "SUPPLE_RUNTIME_DIR": str(home / "run"), **extra}
    assert shutil.which("python3", path=environment["PATH"]) is None
    return environment


def run(
    program: Path, *arguments: str, home: Path, stdin: bytes = b"", **extra: str
) -> subprocess.CompletedProcess[bytes]:
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        return subprocess.run([str(program), *arguments], input=stdin, capture_output=True, check=False,
                              timeout=RUN_TIMEOUT, cwd=home, env=bare_environment(home, **extra))
    finally:
        stop_speech_dispatcher(home)  # the speech worker starts one, which outlives it


def test_the_bundle_lies_outside_the_checkout(unpacked: Path) -> None:
    assert not unpacked.is_relative_to(REPO)
    assert unpacked.name == f"Supple-{__version__}"


def test_the_bundle_says_its_version_and_lists_the_routines(unpacked: Path, tmp_path: Path) -> None:
    done = run(unpacked / "supple", "--version", home=tmp_path)
    assert (done.returncode, done.stdout.decode().strip()) == (0, f"Supple {__version__}")
    done = run(unpacked / "supple", "routines", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "lower-back-relief" in done.stdout.decode()
    assert "desk-break" in done.stdout.decode()


def test_the_bundle_runs_a_routine_to_its_end(unpacked: Path, tmp_path: Path) -> None:
    done = run(unpacked / "supple", "--routine", "desk-break", "--speed", "1000", "--exit-when-done",
               home=tmp_path, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-4000:]
    assert b"Traceback" not in done.stderr


def test_the_bundle_is_its_own_sound_worker(unpacked: Path, tmp_path: Path) -> None:
    sounds = unpacked / "_internal" / "app" / "assets" / "sounds"
    assert (sounds / "hold.wav").is_file()
    play = json.dumps({"op": "play", "id": 7, "sound": "hold", "seq": 1}).encode() + b"\n"
    done = run(unpacked / "supple", "--audio-worker", "sound", "--sounds", str(sounds), home=tmp_path, stdin=play)
    assert done.returncode == 0, done.stderr
    messages = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert messages[0]["ev"] == "ready"
    assert {"ev": "ack", "seq": 1} in messages


def test_every_library_in_the_bundle_finds_what_it_links(unpacked: Path) -> None:
    """A library left out by packaging/bundle_trim.py, and not on the system, shows here."""
    unresolved = []
    for path in (unpacked / "_internal").rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        listing = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
        unresolved += [f"{path.name}: {line.strip()}" for line in listing.splitlines() if "not found" in line]
    assert unresolved == []


def validate_installed(root: Path) -> None:
    for command in (["desktop-file-validate", str(root / "usr/share/applications" / DESKTOP_FILE)],
                    ["appstreamcli", "validate", "--no-net", str(root / "usr/share/metainfo" / METAINFO_FILE)]):
        if shutil.which(command[0]) is None:
            continue
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_package_installs_runs_and_removes_in_a_throwaway_root(package: Path, tmp_path: Path) -> None:
    root = empty_dpkg_root(tmp_path / "root")
    done = dpkg(root, "--install", str(package))
    assert done.returncode == 0, done.stderr
    assert (root / "usr/bin/supple").readlink() == Path("/opt/supple/supple")
    validate_installed(root)
    done_run = run(root / "opt/supple/supple", "--version", home=tmp_path / "home")
    assert done_run.stdout.decode().strip() == f"Supple {__version__}"
    assert dpkg(root, "--remove", "supple").returncode == 0
    assert installed_files(root) == set()
    assert not (root / "opt").exists() or not any((root / "opt").iterdir())


@pytest.mark.skipif(os.environ.get("SUPPLE_DPKG_INSTALL") != "1", reason="set SUPPLE_DPKG_INSTALL=1 (root)")
def test_the_package_installs_on_this_system_and_leaves_nothing_behind(package: Path, tmp_path: Path) -> None:
    assert subprocess.run(["dpkg", "-s", "supple"], capture_output=True, check=False).returncode != 0, (
        "supple is installed already; this test would remove it"
    )
    done = subprocess.run(["dpkg", "-i", str(package)], capture_output=True, text=True, check=False)
    try:
        assert done.returncode == 0, done.stderr
        files = subprocess.run(["dpkg", "-L", "supple"], capture_output=True, text=True, check=True).stdout.split()
        validate_installed(Path("/"))
        version = run(Path("/usr/bin/supple"), "--version", home=tmp_path)
        assert version.stdout.decode().strip() == f"Supple {__version__}"
    finally:
        removed = subprocess.run(["dpkg", "-r", "supple"], capture_output=True, text=True, check=False)
    assert removed.returncode == 0, removed.stderr
    assert [path for path in files if Path(path).is_file() or Path(path).is_symlink()] == []


def test_the_wheel_passes_twine_and_runs_from_a_clean_venv(tmp_path: Path) -> None:
    wheel = build("wheel")  # build.py has twine check both the wheel and the sdist
    assert wheel == REPO / "dist" / f"supple-{__version__}-py3-none-any.whl"
    assert (REPO / "dist" / f"supple-{__version__}.tar.gz").is_file()
    environment = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True)
    subprocess.run([str(environment / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                   check=True, timeout=BUILD_TIMEOUT)
    done = run(environment / "bin" / "supple", "routines", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert "full-back-and-glutes" in done.stdout.decode()
    shown = subprocess.run([str(environment / "bin" / "python"), "-c", "import app.paths as p; print(p.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path)
    assert not Path(shown.stdout.strip()).is_relative_to(REPO)  # the installed copy, not the checkout
