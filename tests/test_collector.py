"""The garbage collector during a start: held off, then one collection, the survivors frozen, and
collecting as usual again."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app import collector


@pytest.fixture
def collecting() -> Iterator[None]:
    yield
    gc.enable()
    gc.unfreeze()


def test_held_off_then_released_once(collecting: None) -> None:
    collector.hold()
    assert not gc.isenabled()
    cycle: list[object] = []
    cycle.append(cycle)  # garbage only the cyclic collector frees
    del cycle
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # the start's objects are out of the collector's way
    frozen = gc.get_freeze_count()
    collector.release()  # a second call changes nothing
    assert gc.get_freeze_count() == frozen
