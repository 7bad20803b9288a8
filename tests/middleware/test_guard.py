"""Only GET, HEAD and OPTIONS; no bodies on GET; bounded URLs and headers; CORS."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.helpers import BROWSER, assert_kind_page, assert_problem, settings_for


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
    too_long = assert_problem(client.get("/v1/causes", params={"week": "1" * 3000}), 414)
    assert too_long["title"] == "URI Too Long"


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
    body = assert_problem(refused, 400)
    assert "POST" in body["detail"]
    assert refused.headers["allow"] == "GET, HEAD, OPTIONS"
    assert "access-control-allow-methods" not in refused.headers


def test_preflight_for_headers_the_api_does_not_read_is_refused(client: TestClient) -> None:
    refused = client.options(
        "/v1/causes",
        headers={
            "Origin": "https://app.example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "authorization, x-custom",
        },
    )
    body = assert_problem(refused, 400)
    assert "authorization, x-custom" in body["detail"]


def test_repeated_parameter_is_a_422(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/causes?limit=1&limit=2"), 422)
    assert body["errors"] == [
        {"location": "query.limit", "message": "Parameter given more than once"}
    ]


def cds_preflight(client: TestClient, path: str, method: str) -> Any:
    """A browser CDS client's preflight: its JWT goes in Authorization."""
    return client.options(
        path,
        headers={
            "Origin": "https://ehr.example",
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )


def test_cds_hooks_preflight_allows_post(client: TestClient) -> None:
    preflight = cds_preflight(client, "/cds-services/pregnancy-loss-education", "POST")
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-methods"] == "POST, OPTIONS"
    allowed = {h.strip() for h in preflight.headers["access-control-allow-headers"].split(",")}
    assert {"authorization", "content-type"} <= allowed
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert preflight.headers["allow"] == "POST, OPTIONS"


def test_cds_hooks_discovery_preflight(client: TestClient) -> None:
    preflight = cds_preflight(client, "/cds-services", "GET")
    assert preflight.status_code == 204
    assert "GET" in preflight.headers["access-control-allow-methods"]
    assert "authorization" in preflight.headers["access-control-allow-headers"]
    assert preflight.headers["allow"] == "GET, HEAD, OPTIONS"
    refused = cds_preflight(client, "/cds-services/pregnancy-loss-education", "GET")
    assert "POST and OPTIONS" in assert_problem(refused, 400)["detail"]


def test_cds_hooks_preflight_respects_configured_origins(built: object) -> None:
    from app.loader.build import BuildResult
    from app.main import create_app

    assert isinstance(built, BuildResult)
    app = create_app(settings_for(built.path, cors_origins="https://ehr.example"))
    with TestClient(app) as restricted:
        for path, method in (
            ("/cds-services/pregnancy-loss-education", "POST"),
            ("/cds-services", "GET"),
        ):
            allowed = cds_preflight(restricted, path, method)
            assert allowed.status_code == 204
            assert allowed.headers["access-control-allow-origin"] == "https://ehr.example"
        other = restricted.options(
            "/cds-services/pregnancy-loss-education",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert "origin" in assert_problem(other, 400)["detail"]
        assert "access-control-allow-origin" not in other.headers


def test_restricted_cors_origins(built: object) -> None:
    from app.loader.build import BuildResult
    from app.main import create_app

    assert isinstance(built, BuildResult)
    app = create_app(settings_for(built.path, cors_origins="https://app.example.org"))
    with TestClient(app) as restricted:
        allowed = restricted.get("/v1/meta", headers={"Origin": "https://app.example.org"})
        assert allowed.headers["access-control-allow-origin"] == "https://app.example.org"
        other = restricted.get("/v1/meta", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        # The answer depends on Origin whether or not it names an allowed one, or any: a
        # shared cache that kept one copy would hand it to every origin.
        for response in (allowed, other, restricted.get("/v1/meta"), restricted.get("/healthz")):
            vary = [part.strip() for part in response.headers["vary"].split(",")]
            assert vary.count("Origin") == 1, response.headers["vary"]
        assert "Accept-Encoding" in allowed.headers["vary"]


def test_any_origin_does_not_vary(client: TestClient) -> None:
    response = client.get("/v1/meta", headers={"Origin": "https://app.example.org"})
    assert "Origin" not in response.headers["vary"]


@pytest.mark.parametrize(
    ("options", "status"),
    [
        ({"headers": {"X-Big": "a" * 9000}}, 431),
        ({"params": {"x": "1" * 3000}}, 414),
    ],
)
def test_a_cds_hooks_call_is_bounded_as_a_read_is(
    client: TestClient, options: dict[str, Any], status: int
) -> None:
    response = client.post("/cds-services/pregnancy-loss-education", json={}, **options)
    assert_problem(response, status)


@pytest.mark.parametrize(
    ("method", "path", "options", "status"),
    [
        ("POST", "/causes/cervical-insufficiency", {}, 405),
        ("DELETE", "/embed/causes/cervical-insufficiency", {}, 405),
        ("GET", "/causes/cervical-insufficiency?x=" + "1" * 3000, {}, 414),
        ("GET", "/", {"headers": {"X-Big": "a" * 9000}}, 431),
        ("GET", "/causes/cervical-insufficiency", {"content": b"x"}, 400),
    ],
)
def test_a_person_refused_by_the_guard_gets_a_kind_page(
    client: TestClient, method: str, path: str, options: dict[str, Any], status: int
) -> None:
    headers = {**BROWSER, **options.get("headers", {})}
    options = {key: value for key, value in options.items() if key != "headers"}
    response = client.request(method, path, headers=headers, **options)
    page = assert_kind_page(response, status)
    assert ('class="embed"' in page) is path.startswith("/embed/")
    if status == 405:
        assert response.headers["allow"] == "GET, HEAD, OPTIONS"
        assert "This page cannot do that" in page
    api = client.request(
        method,
        "/v1/causes" + path.partition("?")[1] + path.partition("?")[2],
        headers=headers,
        **options,
    )
    assert_problem(api, status)
