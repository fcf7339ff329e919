"""`supple install-desktop`: the launcher, metainfo and icons under $XDG_DATA_HOME, and back out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import desktop_install
from app.cli import main
from app.desktop_entry import DESKTOP_FILE, icon_theme_dir, icon_theme_files
from app.desktop_install import InstallError, Launch, data_home, installed_files
from app.metainfo import METAINFO_FILE
from app.paths import APP_ID, Paths
from tests.helpers import REPO

LAUNCH = Launch(["/opt/supple env/bin/supple"])


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setattr(desktop_install, "current_launch", lambda: LAUNCH)
    return home


def _files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def test_install_writes_the_launcher_metainfo_and_every_icon(xdg: Path, isolated_paths: Paths) -> None:
    assert main(["install-desktop"]) == 0
    icons = xdg / "icons" / "hicolor"
    expected = {xdg / "applications" / DESKTOP_FILE, xdg / "metainfo" / METAINFO_FILE}
    expected |= {icons / relative for relative in icon_theme_files()}
    assert _files_under(xdg) == expected
    assert {path.parent.parent.name for path in expected if path.parent.name == "apps"} == {
        "scalable", "16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512"}
    shipped = icon_theme_dir(isolated_paths.assets)
    for relative in icon_theme_files():
        assert (icons / relative).read_bytes() == (shipped / relative).read_bytes()
    entry = (xdg / "applications" / DESKTOP_FILE).read_text(encoding="utf-8")
    assert 'Exec="/opt/supple env/bin/supple"\n' in entry
    assert f"Icon={APP_ID}\n" in entry


def test_uninstall_removes_exactly_what_install_wrote(xdg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    neighbour = xdg / "applications" / "someone-else.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert main(["install-desktop"]) == 0
    assert main(["install-desktop", "--uninstall"]) == 0
    assert _files_under(xdg) == {neighbour}
    assert main(["install-desktop", "--uninstall"]) == 0
    assert "Nothing to remove" in capsys.readouterr().out


def test_installing_twice_replaces_the_files(xdg: Path) -> None:
    assert main(["install-desktop"]) == 0
    assert main(["install-desktop"]) == 0
    assert _files_under(xdg) == set(installed_files(xdg))


def test_an_unwritable_place_gets_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))  # a file where a folder should be: fails even as root
    assert main(["install-desktop"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("supple: cannot write ") and str(blocker) in err


def test_data_home_follows_the_xdg_spec() -> None:
    assert data_home({"XDG_DATA_HOME": "/data", "HOME": "/home/a"}) == Path("/data")
    assert data_home({"XDG_DATA_HOME": "", "HOME": "/home/a"}) == Path("/home/a/.local/share")
    assert data_home({"XDG_DATA_HOME": "relative", "HOME": "/home/a"}) == Path("/home/a/.local/share")
    with pytest.raises(InstallError, match="XDG_DATA_HOME"):
        data_home({})


def test_no_folder_at_all_gets_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert desktop_install.run(remove=False, platform="linux", environ={}) == 1
    assert "set XDG_DATA_HOME" in capsys.readouterr().err


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_told_it_is_for_linux(xdg: Path, platform: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert desktop_install.run(remove=False, platform=platform) == 2
    assert "Linux" in capsys.readouterr().err
    assert not xdg.exists()


def test_the_launch_is_this_interpreters_supple_or_python_m_app() -> None:
    launch = desktop_install.current_launch()
    assert Path(launch.command[0]).is_absolute()
    if launch.command[1:] == ["-m", "app"]:
        assert launch.command[0] == str(Path(sys.executable).absolute())
    else:
        assert launch.command[1:] == [] and Path(launch.command[0]).name == "supple"
        assert Path(launch.command[0]).is_file()


def test_a_frozen_bundle_launches_its_own_program(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A bundle's `sys.executable` is Supple itself: `-m app` would be an unknown option to it."""
    program = tmp_path / "Supple-0.1.0" / "supple"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert desktop_install.current_launch() == Launch([str(program)])


def test_the_installed_launcher_starts_supple(tmp_path: Path) -> None:
    """The Exec line of a real install runs: `--version` through it prints Supple's version."""
    env = {"XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "app", "install-desktop"], cwd=REPO, env=env, check=True,
                   capture_output=True, timeout=120)
    entry = (tmp_path / "applications" / DESKTOP_FILE).read_text(encoding="utf-8")
    values = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    command = values["Exec"].split()  # this checkout's paths have no spaces
    done = subprocess.run([*command, "--version"], cwd=values.get("Path", tmp_path), capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.startswith("Supple "), done.stderr


def test_the_command_needs_no_qt() -> None:
    code = ("import sys, app.cli\nsys.argv = ['supple']\napp.cli.main(['install-desktop', '--uninstall'])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    env = {"XDG_DATA_HOME": "/nonexistent-supple-test", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env,
                          check=True, timeout=120)
    assert done.stdout.splitlines()[-1] == "[]"


def test_missing_icons_get_a_message(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(desktop_install, "icon_theme_dir", lambda _assets: tmp_path / "no-icons")
    assert main(["install-desktop"]) == 1
    assert "icon files cannot be read" in capsys.readouterr().err
    assert not xdg.exists()
