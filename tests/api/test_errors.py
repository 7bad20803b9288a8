"""Every error is RFC 9457 problem+json with the same shape, and bad input never gives a 500."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.helpers import assert_problem, settings_for


def test_unknown_slug(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/causes/weak-cervix"), 404)
    assert body["title"] == "Not Found"
    assert body["detail"] == "No causes record has the slug 'weak-cervix'."
    assert body["instance"] == "/v1/causes/weak-cervix"


def test_unknown_route(client: TestClient) -> None:
    body = assert_problem(client.get("/v2/nothing"), 404)
    assert body["instance"] == "/v2/nothing"


def test_method_not_allowed(client: TestClient) -> None:
    response = client.post("/v1/causes", json={})
    body = assert_problem(response, 405)
    assert body["title"] == "Method Not Allowed"
    assert "GET" in response.headers["allow"]


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/v1/causes?trimester=fourth", "query.trimester"),
        ("/v1/causes?week=0", "query.week"),
        ("/v1/causes?week=46", "query.week"),
        ("/v1/causes?week=sixteen", "query.week"),
        ("/v1/causes?limit=0", "query.limit"),
        ("/v1/causes?offset=-1", "query.offset"),
        ("/v1/symptoms?urgency=soon", "query.urgency"),
        ("/v1/treatments?kind=magic", "query.kind"),
        ("/v1/organizations?country=usa", "query.country"),
        ("/v1/references?category=misc", "query.category"),
        ("/v1/causes?trimster=second", "query.trimster"),
        ("/v1/causes/Not%20A%20Slug", "path.slug"),
    ],
)
def test_bad_parameters(client: TestClient, path: str, location: str) -> None:
    body = assert_problem(client.get(path), 422)
    assert body["title"] == "Unprocessable Content", "the RFC 9110 name"
    assert location in [error["location"] for error in body["errors"]]
    assert location in body["detail"]


def test_limit_is_capped_not_refused(client: TestClient) -> None:
    body = client.get("/v1/references", params={"limit": 1000}).json()
    assert body["limit"] == 100
    assert len(body["items"]) == min(100, body["total"])


def test_unloaded_database_gives_503(tmp_path: Any) -> None:
    from pathlib import Path

    from app.main import create_app

    app = create_app(settings_for(Path(str(tmp_path)) / "absent.sqlite3"))
    with TestClient(app) as unloaded:
        assert_problem(unloaded.get("/v1/causes"), 503)
        assert_problem(unloaded.get("/readyz"), 503)
        assert unloaded.get("/healthz").json() == {"status": "ok"}


def test_an_unexpected_error_is_a_problem_with_every_header(built: Any) -> None:
    from app.main import create_app

    app = create_app(settings_for(built.path))

    @app.get("/v1/broken", include_in_schema=False)
    def broken() -> None:
        raise RuntimeError("a bug")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/v1/broken", headers={"X-Request-ID": "req-1"})
    body = assert_problem(response, 500)
    assert "a bug" not in response.text
    assert body["title"] == "Internal Server Error"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-request-id"] == "req-1"
    assert "referrer-policy" in response.headers
