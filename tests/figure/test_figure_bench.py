"""Benchmark: producing and rendering one animation frame (run with -m bench)."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.figure import DARK, interpolate, pose_keyframe, render_svg

FRAMES = 300


def _milliseconds(timings: list[float]) -> str:
    return f"median {statistics.median(timings) * 1000:.2f} ms, max {max(timings) * 1000:.2f} ms"


@pytest.mark.bench
def test_bench_one_animation_frame(qapp: object) -> None:
    cow, cat = pose_keyframe("cat-cow/cow"), pose_keyframe("cat-cow/cat")
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    produce, render = [], []
    for frame in range(FRAMES):
        started = time.perf_counter()
        svg = render_svg(interpolate(cow, cat, frame / FRAMES), side="right", palette=DARK)
        produced = time.perf_counter()
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, QRectF(0, 0, 400, 400))
        painter.end()
        rendered = time.perf_counter()
        produce.append(produced - started)
        render.append(rendered - produced)
    total = [a + b for a, b in zip(produce, render, strict=True)]
    print(
        f"\nfigure frame (cat-cow in-between, 400x400):"
        f"\n  produce (interpolate + render_svg): {_milliseconds(produce)}"
        f"\n  render (QSvgRenderer to QImage):    {_milliseconds(render)}"
        f"\n  total:                               {_milliseconds(total)} (target < 4 ms)"
    )
