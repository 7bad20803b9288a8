"""The search index of the real data, opened once per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.loader.build import BuildResult
from app.search.index import SearchIndex


@pytest.fixture(scope="session")
def index(built: BuildResult) -> Iterator[SearchIndex]:
    opened = SearchIndex.open(built.path)
    yield opened
    opened.close()
