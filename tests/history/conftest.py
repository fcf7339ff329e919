"""History fixtures: the built-in catalogue and a fresh store in the test's data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.catalogue import Catalogue
from app.history import HistoryStore
from app.paths import Paths
from tests.helpers import builtin_catalogue


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return builtin_catalogue()


@pytest.fixture
def store(isolated_paths: Paths) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(isolated_paths.history_file, timeout=0)
    assert isinstance(opened, HistoryStore), opened
    yield opened
    opened.close()
