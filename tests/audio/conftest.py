"""Audio fixtures: the built-in catalogue."""

from __future__ import annotations

import pytest

from app.catalogue import Catalogue
from tests.helpers import builtin_catalogue


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return builtin_catalogue()
