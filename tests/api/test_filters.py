"""Filters on list routes: each narrows the list to exactly the matching records."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def all_items(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    body = client.get(path, params={"limit": 100, **params}).json()
    assert body["total"] <= 100, "raise the page walk in this helper"
    items: list[dict[str, Any]] = body["items"]
    return items


SECOND_TRIMESTER_CAUSES = {
    "cervical-insufficiency",
    "infection",
    "abdominal-trauma",
    "birth-defects",
    "thrombophilia",
    "placental-problems",
    "unknown-causes",
}


def test_second_trimester_causes_from_the_seed(client: TestClient) -> None:
    items = all_items(client, "/v1/causes", trimester="second")
    slugs = {item["slug"] for item in items}
    assert slugs >= SECOND_TRIMESTER_CAUSES
    for item in items:
        assert "second" in item["trimesters"]
        assert item["references"], f"{item['slug']} has no references"
    first_only = {
        i["slug"] for i in all_items(client, "/v1/causes") if i["trimesters"] == ["first"]
    }
    assert not slugs & first_only


@pytest.mark.parametrize("week", [6, 16, 30])
def test_causes_by_week(client: TestClient, week: int) -> None:
    items = all_items(client, "/v1/causes", week=week)
    assert items
    for item in items:
        weeks = item["weeks"]
        assert weeks["start"] <= week
        assert weeks["end"] is None or week < weeks["end"]
    excluded = [i for i in all_items(client, "/v1/causes") if i not in items]
    for item in excluded:
        weeks = item["weeks"]
        assert not (weeks["start"] <= week and (weeks["end"] is None or week < weeks["end"]))


def test_causes_by_category(client: TestClient) -> None:
    items = all_items(client, "/v1/causes", category="clotting")
    assert {i["slug"] for i in items} >= {"thrombophilia", "antiphospholipid-syndrome"}
    assert {i["category"] for i in items} == {"clotting"}


@pytest.mark.parametrize("urgency", ["emergency", "urgent", "routine"])
def test_symptoms_by_urgency(client: TestClient, urgency: str) -> None:
    items = all_items(client, "/v1/symptoms", urgency=urgency)
    assert {i["urgency"] for i in items} <= {urgency}


def test_emergency_symptoms(client: TestClient) -> None:
    slugs = {i["slug"] for i in all_items(client, "/v1/symptoms", urgency="emergency")}
    assert {"heavy-bleeding", "dizziness-or-fainting", "shoulder-tip-pain"} <= slugs


@pytest.mark.parametrize("kind", ["expectant", "medication", "procedure", "supportive"])
def test_treatments_by_kind(client: TestClient, kind: str) -> None:
    items = all_items(client, "/v1/treatments", kind=kind)
    assert items
    assert {i["kind"] for i in items} == {kind}


def test_organizations_by_kind_and_country(client: TestClient) -> None:
    items = all_items(client, "/v1/organizations", kind="helpline", country="US")
    slugs = {i["slug"] for i in items}
    assert "national-domestic-violence-hotline" in slugs
    assert all(i["kind"] == "helpline" and i["country"] == "US" for i in items)
    hotline = client.get("/v1/organizations/national-domestic-violence-hotline").json()
    assert hotline["phone"].startswith("1-800-799-SAFE")
    assert not [
        i for i in all_items(client, "/v1/organizations", country="GB") if i["country"] != "GB"
    ]


def test_references_by_category(client: TestClient) -> None:
    items = all_items(client, "/v1/references", category="start-here")
    assert len(items) == 8
    assert {i["category"] for i in items} == {"start-here"}


def test_conditions_by_week(client: TestClient) -> None:
    slugs = {i["slug"] for i in all_items(client, "/v1/conditions", week=30)}
    assert "stillbirth" in slugs
    assert "early-miscarriage" not in slugs
