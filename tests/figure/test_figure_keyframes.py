"""The keyframe groups together are the catalogue's keyframes: none left out, none in two groups."""

from __future__ import annotations

from collections import Counter

import pytest

from app.figure import keyframe_names, keyframes_kneeling, keyframes_lying, keyframes_upright, pose_keyframe
from app.figure.keyframes import STRETCHES

GROUPS = (keyframes_upright.KEYFRAMES, keyframes_lying.KEYFRAMES, keyframes_kneeling.KEYFRAMES)


def test_every_grouped_keyframe_is_a_stretchs_and_is_grouped_once() -> None:
    grouped = Counter(name for group in GROUPS for name in group)
    assert max(grouped.values()) == 1
    assert set(grouped) == set(keyframe_names())


def test_keyframes_come_stretch_by_stretch_in_catalogue_order() -> None:
    assert keyframe_names() == tuple(name for stretch in STRETCHES.values() for name in stretch.keyframes)


def test_a_keyframe_belongs_to_the_stretch_it_is_named_after() -> None:
    for name in keyframe_names():
        assert pose_keyframe(name).stretch is STRETCHES[name.split("/")[0]]


def test_an_unknown_keyframe_is_named_in_the_error() -> None:
    with pytest.raises(KeyError, match="no keyframe named 'cat-cow/sideways'"):
        pose_keyframe("cat-cow/sideways")
