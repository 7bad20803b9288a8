"""Request ids, JSON access logs and Prometheus metrics."""

from __future__ import annotations

import json
import logging

import pytest
from fastapi.testclient import TestClient
from prometheus_client import generate_latest

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
    assert entry["route"] == "/v1/causes"
    assert entry["parameters"] == ["limit"]
    assert entry["status"] == 200
    assert entry["duration_ms"] >= 0


@pytest.mark.parametrize(
    "url",
    [
        "/v1/search?q=bleeding+after+my+abortion+at+14+weeks",
        "/?q=bleeding+after+my+abortion+at+14+weeks",
        "/v1/lookup?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=O03.4"
        "&patientPerson.administrativeGenderCode.c=F&age.v.v=37&age.v.u=a"
        "&locationOfInterest.addr.ZIP=84101&mainSearchCriteria.v.dn=Incomplete+abortion",
        "/v1/causes/my-name-is-jane?trimester=second",
    ],
)
def test_the_access_log_keeps_no_patient_text(
    client: TestClient, caplog: pytest.LogCaptureFixture, url: str
) -> None:
    """Log lines name the route and the parameters, never what was searched or who for."""
    with caplog.at_level(logging.INFO, logger="app.access"):
        client.get(url)
    (record,) = [r for r in caplog.records if r.name == "app.access"]
    entry = json.loads(JsonFormatter().format(record))
    assert entry["parameters"]
    measured = ("time", "status", "duration_ms", "bytes", "request_id")  # the service's own
    logged = json.dumps({name: value for name, value in entry.items() if name not in measured})
    for secret in ("bleeding", "abortion", "37", "84101", "Incomplete", "jane", "O03.4", "second"):
        assert secret not in logged, secret


def test_metrics_are_kept_but_not_served_on_the_public_port(
    client: TestClient, built: BuildResult
) -> None:
    client.get("/v1/symptoms/fever")
    client.get("/v1/symptoms/fever")
    client.get("/v1/symptoms/nope")
    assert client.get("/metrics").status_code == 404
    text = generate_latest(client.app.state.metrics.registry).decode()  # type: ignore[attr-defined]
    assert 'plapi_requests_total{method="GET",route="/v1/symptoms/{slug}",status="200"}' in text
    assert 'route="/v1/symptoms/{slug}",status="404"' in text
    assert 'route="unmatched",status="404"' in text
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
