"""The Debian package's layout (packaging/deb_layout.py), checked on a stand-in bundle: the control
file, the bundle under /opt/supple with /usr/bin/supple, the launcher, metainfo and icons in their
freedesktop places; and, where dpkg can install into a throwaway root, that it installs and removes
without leaving a file."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app import __version__, syslibs
from app.desktop_entry import DESKTOP_FILE, icon_theme_files
from app.metainfo import METAINFO_FILE
from tests.dpkg_root import dpkg, empty_dpkg_root, installed_files
from tests.helpers import REPO, packaging_module

deb = packaging_module("deb_layout")


def fake_bundle(folder: Path) -> Path:
    """What PyInstaller's one-folder build looks like, in miniature."""
    (folder / "_internal" / "app").mkdir(parents=True)
    program = folder / "supple"
    program.write_text("#!/bin/sh\necho Supple fake\n", encoding="utf-8")
    program.chmod(0o700)
    (folder / "_internal" / "app" / "catalogue.json").write_text("{}", encoding="utf-8")
    return folder


def field(control: str, name: str) -> str:
    for line in control.splitlines():
        if line.startswith(f"{name}: "):
            return line.removeprefix(f"{name}: ")
    raise AssertionError(f"no {name} in {control!r}")


def test_the_file_is_named_as_debian_names_packages() -> None:
    assert deb.deb_name("0.1.0", "x86_64") == "supple_0.1.0_amd64.deb"
    assert deb.deb_name("0.1.0", "aarch64") == "supple_0.1.0_arm64.deb"


def test_the_control_file_depends_on_what_qt_loads_from_the_system() -> None:
    control = deb.control("0.1.0", "amd64", installed_kib=140_000)
    assert field(control, "Package") == "supple"
    assert field(control, "Version") == "0.1.0"
    assert field(control, "Architecture") == "amd64"
    assert field(control, "Installed-Size") == "140000"
    depends = [name.strip() for name in field(control, "Depends").split(",")]
    assert set(syslibs.debian_packages()) <= set(depends)
    assert "libxcb-cursor0" in depends and "libc6" in depends
    assert control.endswith("\n") and "\n\n" not in control  # one paragraph
    description = control.split("Description: ", 1)[1].splitlines()
    assert description[0] and all(line.startswith(" ") for line in description[1:])


def test_the_staged_root_puts_each_file_in_its_place(tmp_path: Path) -> None:
    root = tmp_path / "root"
    deb.stage(root, fake_bundle(tmp_path / "bundle"), __version__)
    assert (root / "opt/supple/supple").read_text(encoding="utf-8").startswith("#!/bin/sh")
    assert os.access(root / "opt/supple/supple", os.X_OK)
    assert (root / "opt/supple/_internal/app/catalogue.json").is_file()
    assert (root / "usr/bin/supple").readlink() == Path("/opt/supple/supple")
    share = root / "usr/share"
    assert (share / "applications" / DESKTOP_FILE).read_bytes() == (REPO / "packaging" / DESKTOP_FILE).read_bytes()
    assert (share / "metainfo" / METAINFO_FILE).read_bytes() == (REPO / "packaging" / METAINFO_FILE).read_bytes()
    for relative in icon_theme_files():
        shipped = REPO / "assets" / "icons" / "hicolor" / relative
        assert (share / "icons" / "hicolor" / relative).read_bytes() == shipped.read_bytes()
    assert (share / "doc/supple/copyright").read_text(encoding="utf-8").count("MIT") >= 1
    control = (root / "DEBIAN/control").read_text(encoding="utf-8")
    assert field(control, "Version") == __version__


def test_everything_is_readable_by_all_and_only_programs_are_executable(tmp_path: Path) -> None:
    root = tmp_path / "root"
    deb.stage(root, fake_bundle(tmp_path / "bundle"), __version__)
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        mode = path.stat().st_mode & 0o777
        if path.is_dir() or path == root / "opt/supple/supple":
            assert mode == 0o755, path
        else:
            assert mode == 0o644, path


def test_staging_twice_starts_from_an_empty_root(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "opt/supple").mkdir(parents=True)
    (root / "opt/supple/left-over").write_text("old", encoding="utf-8")
    deb.stage(root, fake_bundle(tmp_path / "bundle"), __version__)
    assert not (root / "opt/supple/left-over").exists()


needs_dpkg_deb = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")


@needs_dpkg_deb
def test_the_package_lists_its_files_owned_by_root(tmp_path: Path) -> None:
    package = deb.build(tmp_path / "root", fake_bundle(tmp_path / "bundle"), __version__, tmp_path / "dist", "x86_64")
    assert package == tmp_path / "dist" / f"supple_{__version__}_amd64.deb"
    listing = subprocess.run(["dpkg-deb", "-c", str(package)], capture_output=True, text=True, check=True).stdout
    lines = listing.splitlines()
    assert all(" root/root " in line for line in lines)
    names = [line.split(None, 5)[5] for line in lines]
    assert "./usr/bin/supple -> /opt/supple/supple" in names
    assert "./opt/supple/supple" in names
    assert f"./usr/share/applications/{DESKTOP_FILE}" in names
    assert f"./usr/share/metainfo/{METAINFO_FILE}" in names
    assert f"./usr/share/icons/hicolor/scalable/apps/{DESKTOP_FILE.removesuffix('.desktop')}.svg" in names


@needs_dpkg_deb
@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg is not installed")
def test_it_installs_into_a_throwaway_root_and_removes_without_a_trace(tmp_path: Path) -> None:
    package = deb.build(tmp_path / "stage", fake_bundle(tmp_path / "bundle"), __version__, tmp_path / "dist", "x86_64")
    root = empty_dpkg_root(tmp_path / "root")
    done = dpkg(root, "--install", str(package))
    assert done.returncode == 0, done.stderr
    files = installed_files(root)
    assert {"opt/supple/supple", "usr/bin/supple", f"usr/share/applications/{DESKTOP_FILE}"} <= files
    done = dpkg(root, "--remove", "supple")
    assert done.returncode == 0, done.stderr
    assert installed_files(root) == set()
    assert not (root / "opt/supple").exists()
