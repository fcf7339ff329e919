"""The SVG output: Tiny-compatible, small, deterministic, and rendered alike by Qt and librsvg."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.figure import DARK, LIGHT, Palette, interpolate, keyframe_names, pose_keyframe, render_svg, thumbnail_svg
from app.figure.frame import stretch_frame
from app.figure.keyframes import STRETCHES
from app.figure.svg import svg_document

SVG_NS = "{http://www.w3.org/2000/svg}"
ALLOWED_ELEMENTS = {"svg", "title", "g", "path", "circle", "polygon", "rect"}
ALLOWED_ATTRIBUTES = {
    "xmlns", "version", "baseProfile", "width", "height", "viewBox", "d", "points", "cx", "cy", "r", "x", "y",
    "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "fill-opacity", "stroke-opacity",
}  # fmt: skip
SAND = Palette(background="#f4efe6", gap="#f4efe6")


def _documents() -> dict[str, str]:
    """Every kind of document the app draws: keyframes on both sides and in both palettes,
    in-betweens, thumbnails, a filled background."""
    documents = {}
    for name in keyframe_names():
        pose = pose_keyframe(name)
        documents[name] = render_svg(pose)
        documents[f"{name} right dark"] = render_svg(pose, side="right", palette=DARK, arrows=False)
    for stretch in STRETCHES.values():
        start, end = (pose_keyframe(name) for name in stretch.keyframes[-2:])
        documents[f"{stretch.name} in-between"] = render_svg(interpolate(start, end, 0.4), palette=SAND)
        documents[f"{stretch.name} thumbnail"] = thumbnail_svg(stretch.name, LIGHT)
    return documents


DOCUMENTS = _documents()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_only_svg_tiny_features_are_used(name: str) -> None:
    svg = DOCUMENTS[name]
    root = ET.fromstring(svg)
    assert root.get("version") == "1.2" and root.get("baseProfile") == "tiny"
    for element in root.iter():
        assert element.tag.removeprefix(SVG_NS) in ALLOWED_ELEMENTS
        assert set(element.attrib) <= ALLOWED_ATTRIBUTES, element.attrib.keys() - ALLOWED_ATTRIBUTES
    for d in re.findall(r' d="([^"]*)"', svg):
        assert set(re.sub(r"[-\d. ]", "", d)) <= {"M", "L", "C"}  # Tiny has no arcs; no relative moves


def test_output_is_deterministic_and_small() -> None:
    for name in keyframe_names():
        first = render_svg(pose_keyframe(name))
        assert render_svg(pose_keyframe(name)) == first
        assert len(first.encode("utf-8")) < 4000
        assert not re.search(r"\d\.\d\d", first)  # one decimal at most


def test_palette_colours_are_used_and_checked() -> None:
    svg = render_svg(pose_keyframe("cat-cow/cat"), palette=DARK)
    for colour in (DARK.body, DARK.far_body, DARK.accent, DARK.prop, DARK.arrow):
        assert colour in svg
    assert LIGHT.body not in svg
    with pytest.raises(ValueError, match="body"):
        Palette(body="red")


def test_arrows_can_be_left_out() -> None:
    pose = pose_keyframe("knee-to-chest/knee-in")
    assert LIGHT.arrow in render_svg(pose)
    assert LIGHT.arrow not in render_svg(pose, arrows=False)


def test_size_sets_the_longer_edge_and_keeps_the_view() -> None:
    pose = pose_keyframe("cat-cow/cow")
    big, natural = ET.fromstring(render_svg(pose, size=400)), ET.fromstring(render_svg(pose))
    assert max(float(big.get("width", 0)), float(big.get("height", 0))) == pytest.approx(400, abs=0.1)
    assert big.get("viewBox") == natural.get("viewBox")


def test_all_frames_of_a_stretch_share_one_window() -> None:
    for stretch in STRETCHES.values():
        boxes = {ET.fromstring(render_svg(pose_keyframe(name))).get("viewBox") for name in stretch.keyframes}
        assert len(boxes) == 1, stretch.name


def _render_with_qt(svg: str, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _channels(image: QImage) -> bytes:
    """Pixels as bytes in B, G, R, A order whatever the machine's byte order."""
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)  # keep it alive while its bits are read
    data = bytes(converted.constBits())
    if sys.byteorder == "big":  # ARGB32 is a native 32-bit 0xAARRGGBB
        data = b"".join(data[i : i + 4][::-1] for i in range(0, len(data), 4))
    return data


