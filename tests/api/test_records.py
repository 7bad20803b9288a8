"""List and detail routes of every record type, and links read from both sides."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.registry import TYPES
from app.vocabulary import HURTFUL
from tests.helpers import assert_problem

TYPE_NAMES = sorted(TYPES)


@pytest.mark.parametrize("type_name", TYPE_NAMES)
def test_list_envelope(client: TestClient, type_name: str) -> None:
    response = client.get(f"/v1/{type_name}", params={"limit": 5})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"items", "total", "limit", "offset"}
    assert (body["limit"], body["offset"]) == (5, 0)
    assert 0 < len(body["items"]) <= 5
    for item in body["items"]:
        assert item["url"] == f"/v1/{type_name}/{item['slug']}"
        assert item["name"]
        assert item["summary"]


@pytest.mark.parametrize("type_name", TYPE_NAMES)
def test_list_is_sorted_and_complete(client: TestClient, type_name: str) -> None:
    body = client.get(f"/v1/{type_name}", params={"limit": 100}).json()
    names = [item["name"] for item in body["items"]]
    assert names == sorted(names)
    assert len(body["items"]) == min(body["total"], 100)


@pytest.mark.parametrize("type_name", TYPE_NAMES)
def test_every_record_has_a_detail(client: TestClient, type_name: str) -> None:
    offset = 0
    while True:
        body = client.get(f"/v1/{type_name}", params={"limit": 100, "offset": offset}).json()
        for item in body["items"]:
            detail = client.get(item["url"])
            assert detail.status_code == 200, item["url"]
            assert detail.json()["slug"] == item["slug"]
        offset += 100
        if offset >= body["total"]:
            break


@pytest.mark.parametrize("type_name", [name for name in TYPE_NAMES if name != "references"])
def test_details_carry_full_citations(client: TestClient, type_name: str) -> None:
    item = client.get(f"/v1/{type_name}", params={"limit": 1}).json()["items"][0]
    detail = client.get(item["url"]).json()
    assert detail["references"], f"{item['slug']} cites nothing"
    for reference in detail["references"]:
        assert reference["citation"]
        assert reference["title"]
        assert reference["url"].startswith("/v1/references/")


def test_links_are_served_from_both_sides(client: TestClient) -> None:
    cause = client.get("/v1/causes/cervical-insufficiency").json()
    assert cause["conditions"], "cervical insufficiency links to no condition"
    for condition in cause["conditions"]:
        detail = client.get(condition["url"]).json()
        assert "cervical-insufficiency" in [c["slug"] for c in detail["causes"]]
    condition = client.get("/v1/conditions/miscarriage").json()
    for symptom in condition["symptoms"]:
        back = client.get(symptom["url"]).json()
        assert "miscarriage" in [c["slug"] for c in back["conditions"]]


def test_reference_lists_who_cites_it(client: TestClient) -> None:
    reference = client.get("/v1/references/michels-2007-second-trimester-loss").json()
    assert reference["citation"].startswith("Michels TC, Tiu AY. Second trimester pregnancy loss.")
    assert "PMID: 18019878." in reference["citation"]
    cited_by = {(c["type"], c["slug"]) for c in reference["cited_by"]}
    assert ("causes", "cervical-insufficiency") in cited_by
    for citing in reference["cited_by"]:
        assert citing["url"] == f"/v1/{citing['type']}/{citing['slug']}"


def test_organization_lists_publications(client: TestClient) -> None:
    organization = client.get("/v1/organizations/march-of-dimes").json()
    slugs = {p["slug"] for p in organization["publications"]}
    assert "march-of-dimes-miscarriage" in slugs
    reference = client.get("/v1/references/march-of-dimes-miscarriage").json()
    assert reference["organization"]["slug"] == "march-of-dimes"


def test_condition_detail_has_codes_and_definitions(client: TestClient) -> None:
    condition = client.get("/v1/conditions/stillbirth").json()
    jurisdictions = {d["jurisdiction"] for d in condition["definitions"]}
    assert {"US", "WHO", "UK"} <= jurisdictions
    codes = {(c["system"], c["code"]) for c in condition["codes"]}
    assert ("snomedct", "237364002") in codes
    cited = {r["slug"] for r in condition["references"]}
    for statement in condition["definitions"] + condition["how_common"]:
        assert set(statement["references"]) <= cited


@pytest.mark.parametrize(
    ("path", "outdated"),
    [
        ("/v1/conditions/recurrent-pregnancy-loss", {"Habitual abortion"}),
        ("/v1/causes/cervical-insufficiency", {"Incompetent cervix"}),
    ],
)
def test_outdated_names_are_flagged(client: TestClient, path: str, outdated: set[str]) -> None:
    record = client.get(path).json()
    flagged = set(record["outdated_names"])
    assert {name.lower() for name in outdated} <= {name.lower() for name in flagged}
    assert flagged <= set(record["also_called"])
    kind = set(record["also_called"]) - flagged
    assert kind
    assert not any(HURTFUL.search(name) for name in kind)


def test_every_detail_flags_outdated_names(client: TestClient) -> None:
    for type_name in ("conditions", "causes", "symptoms", "diagnostic-tests", "treatments"):
        slug = client.get(f"/v1/{type_name}").json()["items"][0]["slug"]
        record = client.get(f"/v1/{type_name}/{slug}").json()
        assert record["outdated_names"] == [n for n in record["also_called"] if HURTFUL.search(n)]


@pytest.mark.parametrize(
    "path",
    [
        "/v1/causes/smoking?zz=1",
        "/v1/causes?zz=1",
        "/v1/meta?callback=x",
        "/cds-services?zz=1",
        "/v1/search?q=bleeding&zz=1",
        "/v1/lookup?system=icd10cm&code=O03.4&zz=1",
    ],
)
def test_every_api_route_refuses_a_parameter_it_does_not_know(
    client: TestClient, path: str
) -> None:
    response = client.get(path)
    body = assert_problem(response, 422)
    unknown = path.rpartition("&" if "&" in path else "?")[2].partition("=")[0]
    assert f"query.{unknown}" in [error["location"] for error in body["errors"]]
