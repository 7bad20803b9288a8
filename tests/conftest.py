"""Fixtures: one database built from the real data through the migrations, and clients on it."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.config import PROJECT_ROOT, Settings
from app.loader.build import BuildResult
from app.loader.pipeline import load
from app.main import create_app

DATA_DIR = PROJECT_ROOT / "data"


def settings_for(database: Path, **overrides: object) -> Settings:
    """Settings for an app under test: no rate limit (unless a test turns it on), no polling."""
    values: dict[str, object] = {
        "database_path": database,
        "rate_limit_per_minute": 0,
        "reload_interval": 0,
        **overrides,
    }
    return Settings.model_validate(values)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real curated data, loaded once per test session."""
    return load(DATA_DIR, tmp_path_factory.mktemp("db") / "plapi.sqlite3")


@pytest.fixture(scope="session")
def client(built: BuildResult) -> Iterator[TestClient]:
    app = create_app(settings_for(built.path))
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


@contextlib.contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a loopback port in a thread; yields its base URL once
    it is ready."""
    from bench.servers import LOOPBACK, free_port

    config = uvicorn.Config(app, host=LOOPBACK, port=free_port(), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://{LOOPBACK}:{config.port}"
    deadline = time.monotonic() + 60
    while True:
        with contextlib.suppress(httpx2.HTTPError):
            if httpx2.get(f"{base}/readyz").status_code == 200:
                break
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError(f"the server on {base} did not become ready")
        time.sleep(0.02)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)
