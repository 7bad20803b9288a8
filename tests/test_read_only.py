"""Read-only by construction: no route, with any method or input, changes the database."""

from __future__ import annotations

import hashlib

from fastapi.testclient import TestClient

from app.loader.build import BuildResult

METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]


def digest(built: BuildResult) -> str:
    return hashlib.sha256(built.path.read_bytes()).hexdigest()


def test_no_route_writes(client: TestClient, built: BuildResult) -> None:
    before = digest(built)
    paths = list(client.get("/openapi.json").json()["paths"])
    concrete = [path.replace("{slug}", "cervical-insufficiency") for path in paths] + [
        "/v1/search?q=x%27;DROP TABLE cause;--",
        "/v1/causes?trimester=second",
    ]
    for path in concrete:
        for method in METHODS:
            response = client.request(method, path, content=b"{}" if method != "GET" else None)
            assert response.status_code < 500, (method, path)
    assert digest(built) == before
