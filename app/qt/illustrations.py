"""Pose illustrations for the windows: the SVG of a keyframe, for a side, cached."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from app.catalogue import Side


@lru_cache(maxsize=64)
def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


class Illustrations:
    def __init__(self, poses_folder: Path) -> None:
        self._folder = poses_folder

    def svg(self, keyframe: str, side: Side | None = None) -> bytes:  # noqa: ARG002 - see PoseView mirroring
        """The keyframe's SVG; empty when it cannot be read (the panel then shows only text)."""
        return _read(self._folder / f"{keyframe}.svg")
