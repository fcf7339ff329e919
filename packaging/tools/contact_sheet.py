"""`python packaging/tools/contact_sheet.py OUT.png`: every keyframe in one labelled grid, for review.

Rendered with Qt's own SVG renderer, so the sheet shows exactly what the app will show.
Options: --side right (the mirrored side), --dark (the dark palette), --in-betweens N (add N frames
between the keyframes of each stretch), --only PREFIX (some keyframes), --cell PX (picture size).
"""

from __future__ import annotations

import argparse
import math
import sys

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.figure import DARK, LIGHT, Palette, Pose, interpolate, keyframe_names, pose_keyframe, render_svg

LABEL_HEIGHT = 26
PADDING = 8


def sheet_frames(in_betweens: int, only: str = "") -> list[tuple[str, Pose]]:
    """Keyframes in catalogue order (those starting with `only`), with `in_betweens` frames after
    each but the last of a stretch."""
    frames: list[tuple[str, Pose]] = []
    names = tuple(name for name in keyframe_names() if name.startswith(only))
    for name, following in zip(names, [*names[1:], ""], strict=True):
        pose = pose_keyframe(name)
        frames.append((name, pose))
        if in_betweens and following.split("/")[0] == name.split("/")[0]:
            for step in range(1, in_betweens + 1):
                t = step / (in_betweens + 1)
                frames.append((f"{name} +{t:.2f}", interpolate(pose, pose_keyframe(following), t)))
    return frames


def render_sheet(
    frames: list[tuple[str, Pose]], *, side: str, palette: Palette, background: str, cell: int, columns: int
) -> QImage:
    rows = math.ceil(len(frames) / columns)
    image = QImage(columns * cell, rows * (cell + LABEL_HEIGHT), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(QFont("DejaVu Sans", 11))
        painter.setPen(QColor(palette.body))
        for index, (label, pose) in enumerate(frames):
            left = (index % columns) * cell
            top = (index // columns) * (cell + LABEL_HEIGHT)
            svg = render_svg(pose, side="right" if side == "right" else "left", palette=palette)
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            renderer.render(painter, QRectF(left + PADDING, top + PADDING, cell - 2 * PADDING, cell - 2 * PADDING))
            painter.drawText(QRectF(left, top + cell, cell, LABEL_HEIGHT), Qt.AlignmentFlag.AlignHCenter, label)
    finally:
        painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    description = __doc__.splitlines()[0]
    parser = argparse.ArgumentParser(prog="python packaging/tools/contact_sheet.py", description=description)
    parser.add_argument("output", help="image file to write (.png)")
    parser.add_argument("--side", choices=("left", "right"), default="left")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--in-betweens", type=int, default=0)
    parser.add_argument("--cell", type=int, default=300)
    parser.add_argument("--columns", type=int, default=4)
    parser.add_argument("--only", default="", help="keyframes whose name starts with this")
    options = parser.parse_args(argv)
    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # kept alive while rendering
    palette = DARK if options.dark else LIGHT
    image = render_sheet(
        sheet_frames(options.in_betweens, options.only),
        side=options.side,
        palette=palette,
        background=palette.gap,
        cell=options.cell,
        columns=options.columns,
    )
    if not image.save(options.output):
        print(f"could not write {options.output}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
