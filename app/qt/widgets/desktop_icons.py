"""`python -m app.qt.widgets.desktop_icons`: render the app icon's PNG sizes from its SVG.

The SVG in assets/icons/hicolor/scalable/apps/ is the drawing; desktops that cannot scale SVGs
(and small sizes on any of them) want PNGs, so each size in ICON_SIZES is rendered with Qt's own
SVG renderer and committed beside it. `--check` reports sizes that no longer match the SVG.
The window icon (`app_icon`) is built from the same files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter

from app.desktop_entry import ICON_SIZES, icon_theme_dir, icon_theme_files
from app.paths import default_paths

# Renderers of other Qt versions may round an edge pixel differently; a redraw changes far more.
TOLERANCE = 3


def render_icon(svg: Path, size: int) -> QImage:
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415 - the tool's; the app's icon needs no renderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a usable SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    # stored straight (not premultiplied), as PNG itself is
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _pixels(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_ARGB32).constBits())


def images_match(first: QImage, second: QImage, tolerance: int = TOLERANCE) -> bool:
    if first.size() != second.size():
        return False
    return all(abs(a - b) <= tolerance for a, b in zip(_pixels(first), _pixels(second), strict=True))


def _targets(theme: Path) -> list[tuple[Path, int]]:
    pngs = icon_theme_files()[1:]
    return [(theme / relative, size) for relative, size in zip(pngs, ICON_SIZES, strict=True)]


def stale_icons(theme: Path) -> list[Path]:
    svg = theme / icon_theme_files()[0]
    return [path for path, size in _targets(theme) if not images_match(QImage(str(path)), render_icon(svg, size))]


def write_icons(theme: Path) -> list[Path]:
    svg = theme / icon_theme_files()[0]
    written: list[Path] = []
    for path, size in _targets(theme):
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render_icon(svg, size).save(str(path)):
            raise OSError(f"{path}: could not be written")
        written.append(path)
    return written


# px: the largest window icon, enough for a task switcher on a doubled screen. On X11 Qt hands the
# window manager every size the icon has (_NET_WM_ICON) and keeps each as a pixmap: 512 px alone
# would be 1 MB in Supple and again in the X server, for the app's life.
WINDOW_ICON_LARGEST = 256


def app_icon(assets: Path) -> QIcon:
    """The window and tray icon: the PNG sizes up to WINDOW_ICON_LARGEST, so small sizes stay
    crisp, plus the SVG."""
    theme = icon_theme_dir(assets)
    icon = QIcon()
    for path, size in _targets(theme):
        if size <= WINDOW_ICON_LARGEST:
            icon.addFile(str(path), QSize(size, size))
    icon.addFile(str(theme / icon_theme_files()[0]))
    return icon


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.qt.widgets.desktop_icons", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only name the sizes that differ; exit 1 if any")
    options = parser.parse_args(argv)
    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # kept alive while rendering
    theme = icon_theme_dir(default_paths().assets)
    if options.check:
        stale = stale_icons(theme)
        for path in stale:
            print(f"{path}: differs from the SVG; run python -m app.qt.widgets.desktop_icons", file=sys.stderr)
        return 1 if stale else 0
    for path in write_icons(theme):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
