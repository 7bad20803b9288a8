"""Fixtures: one database built from the real data through the migrations, and clients on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.loader.build import BuildResult
from app.loader.pipeline import load
from app.main import create_app
from tests.helpers import DATA_DIR, settings_for


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real curated data, loaded once per test session."""
    return load(DATA_DIR, tmp_path_factory.mktemp("db") / "plapi.sqlite3")


@pytest.fixture(scope="session")
def client(built: BuildResult) -> Iterator[TestClient]:
    """The app as it serves: warm before its first request."""
    app = create_app(settings_for(built.path, warm=True))
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def spec(client: TestClient) -> dict[str, Any]:
    """The app's OpenAPI document, as clients fetch it."""
    document: dict[str, Any] = client.get("/openapi.json").json()
    return document


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of ``data/`` that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target
