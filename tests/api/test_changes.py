"""The change feed: what changed since a version, removals kept, withdrawn records answer
410, and an unknown version says to start again from the export. One test drives it as an
app would, against a server that reloads a new dataset."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
import pytest
from fastapi.testclient import TestClient

from app.loader.build import BuildResult
from app.loader.pipeline import load
from app.main import create_app
from tests.helpers import (
    DELETED,
    EDITED,
    assert_problem,
    edit_and_delete,
    serving,
    settings_for,
    wait_for,
)


def test_the_whole_history_by_default(client: TestClient, built: BuildResult) -> None:
    response = client.get("/v1/changes", params={"limit": 5})
    page = response.json()
    assert page["total"] == built.record_count
    assert page["dataset_version"] == built.version
    assert len(page["items"]) == 5
    first = page["items"][0]
    assert set(first) == {"type", "slug", "change", "version", "at", "url"}
    assert first["change"] == "added"
    assert first["url"] == f"/v1/{first['type']}/{first['slug']}"
    assert 'rel="next"' in response.headers["link"]


def test_nothing_since_the_current_version(client: TestClient, built: BuildResult) -> None:
    page = client.get("/v1/changes", params={"since": built.version}).json()
    assert page["items"] == []
    assert page["total"] == 0


def test_a_version_never_served_says_to_start_again_from_the_export(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/changes", params={"since": "0123456789abcdef"}), 410)
    assert "GET /v1/export" in body["detail"]
    assert_problem(client.get("/v1/changes", params={"since": "not-a-version"}), 422)


# Rendering the whole export, on a busy machine under coverage, while the cache warms up.
EXPORT_TIMEOUT = 120


@pytest.mark.slow
def test_an_app_syncs_across_a_live_reload(
    built: BuildResult, data_copy: Path, tmp_path: Path
) -> None:
    """Export, then a curator edits one record and deletes another and loads; the running
    service picks the new dataset up, and the app learns of both changes and of the
    withdrawal."""
    database = tmp_path / "plapi.sqlite3"
    database.write_bytes(built.path.read_bytes())
    with serving(create_app(settings_for(database, reload_interval=0.05))) as base:
        exported = httpx2.get(f"{base}/v1/export", timeout=EXPORT_TIMEOUT)
        since = exported.text.splitlines()[-1]
        assert built.version in since
        deleted_url = f"{base}/v1/{DELETED[0]}/{DELETED[1]}"
        assert httpx2.get(deleted_url).status_code == 200

        edit_and_delete(data_copy)
        after = load(data_copy, database).version
        wait_for(lambda: httpx2.get(f"{base}/v1/meta").json()["dataset_version"] == after)

        page = httpx2.get(
            f"{base}/v1/changes", params={"since": built.version, "limit": 100}
        ).json()
        changes = {(item["type"], item["slug"]): item for item in page["items"]}
        assert page["dataset_version"] == after
        assert changes[EDITED]["change"] == "changed"
        assert changes[DELETED]["change"] == "removed"
        assert {item["version"] for item in page["items"]} == {after}
        gone = assert_problem(httpx2.get(deleted_url), 410)
        assert after in gone["detail"]
        assert (
            httpx2.get(f"{base}/v1/{EDITED[0]}/{EDITED[1]}")
            .json()["summary"]
            .endswith("Talk to your care team about it.")
        )
        # The export of the new version is another: the old ETag no longer matches.
        stale = {"If-None-Match": exported.headers["etag"]}
        fresh = httpx2.get(f"{base}/v1/export", headers=stale, timeout=EXPORT_TIMEOUT)
        assert fresh.status_code == 200
        assert fresh.headers["etag"].startswith(f'"{after}')
        assert DELETED[1] not in {json.loads(line).get("slug") for line in fresh.text.splitlines()}


def test_a_record_never_served_is_still_a_404(client: TestClient) -> None:
    assert_problem(client.get("/v1/conditions/never-a-record"), 404)
