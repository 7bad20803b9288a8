"""How far each record has been checked is stored, served on every summary and detail, and a
filter of every list."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from app.loader.build import BuildResult
from app.loader.pipeline import check, load
from app.main import create_app
from app.registry import TYPES
from app.vocabulary import ReviewStatus
from tests.helpers import DATA_DIR, assert_problem, settings_for

STATUSES = {status.value for status in ReviewStatus}
SIGN_OFF = {
    "name": "Dr Ada Example",
    "credentials": "MD; obstetrician",
    "date": "2026-11-01",
    "checked": "all text and figures against the cited sources",
}


@pytest.mark.parametrize("type_name", list(TYPES))
def test_every_summary_and_detail_says_how_far_it_was_checked(
    client: TestClient, type_name: str
) -> None:
    items = client.get(f"/v1/{type_name}", params={"limit": 100}).json()["items"]
    assert items
    for item in items:
        assert item["review_status"] in STATUSES
        assert (item["clinician_review"] is None) == (item["review_status"] != "clinician-reviewed")
    detail = client.get(f"/v1/{type_name}/{items[0]['slug']}").json()
    assert detail["review_status"] == items[0]["review_status"]
    assert detail["clinician_review"] == items[0]["clinician_review"]


@pytest.mark.parametrize("type_name", list(TYPES))
def test_every_list_filters_by_review_status(client: TestClient, type_name: str) -> None:
    counted = {
        status: client.get(f"/v1/{type_name}", params={"review_status": status}).json()["total"]
        for status in STATUSES
    }
    assert sum(counted.values()) == client.get(f"/v1/{type_name}").json()["total"]
    body = assert_problem(client.get(f"/v1/{type_name}", params={"review_status": "done"}), 422)
    assert body["errors"][0]["location"] == "query.review_status"


def test_the_filter_is_documented_on_every_list(spec: dict[str, Any]) -> None:
    for type_name in TYPES:
        parameters = spec["paths"][f"/v1/{type_name}"]["get"]["parameters"]
        (status,) = [p for p in parameters if p.get("name") == "review_status"]
        assert status["schema"]["$ref"] == "#/components/schemas/ReviewStatus"


def _mark(data: Path, folder: str, slug: str, **fields: Any) -> None:
    path = data / folder / f"{slug}.yaml"
    record = yaml.safe_load(path.read_text())
    record.update(fields)
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real data with one cause signed off by a clinician and one reference
    source-checked."""
    import shutil

    data = tmp_path_factory.mktemp("reviewed") / "data"
    shutil.copytree(DATA_DIR, data)
    _mark(
        data,
        "causes",
        "cervical-insufficiency",
        review_status="clinician-reviewed",
        clinician_review=SIGN_OFF,
    )
    _mark(data, "references", "acog-pb-200-early-pregnancy-loss", review_status="source-checked")
    return load(data, data.parent / "plapi.sqlite3")


def reviewed_data(built: BuildResult) -> Path:
    return built.path.parent / "data"


def test_a_sign_off_is_stored_and_served(reviewed: BuildResult) -> None:
    with sqlite3.connect(reviewed.path) as connection:
        stored = connection.execute(
            "SELECT review_status, clinician_review IS NOT NULL FROM cause WHERE slug = ?",
            ("cervical-insufficiency",),
        ).fetchone()
    assert stored == ("clinician-reviewed", 1)
    with TestClient(create_app(settings_for(reviewed.path))) as client:
        cause = client.get("/v1/causes/cervical-insufficiency").json()
        assert cause["review_status"] == "clinician-reviewed"
        assert cause["clinician_review"] == {**SIGN_OFF, "registration": None}
        signed = client.get("/v1/causes", params={"review_status": "clinician-reviewed"}).json()
        assert [item["slug"] for item in signed["items"]] == ["cervical-insufficiency"]
        assert signed["items"][0]["clinician_review"]["name"] == SIGN_OFF["name"]
        checked = client.get(
            "/v1/references", params={"review_status": "source-checked", "limit": 100}
        ).json()
        expected = sorted(
            slug
            for slug, ref in check(reviewed_data(reviewed)).records["references"].items()
            if ref.review_status.value == "source-checked"  # type: ignore[attr-defined]
        )
        assert checked["total"] == len(expected)
        assert "acog-pb-200-early-pregnancy-loss" in expected
        assert {item["review_status"] for item in checked["items"]} == {"source-checked"}
        reference = client.get("/v1/references/acog-pb-200-early-pregnancy-loss").json()
        assert (reference["review_status"], reference["clinician_review"]) == (
            "source-checked",
            None,
        )
        drafts = client.get("/v1/causes", params={"review_status": "draft"}).json()["total"]
        causes = check(reviewed_data(reviewed)).records["causes"].values()
        assert drafts == sum(c.review_status.value == "draft" for c in causes)  # type: ignore[attr-defined]
        assert drafts < client.get("/v1/causes").json()["total"]
