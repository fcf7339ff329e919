"""What packaging/bundle_trim.py leaves in the bundle: no unused Qt plugin, and no library that only
those plugins linked."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from tests.helpers import packaging_module

trim = packaging_module("bundle_trim")

PLUGINS = "PySide6/Qt/plugins"
LIB = "PySide6/Qt/lib"


def test_plugins_supple_cannot_use_are_named() -> None:
    for unused in ("multimedia/libffmpegmediaplugin.so", "platformthemes/libqgtk3.so",
                   "platforms/libqeglfs.so", "tls/libqopensslbackend.so", "imageformats/libqpdf.so"):
        assert trim.is_unused_plugin(f"{PLUGINS}/{unused}"), unused
    assert trim.is_unused_plugin(r"PySide6\plugins\multimedia\ffmpegmediaplugin.dll")  # Windows' layout


def test_the_plugins_it_draws_and_speaks_with_stay() -> None:
    for used in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                 "platformthemes/libqxdgdesktopportal.so", "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                 "texttospeech/libqtexttospeech_speechd.so", "xcbglintegrations/libqxcb-glx-integration.so"):
        assert not trim.is_unused_plugin(f"{PLUGINS}/{used}"), used
    assert not trim.is_unused_plugin("libavcodec.so.61")  # no plugin: left to keep()


def _links(table: dict[str, list[str]]) -> Callable[[str], Iterable[str]]:
    return lambda source: table.get(source, [])


def test_a_library_only_a_dropped_plugin_linked_goes_with_it() -> None:
    binaries = [
        (f"{PLUGINS}/multimedia/libffmpegmediaplugin.so", "/src/ffmpeg.so", "BINARY"),
        (f"{PLUGINS}/platforms/libqxcb.so", "/src/qxcb.so", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        (f"{LIB}/libavcodec.so.61", "/src/libavcodec.so.61", "BINARY"),
        (f"{LIB}/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        (f"{LIB}/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/ffmpeg.so": ["libavcodec.so.61", "libQt6Gui.so.6"],
        "/src/qxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libc.so.6"],  # through another library
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
    }
    kept = [entry[0] for entry in trim.keep(binaries, _links(links), python_library="libpython3.11.so.1.0")]
    assert kept == [
        f"{PLUGINS}/platforms/libqxcb.so", "PySide6/QtGui.abi3.so", f"{LIB}/libQt6Gui.so.6",
        f"{LIB}/libQt6XcbQpa.so.6", "libxcb-cursor.so.0", "libpython3.11.so.1.0",
    ]


def test_links_to_dropped_libraries_go_too() -> None:
    binaries = [(f"{LIB}/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY")]
    datas = [
        ("libavcodec.so.61", f"{LIB}/libavcodec.so.61", "SYMLINK"),
        ("libQt6Gui.so.6", f"{LIB}/libQt6Gui.so.6", "SYMLINK"),
        ("app/data/catalogue.json", "/repo/data/catalogue.json", "DATA"),
    ]
    assert [entry[0] for entry in trim.without_dangling_links(datas, binaries)] == [
        "libQt6Gui.so.6", "app/data/catalogue.json",
    ]
