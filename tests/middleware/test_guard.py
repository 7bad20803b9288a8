"""Only GET, HEAD and OPTIONS; no bodies on GET; bounded URLs and headers; CORS."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.test_errors import assert_problem


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT"])
def test_other_methods_are_refused(client: TestClient, method: str) -> None:
    response = client.request(method, "/v1/causes")
    body = assert_problem(response, 405)
    assert response.headers["allow"] == "GET, HEAD, OPTIONS"
    assert "read-only" in body["detail"]


def test_body_on_get_is_refused(client: TestClient) -> None:
    response = client.request("GET", "/v1/causes", content=b'{"x": 1}')
    assert_problem(response, 400)


def test_long_url_is_refused(client: TestClient) -> None:
    assert_problem(client.get("/v1/causes", params={"week": "1" * 3000}), 414)


def test_big_headers_are_refused(client: TestClient) -> None:
    assert_problem(client.get("/v1/causes", headers={"X-Big": "a" * 9000}), 431)


def test_options_lists_allowed_methods(client: TestClient) -> None:
    response = client.options("/v1/causes")
    assert response.status_code == 204
    assert response.headers["allow"] == "GET, HEAD, OPTIONS"


def test_cors_is_open_for_reading(client: TestClient) -> None:
    simple = client.get("/v1/meta", headers={"Origin": "https://app.example.org"})
    assert simple.headers["access-control-allow-origin"] == "*"
    assert "ETag" in simple.headers["access-control-expose-headers"]
    preflight = client.options(
        "/v1/causes",
        headers={
            "Origin": "https://app.example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "If-None-Match",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-max-age"] == "86400"
    assert "GET" in preflight.headers["access-control-allow-methods"]
    refused = client.options(
        "/v1/causes",
        headers={"Origin": "https://app.example.org", "Access-Control-Request-Method": "POST"},
    )
    assert refused.status_code == 400


def test_repeated_parameter_is_a_422(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/causes?limit=1&limit=2"), 422)
    assert body["errors"] == [
        {"location": "query.limit", "message": "Parameter given more than once"}
    ]


def test_cds_hooks_preflight_allows_post(client: TestClient) -> None:
    preflight = client.options(
        "/cds-services/pregnancy-loss-education",
        headers={
            "Origin": "https://ehr.example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_restricted_cors_origins(built: object) -> None:
    from app.loader.build import BuildResult
    from app.main import create_app
    from tests.conftest import settings_for

    assert isinstance(built, BuildResult)
    app = create_app(settings_for(built.path, cors_origins="https://app.example.org"))
    with TestClient(app) as restricted:
        allowed = restricted.get("/v1/meta", headers={"Origin": "https://app.example.org"})
        assert allowed.headers["access-control-allow-origin"] == "https://app.example.org"
        assert "Origin" in allowed.headers["vary"]
        other = restricted.get("/v1/meta", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
