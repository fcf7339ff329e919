"""Which of the files PyInstaller found go into Supple's bundle: the Qt plugins it can use, and only
the libraries those plugins and the Python modules still need.

PyInstaller's Qt hooks collect every plugin of a module, and every library each plugin links: the
FFmpeg media plugin brings about 20 MB of codecs, the GTK theme the whole GTK stack. Supple plays
its chimes through QAudioSink, which Qt 6.11 runs without any media plugin, draws on X11, Wayland
or offscreen, and opens no network connection. Used by packaging/supple.spec; no PyInstaller here.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# (dest name, source path, kind), as in PyInstaller's TOC lists
Entry = tuple[str, str, str]

# Paths under Qt's plugins folder, lower case, matched with fnmatch.
UNUSED_PLUGINS = (
    "multimedia/*",  # FFmpeg or the platform's media player: QAudioSink needs neither
    "platformthemes/*gtk3*",  # GTK dialogs and their whole toolkit; the portal theme stays
    "platforminputcontexts/*virtualkeyboard*",  # a touch keyboard, written in QML
    "imageformats/*pdf*",
    "platforms/*eglfs*", "platforms/*linuxfb*", "platforms/*vnc*", "platforms/*vkkhrdisplay*",
    "platforms/*minimalegl*", "egldeviceintegrations/*", "generic/*",  # screens without a desktop
    "networkinformation/*", "tls/*",  # the only socket is the local single-instance one
)
_PLUGINS = "/plugins/"


def plugin_path(dest: str) -> str | None:
    """The part of `dest` under Qt's plugins folder, lower case; None if it is no plugin."""
    posix = "/" + PurePosixPath(dest.replace("\\", "/")).as_posix().lower()
    if _PLUGINS not in posix:
        return None
    return posix.split(_PLUGINS, 1)[1]


def is_unused_plugin(dest: str) -> bool:
    inside = plugin_path(dest)
    return inside is not None and any(fnmatch.fnmatch(inside, pattern) for pattern in UNUSED_PLUGINS)


def _is_shared_library(dest: str) -> bool:
    """A library that is bundled only because something links it, unlike a plugin or a Python
    extension module, which are loaded by name."""
    name = PurePosixPath(dest.replace("\\", "/")).name.lower()
    if plugin_path(dest) is not None or ".abi3." in name or ".cpython-" in name or name.endswith(".pyd"):
        return False
    return name.startswith("lib") or name.endswith(".dll")


def keep(binaries: Iterable[Entry], imports: Callable[[str], Iterable[str]], *, python_library: str) -> list[Entry]:
    """`binaries` without the unused plugins and without the shared libraries nothing left links.

    `imports(source)` names the libraries a file links (basenames); `python_library` is the one the
    bootloader loads by itself, so it is kept though nothing links it."""
    entries = [entry for entry in binaries if not is_unused_plugin(entry[0])]
    by_name = {_basename(entry[0]): entry for entry in entries if _is_shared_library(entry[0])}
    wanted = [entry for entry in entries if not _is_shared_library(entry[0])]
    wanted += [by_name[name] for name in (python_library.lower(),) if name in by_name]
    reached = {_basename(entry[0]) for entry in wanted}
    queue = list(wanted)
    while queue:
        _, source, _ = queue.pop()
        for linked in imports(source):
            name = _basename(linked)
            if name in by_name and name not in reached:
                reached.add(name)
                queue.append(by_name[name])
    return [entry for entry in entries if not _is_shared_library(entry[0]) or _basename(entry[0]) in reached]


def _basename(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name.lower()


def without_dangling_links(datas: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """`datas` without the links PyInstaller made to libraries `keep` left out (a link's source
    field is its target's place in the bundle)."""
    kept = {entry[0].replace("\\", "/") for entry in binaries}
    return [entry for entry in datas if entry[2] != "SYMLINK" or entry[1].replace("\\", "/") in kept]
