"""Request ids, JSON access logs and Prometheus metrics."""

from __future__ import annotations

import json
import logging

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.loader.build import BuildResult
from app.main import create_app, route_labels
from app.middleware.observability import JsonFormatter
from app.vocabulary import RecordTypeName
from tests.helpers import settings_for


def test_request_id_is_echoed_or_made(client: TestClient) -> None:
    echoed = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    made = client.get("/healthz")
    assert len(made.headers["x-request-id"]) == 32
    unsafe = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert unsafe.headers["x-request-id"] != "bad id\twith spaces"


def test_access_log_is_json_with_the_request_id(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="app.access"):
        client.get("/v1/causes?limit=2", headers={"X-Request-ID": "trace-42"})
    (record,) = [r for r in caplog.records if r.name == "app.access"]
    entry = json.loads(JsonFormatter().format(record))
    assert entry["request_id"] == "trace-42"
    assert entry["path"] == "/v1/causes"
    assert entry["query"] == "limit=2"
    assert entry["status"] == 200
    assert entry["duration_ms"] >= 0


def test_metrics(client: TestClient, built: BuildResult) -> None:
    client.get("/v1/symptoms/fever")
    client.get("/v1/symptoms/fever")
    client.get("/v1/symptoms/nope")
    text = client.get("/metrics").text
    assert 'plapi_requests_total{method="GET",route="/v1/symptoms/{slug}",status="200"}' in text
    assert 'route="/v1/symptoms/{slug}",status="404"' in text
    assert "plapi_request_duration_seconds_bucket" in text
    assert f'plapi_dataset_info{{version="{built.version}"}} 1.0' in text
    hits = next(
        float(line.split()[-1])
        for line in text.splitlines()
        if line.startswith("plapi_cache_hits_total")
    )
    assert hits >= 1


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/v1/causes", "/v1/causes"),
        ("/v1/causes/anything-at-all", "/v1/causes/{slug}"),
        ("/v1/search", "/v1/search"),
        ("/v1/lookup", "/v1/lookup"),
        ("/cds-services", "/cds-services"),
        ("/cds-services/pregnancy-loss-education", "/cds-services/pregnancy-loss-education"),
        ("/cds-services/another", "unmatched"),
        ("/conditions/stillbirth", "/conditions/{slug}"),
        ("/embed/causes/smoking", "/embed/causes/{slug}"),
        ("/fragments/causes/smoking", "/fragments/causes/{slug}"),
        ("/fragments/smoking", "/fragments/{slug}"),
        ("/wp-admin/x.php", "unmatched"),
        ("/v1/nothing/here", "unmatched"),
        ("/nothing/here", "unmatched"),
        ("/v1/causes/a/b", "unmatched"),
    ],
)
def test_route_labels_stay_few(path: str, label: str) -> None:
    route_label = route_labels(create_app(Settings()))
    assert route_label(path) == label


def test_every_route_has_a_label_of_its_own(built: BuildResult) -> None:
    """Each route the app serves is counted under its own template, never as unmatched."""
    app = create_app(settings_for(built.path))
    route_label = route_labels(app)
    templates = set(app.openapi()["paths"])
    pages = {"/", "/docs", "/redoc", "/fragments/{slug}"}
    for type_name in RecordTypeName:
        pages |= {f"{prefix}/{type_name.value}/{{slug}}" for prefix in ("", "/embed", "/fragments")}
    assert len(templates) >= 18
    for template in templates | pages:
        assert route_label(template.replace("{slug}", "an-example")) == template