def _painted_share(image: QImage) -> float:
    alpha = _channels(image)[3::4]
    return (len(alpha) - alpha.count(0)) / len(alpha)


@pytest.mark.parametrize("name", DOCUMENTS)
@pytest.mark.parametrize("pixels", [64, 1024])
def test_qt_renders_every_document_without_warnings(qapp: object, name: str, pixels: int) -> None:
    # pytest runs with qt_log_level_fail = WARNING: any warning from the SVG renderer fails the test.
    assert _painted_share(_render_with_qt(DOCUMENTS[name], pixels, pixels)) > 0.02


RSVG = shutil.which("rsvg-convert")
COMPARE_PIXELS = 256


needs_rsvg = pytest.mark.skipif(RSVG is None, reason="rsvg-convert (Debian librsvg2-bin) is not installed")


def _render_with_rsvg(svg: str, width: int, height: int, folder: Path) -> QImage:
    assert RSVG is not None
    source, target = folder / "pose.svg", folder / "pose.png"
    source.write_text(svg, encoding="utf-8")
    subprocess.run([RSVG, "-w", str(width), "-h", str(height), "-o", str(target), str(source)], check=True)
    image = QImage(str(target))
    assert not image.isNull()
    return image


def _pixel_size(svg: str) -> tuple[int, int]:
    root = ET.fromstring(svg)
    edges = [float(root.get("width", 0)), float(root.get("height", 0))]
    width, height = (round(edge * COMPARE_PIXELS / max(edges)) for edge in edges)
    return width, height


def _alike(first: QImage, second: QImage) -> Difference:
    # Compared at a quarter of the size: the renderers place anti-aliased edges a little
    # differently, which averages out, while a missing or misplaced shape does not.
    return _difference(_quarter(first), _quarter(second))


@needs_rsvg
@pytest.mark.parametrize("name", DOCUMENTS)
def test_librsvg_and_qt_render_alike(qapp: object, name: str, tmp_path: Path) -> None:
    svg = DOCUMENTS[name]
    width, height = _pixel_size(svg)
    difference = _alike(_render_with_qt(svg, width, height), _render_with_rsvg(svg, width, height, tmp_path))
    assert difference.small, difference


@needs_rsvg
def test_the_comparison_notices_a_missing_arrow(qapp: object, tmp_path: Path) -> None:
    pose = pose_keyframe("cat-cow/cat")
    with_arrow, without = render_svg(pose), render_svg(pose, arrows=False)
    width, height = _pixel_size(with_arrow)
    difference = _alike(_render_with_qt(with_arrow, width, height), _render_with_rsvg(without, width, height, tmp_path))
    assert not difference.small, difference


def _quarter(image: QImage) -> QImage:
    """The picture on white, at a quarter of its size."""
    on_white = QImage(image.size(), QImage.Format.Format_RGB32)
    on_white.fill(Qt.GlobalColor.white)
    painter = QPainter(on_white)
    painter.drawImage(0, 0, image)
    painter.end()
    return on_white.scaled(
        image.width() // 4, image.height() // 4, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip


class Difference(NamedTuple):
    mean: float  # mean absolute channel difference, 0-255
    far_off: float  # share of pixels off by more than 48 in some channel

    @property
    def small(self) -> bool:
        return self.mean < 0.5 and self.far_off < 0.003


def _difference(first: QImage, second: QImage) -> Difference:
    a, b = _channels(first), _channels(second)
    assert len(a) == len(b)
    total, far = 0, 0
    for i in range(0, len(a), 4):
        worst = max(abs(a[i + k] - b[i + k]) for k in range(4))
        total += sum(abs(a[i + k] - b[i + k]) for k in range(4))
        far += worst > 48
    pixels = len(a) // 4
    return Difference(total / (pixels * 4), far / pixels)


def test_a_title_with_markup_characters_stays_text() -> None:
    stretch = next(iter(STRETCHES.values()))
    title = 'Hips & knees <left> "slow"'
    document = svg_document([], stretch_frame(stretch.name), side="left", palette=LIGHT, size=None, title=title)
    element = ET.fromstring(document).find(f"{SVG_NS}title")
    assert element is not None and element.text == title
