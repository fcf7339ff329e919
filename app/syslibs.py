"""Name the system libraries Qt needs that this Linux machine lacks, before Qt fails obscurely.

Qt's own message for a missing xcb library blames the wrong one (it names xcb-cursor when
xcb-icccm4 is missing); trying each library ourselves gives the real list and the apt command.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# (shared object, Debian/Ubuntu package)
_ALWAYS = (
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libpulse.so.0", "libpulse0"),  # QtMultimedia and QtTextToSpeech will not import without it
)
_XCB = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
)


def _linker_folders() -> list[Path]:
    """Where the dynamic linker looks on a Debian-like system, LD_LIBRARY_PATH first."""
    arch = getattr(sys.implementation, "_multiarch", "")
    usual = [f"/lib/{arch}", f"/usr/lib/{arch}", "/lib64", "/usr/lib64", "/lib", "/usr/lib", "/usr/local/lib"]
    extra = [folder for folder in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if folder]
    return [Path(folder) for folder in (*extra, *usual)]


def _loads(soname: str) -> bool:
    """Whether the library is there, without keeping it loaded: a start would otherwise carry
    libpulse and its codecs (about 1 MB, 10 ms), which only the audio workers use. Found in the
    linker's usual folders, it is taken as there; elsewhere (another layout) the linker is asked,
    and the library let go again."""
    if any((folder / soname).is_file() for folder in _linker_folders()):
        return True
    import _ctypes  # noqa: PLC0415 - only for a library outside the usual folders
    import ctypes  # noqa: PLC0415

    try:
        library = ctypes.CDLL(soname)
    except OSError:
        return False
    _ctypes.dlclose(library._handle)  # ctypes has no public way to let a library go
    return True


def _uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return bool(os.environ.get("DISPLAY"))


def missing_packages() -> list[str]:
    """Debian package names of the libraries Qt will need here and cannot load."""
    if not sys.platform.startswith("linux"):
        return []
    wanted = _ALWAYS + (_XCB if _uses_xcb() else ())
    return [package for soname, package in wanted if not _loads(soname)]


def debian_packages() -> list[str]:
    """Every Debian package above, for a .deb's Depends (packaging/deb_layout.py)."""
    return [package for _, package in _ALWAYS + _XCB]


def advice(packages: list[str]) -> str:
    names = " ".join(packages)
    return (
        f"Supple needs system libraries that this machine lacks: {names}\n"
        f"Install them with:\n    sudo apt install {names}\n"
        "(on Fedora and other distributions, install the packages that provide the same libraries)"
    )
