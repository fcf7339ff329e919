"""One command per platform for Supple's self-contained builds; each prints the path it wrote, last.

    python3 packaging/build.py linux     dist/Supple-VERSION-linux-x86_64.tar.gz
    python3 packaging/build.py deb       dist/supple_VERSION_amd64.deb
    python3 packaging/build.py windows   dist/Supple-VERSION-windows-x86_64.zip (+ an installer with Inno Setup)
    python3 packaging/build.py macos     dist/Supple-VERSION-macos-ARCH.dmg
    python3 packaging/build.py wheel     dist/supple-VERSION-py3-none-any.whl and the sdist, twine-checked

It needs only the system's Python: it makes build/venv with PyInstaller and Supple's dependencies
(pip's `build` extra), has PyInstaller freeze Supple by packaging/supple.spec into
build/pyinstaller/dist/supple (a one-folder bundle), then packs that folder.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]  # app.syslibs and deb_layout, even under `python -I`

import deb_layout  # noqa: E402 - needs the path above

DIST = REPO / "dist"
BUILD_VENV = REPO / "build" / "venv"
PYINSTALLER_WORK = REPO / "build" / "pyinstaller"
MACHINES = {"amd64": "x86_64", "x86_64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}
SUFFIXES = {"linux": ".tar.gz", "windows": ".zip", "macos": ".dmg"}


def version() -> str:
    """app.__version__, read as text: importing app is fine, but this says where it comes from."""
    text = (REPO / "app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("build: no __version__ in app/__init__.py")
    return found.group(1)


def archive_name(version: str, system: str, machine: str) -> str:
    return f"Supple-{version}-{system}-{MACHINES[machine.lower()]}{SUFFIXES[system]}"


def venv_python(folder: Path, platform_name: str = sys.platform) -> Path:
    return folder / ("Scripts/python.exe" if platform_name == "win32" else "bin/python")


def bundle_folder() -> Path:
    return PYINSTALLER_WORK / "dist" / "supple"


def _say(text: str) -> None:
    print(f"build: {text}", file=sys.stderr, flush=True)


def build_venv() -> Path:
    """build/venv with PyInstaller and what Supple needs; pip skips what is already there."""
    python = venv_python(BUILD_VENV)
    if not python.exists():
        _say(f"making {BUILD_VENV}")
        venv.create(BUILD_VENV, with_pip=True)
    _say("installing PyInstaller and Supple's dependencies")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{REPO}[build]"],
                   check=True)
    return python


def freeze(python: Path) -> Path:
    """The one-folder bundle, built afresh."""
    _say("freezing with PyInstaller")
    subprocess.run([
        str(python), "-m", "PyInstaller", "--noconfirm", "--log-level=WARN",
        "--distpath", str(PYINSTALLER_WORK / "dist"), "--workpath", str(PYINSTALLER_WORK / "work"),
        str(HERE / "supple.spec"),
    ], check=True, cwd=REPO)
    return bundle_folder()


def pack_tarball(bundle: Path, target: Path) -> Path:
    """The bundle as a .tar.gz with one top folder, Supple-VERSION, links kept as links."""
    target.parent.mkdir(parents=True, exist_ok=True)
    top = target.name.split("-linux-")[0]
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top)
    return target


def pack_zip(bundle: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(bundle.rglob("*")):
            archive.write(path, Path("Supple") / path.relative_to(bundle))
    return target


def linux() -> Path:
    bundle = freeze(build_venv())
    return pack_tarball(bundle, DIST / archive_name(version(), "linux", platform.machine()))


def deb() -> Path:
    bundle = freeze(build_venv())
    return deb_layout.build(REPO / "build" / "deb-root", bundle, version(), DIST, MACHINES[platform.machine().lower()])


def windows() -> Path:
    """The folder as a .zip and, where Inno Setup's compiler is on the PATH, an installer beside it."""
    bundle = freeze(build_venv())
    archive = pack_zip(bundle, DIST / archive_name(version(), "windows", platform.machine()))
    compiler = shutil.which("iscc")
    if compiler is None:
        _say("no Inno Setup (iscc) on the PATH: no installer made")
        return archive
    subprocess.run([compiler, f"/DVersion={version()}", f"/DBundle={bundle}", f"/O{DIST}",
                    str(HERE / "windows" / "supple.iss")], check=True, stdout=subprocess.DEVNULL)
    return DIST / f"Supple-{version()}-windows-setup.exe"


def macos() -> Path:
    freeze(build_venv())
    application = PYINSTALLER_WORK / "dist" / "Supple.app"
    image = DIST / archive_name(version(), "macos", platform.machine())
    DIST.mkdir(parents=True, exist_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", "Supple", "-srcfolder", str(application), "-ov",
                    "-format", "UDZO", str(image)], check=True, stdout=subprocess.DEVNULL)
    return image


def wheel() -> Path:
    """The wheel and the sdist, both passed by `twine check`; the wheel's path is printed."""
    python = build_venv()
    DIST.mkdir(parents=True, exist_ok=True)
    _say("building the wheel and the sdist")
    subprocess.run([str(python), "-m", "build", "--outdir", str(DIST), str(REPO)], check=True,
                   stdout=subprocess.DEVNULL)
    made = [DIST / f"supple-{version()}-py3-none-any.whl", DIST / f"supple-{version()}.tar.gz"]
    subprocess.run([str(python), "-m", "twine", "check", "--strict", *map(str, made)], check=True)
    return made[0]


TARGETS = {"linux": linux, "deb": deb, "windows": windows, "macos": macos, "wheel": wheel}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 packaging/build.py", description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=sorted(TARGETS), help="linux (a .tar.gz), deb, windows, macos or wheel")
    target = parser.parse_args(argv).target
    print(TARGETS[target]())
    return 0


if __name__ == "__main__":
    sys.exit(main())
