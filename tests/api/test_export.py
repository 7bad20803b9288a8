"""The bulk export: every record `/v1/meta` counts, each as its detail answers it, a last
line naming the version, an ETag that is the version's, gzip and the cache; and `plapi
export` writes the same bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.loader.build import BuildResult
from tests.helpers import assert_problem


@pytest.fixture(scope="module")
def exported(client: TestClient) -> bytes:
    response = client.get("/v1/export")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-ndjson"
    return response.content


def lines(body: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in body.decode("utf-8").splitlines()]


def test_the_export_holds_every_record_meta_counts(exported: bytes, client: TestClient) -> None:
    *records, last = lines(exported)
    meta = client.get("/v1/meta").json()
    assert last["dataset_version"] == meta["dataset_version"]
    assert last["counts"] == meta["counts"]
    assert last["records"] == len(records) == sum(meta["counts"].values())
    assert {"license", "attribution", "disclaimer"} <= set(last)
    assert "type" not in last
    for name, count in meta["counts"].items():
        assert sum(record["type"] == name for record in records) == count
    assert len({(record["type"], record["slug"]) for record in records}) == len(records)


def test_each_line_is_the_record_as_its_detail_answers_it(
    exported: bytes, client: TestClient
) -> None:
    records = lines(exported)[:-1]
    for record in records[:: max(len(records) // 25, 1)]:
        type_name = record.pop("type")
        assert record["url"] == f"/v1/{type_name}/{record['slug']}"
        assert client.get(record["url"]).json() == record
        assert record["license"] == "CC-BY-4.0"
        assert record["url"] in record["attribution"]


def test_the_etag_is_the_dataset_version(client: TestClient, built: BuildResult) -> None:
    response = client.get("/v1/export", headers={"Accept-Encoding": "identity"})
    assert response.headers["etag"] == f'"{built.version}"'
    again = client.get("/v1/export", headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304
    causes = client.get(
        "/v1/export", params={"type": "causes"}, headers={"Accept-Encoding": "identity"}
    )
    assert causes.headers["etag"] == f'"{built.version}-causes"'
    assert {record.get("type") for record in lines(causes.content)[:-1]} == {"causes"}
    assert lines(causes.content)[-1]["counts"] == {
        "causes": client.get("/v1/causes").json()["total"]
    }


def test_gzip_on_request_and_from_the_cache(client: TestClient, exported: bytes) -> None:
    hits = client.app.state.cache.hits  # type: ignore[attr-defined]
    response = client.get("/v1/export", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["etag"].endswith('-gzip"')
    assert int(response.headers["content-length"]) < len(exported) / 5
    assert response.content == exported
    assert client.app.state.cache.hits > hits  # type: ignore[attr-defined]


def test_an_unknown_option_or_type_is_refused(client: TestClient) -> None:
    assert_problem(client.get("/v1/export", params={"type": "pages"}), 422)
    assert_problem(client.get("/v1/export", params={"lang": "xx"}), 422)


def test_plapi_export_writes_the_same_bytes(
    exported: bytes,
    built: BuildResult,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PLAPI_DATABASE_PATH", str(built.path))
    get_settings.cache_clear()
    try:
        target = tmp_path / "export.ndjson"
        result = CliRunner().invoke(cli, ["export", str(target)])
        assert result.exit_code == 0, result.output
        assert target.read_bytes() == exported
        assert f"version {built.version}" in result.output
        refused = CliRunner().invoke(cli, ["export", str(target), "type=pages"])
        assert refused.exit_code == 1
    finally:
        get_settings.cache_clear()
