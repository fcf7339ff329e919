"""The Debian package made from the one-folder bundle: its folder tree, control file, and dpkg-deb.

    /opt/supple/                          the bundle as PyInstaller made it
    /usr/bin/supple -> /opt/supple/supple
    /usr/share/applications/, metainfo/, icons/hicolor/   the launcher, AppStream and icons
    /usr/share/doc/supple/copyright

No maintainer scripts: dpkg's triggers of the icon theme and desktop database packages refresh
their caches when files land in those folders, and `dpkg -r` removes exactly what it installed.
Needs only the Python standard library and app.syslibs (the system libraries Qt needs), so the
system's python3 can run it.
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

from app import syslibs

REPO = Path(__file__).resolve().parent.parent
PACKAGE = "supple"
PREFIX = Path("opt", PACKAGE)
ARCHITECTURES = {"x86_64": "amd64", "aarch64": "arm64"}  # the machine's name -> Debian's
SUMMARY = "Guided stretch breaks for your lower back and glutes"
ABOUT = (
    "Supple walks you through short stretching routines for a stiff lower back and tight glutes: "
    "an illustrated pose, numbered steps and a circular timer for every hold, with a chime and a "
    "spoken cue at each change, so you can follow it lying on the floor. This package holds Supple "
    "with its own Python and Qt."
)


def deb_name(version: str, machine: str) -> str:
    return f"{PACKAGE}_{version}_{ARCHITECTURES[machine]}.deb"


def control(version: str, architecture: str, *, installed_kib: int) -> str:
    # libc6 for the bundle's own start; the rest is what Qt loads from the system (app/syslibs.py)
    depends = ", ".join(["libc6", *syslibs.debian_packages()])
    about = textwrap.fill(ABOUT, width=78, initial_indent=" ", subsequent_indent=" ")
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        "Maintainer: The Supple team <team@supple.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Homepage: https://supple.invalid/\n"
        f"Description: {SUMMARY}\n"
        f"{about}\n"
    )


def _desktop_files() -> list[tuple[Path, Path]]:
    """(shipped file, place under the root) for the launcher, the metainfo and every icon."""
    packaging = REPO / "packaging"
    (launcher,) = packaging.glob("*.desktop")  # named after APP_ID; app.paths needs platformdirs
    (metainfo,) = packaging.glob("*.metainfo.xml")
    share = Path("usr", "share")
    files = [(launcher, share / "applications" / launcher.name), (metainfo, share / "metainfo" / metainfo.name)]
    theme = REPO / "assets" / "icons" / "hicolor"
    files += [(icon, share / "icons" / "hicolor" / icon.relative_to(theme))
              for icon in sorted(theme.rglob("*")) if icon.is_file()]
    files.append((REPO / "LICENSE", share / "doc" / PACKAGE / "copyright"))
    return files


def stage(root: Path, bundle: Path, version: str, architecture: str = "amd64") -> None:
    """Lay out the package's tree in `root` (emptied first) from the one-folder `bundle`."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(Path("/", PREFIX, PACKAGE))
    for source, place in _desktop_files():
        (root / place).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, root / place)
    _normalise_modes(root, program=root / PREFIX / PACKAGE)
    (root / "DEBIAN").mkdir()
    text = control(version, architecture, installed_kib=_kib(root))
    (root / "DEBIAN" / "control").write_text(text, encoding="utf-8")
    _normalise_modes(root / "DEBIAN", program=None)


def _normalise_modes(root: Path, program: Path | None) -> None:
    """Folders and the program 0755, every other file 0644: what was private in the build folder
    must be readable by every user once installed, and a library needs no execute bit."""
    root.chmod(0o755)
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path == program else 0o644)


def _kib(root: Path) -> int:
    size = sum(path.lstat().st_size for path in root.rglob("*") if not path.is_dir() or path.is_symlink())
    return (size + 1023) // 1024


def build(root: Path, bundle: Path, version: str, dist: Path, machine: str) -> Path:
    """Stage `bundle` in `root` and pack it as dist/supple_VERSION_ARCH.deb; return its path."""
    architecture = ARCHITECTURES[machine]
    stage(root, bundle, version, architecture)
    dist.mkdir(parents=True, exist_ok=True)
    package = dist / deb_name(version, machine)
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(root), str(package)],
                   check=True, stdout=subprocess.DEVNULL)
    return package
