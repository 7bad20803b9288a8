"""Security headers on every answer; strict CSP; docs that work offline."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from app.api.docs import script_hashes
from app.loader.build import BuildResult
from app.main import create_app
from tests.helpers import settings_for


@pytest.mark.parametrize(
    "path",
    ["/v1/causes", "/v1/causes/nope", "/healthz", "/docs", "/openapi.json", "/nowhere"],
)
def test_security_headers_everywhere(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "content-security-policy" in response.headers
    assert "server" not in response.headers
    assert response.headers["x-request-id"]


def test_json_is_never_framed_or_run(client: TestClient) -> None:
    policy = client.get("/v1/causes").headers["content-security-policy"]
    assert policy == "default-src 'none'; frame-ancestors 'none'"


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_work_offline_under_a_strict_policy(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    page = response.text
    assert not re.search(r"(?:src|href)=\"https?://", page), "docs must not load from a CDN"
    assets = re.findall(r"(?:src|href)=\"(/static/docs/[^\"]+)\"", page)
    assert assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    for digest in script_hashes(page):
        assert f"'{digest}'" in policy
    assert "frame-ancestors 'none'" in policy


def test_frame_ancestors_is_configurable(built: BuildResult) -> None:
    app = create_app(settings_for(built.path, frame_ancestors="https://portal.example.org"))
    with TestClient(app) as client:
        policy = client.get("/docs").headers["content-security-policy"]
    assert policy.endswith("frame-ancestors https://portal.example.org")
