"""The app icon: every PNG size is the committed SVG as Qt renders it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from app.desktop_entry import ICON_SIZES, icon_theme_dir, icon_theme_files
from app.paths import Paths
from app.qt.widgets.desktop_icons import (
    WINDOW_ICON_LARGEST,
    app_icon,
    images_match,
    render_icon,
    stale_icons,
    write_icons,
)


@pytest.mark.usefixtures("qapp")
def test_the_committed_pngs_match_the_svg(isolated_paths: Paths) -> None:
    theme = icon_theme_dir(isolated_paths.assets)
    assert stale_icons(theme) == [], "run python -m app.qt.widgets.desktop_icons"
    for relative, size in zip(icon_theme_files()[1:], ICON_SIZES, strict=True):
        assert QImage(str(theme / relative)).size() == QSize(size, size)


@pytest.mark.usefixtures("qapp")
def test_rendering_is_deterministic(isolated_paths: Paths, tmp_path: Path) -> None:
    theme = tmp_path / "hicolor"
    svg = icon_theme_files()[0]
    (theme / svg).parent.mkdir(parents=True)
    (theme / svg).write_bytes((icon_theme_dir(isolated_paths.assets) / svg).read_bytes())
    first = [path.read_bytes() for path in write_icons(theme)]
    assert [path.read_bytes() for path in write_icons(theme)] == first


@pytest.mark.usefixtures("qapp")
def test_the_icon_has_a_transparent_corner_and_an_opaque_middle(isolated_paths: Paths) -> None:
    image = render_icon(icon_theme_dir(isolated_paths.assets) / icon_theme_files()[0], 64)
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(10, 32).alpha() == 255


@pytest.mark.usefixtures("qapp")
def test_a_changed_drawing_is_noticed() -> None:
    plain = QImage(16, 16, QImage.Format.Format_ARGB32)
    plain.fill(QColor("#2f8f83"))
    changed = plain.copy()
    changed.setPixelColor(3, 3, QColor("#ffffff"))
    assert images_match(plain, plain.copy())
    assert not images_match(plain, changed)


@pytest.mark.usefixtures("qapp")
def test_the_window_icon_offers_every_size_up_to_a_task_switchers(isolated_paths: Paths) -> None:
    sizes = app_icon(isolated_paths.assets).availableSizes()
    assert {QSize(size, size) for size in ICON_SIZES if size <= WINDOW_ICON_LARGEST} <= set(sizes)
    assert max(size.width() for size in sizes) == WINDOW_ICON_LARGEST == 256  # none kept bigger than it needs
