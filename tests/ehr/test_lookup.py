"""Code look-up: every code of the content guide finds its condition, through ``system`` and
``code`` and through the HL7 Infobutton parameters an EHR sends."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from app.codes import ICD10CM_OID, SNOMEDCT_OID
from tests.helpers import GUIDE_CODES, assert_problem, slugs

# Every code CONTENT.md lists, and the record it names (x: any digit in place of a final x).
OIDS = {"icd10cm": ICD10CM_OID, "snomedct": SNOMEDCT_OID}


@pytest.mark.parametrize(("system", "code", "type_name", "slug"), GUIDE_CODES)
def test_every_guide_code_resolves(
    client: TestClient, system: str, code: str, type_name: str, slug: str
) -> None:
    direct = client.get("/v1/lookup", params={"system": system, "code": code})
    assert direct.status_code == 200, direct.text
    assert (type_name, slug) in slugs(direct.json())[:2]
    # The same look-up as an EHR's Infobutton URL.
    query = urlencode(
        {
            "mainSearchCriteria.v.c": code,
            "mainSearchCriteria.v.cs": OIDS[system],
            "mainSearchCriteria.v.dn": "as the EHR names it",
            "informationRecipient.languageCode.c": "en",
            "knowledgeResponseType": "application/json",
        }
    )
    infobutton = client.get(f"/v1/lookup?{query}")
    assert infobutton.status_code == 200, infobutton.text
    assert slugs(infobutton.json()) == slugs(direct.json())


def test_full_records_come_back(client: TestClient) -> None:
    body = client.get("/v1/lookup", params={"system": "icd10cm", "code": "O03.4"}).json()
    first = body["items"][0]
    assert (first["match"], first["matched_code"]["code"]) == ("exact", "O03.4")
    condition = first["condition"]
    for linked in ("causes", "symptoms", "treatments", "organizations", "references"):
        assert condition[linked], linked
    assert condition["references"][0]["citation"]
    assert body["system_name"] == "ICD-10-CM"
    assert body["code"] == "O03.4"


def test_hierarchy(client: TestClient) -> None:
    def matches(code: str) -> list[tuple[str, str]]:
        body = client.get("/v1/lookup", params={"system": "icd10cm", "code": code}).json()
        return [((i["condition"] or i["cause"])["slug"], i["match"]) for i in body["items"]]

    assert matches("O00.101") == [("ectopic-pregnancy", "broader")]
    family = matches("O03")
    assert {slug for slug, _ in family} >= {"miscarriage", "incomplete-miscarriage"}
    assert {kind for _, kind in family} == {"narrower"}
    sibling = matches("O03.4")
    assert sibling[0] == ("incomplete-miscarriage", "exact")
    assert ("miscarriage", "related") in sibling


@pytest.mark.parametrize("code", ["o03.4", "O034", " O03.4 ", "o034"])
def test_case_and_dots_do_not_matter(client: TestClient, code: str) -> None:
    body = client.get("/v1/lookup", params={"system": "icd10cm", "code": code}).json()
    assert slugs(body)[0] == ("conditions", "incomplete-miscarriage")


def test_uncovered_code_is_a_404_naming_it(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/lookup?system=icd10cm&code=E11.9"), 404)
    assert "ICD-10-CM E11.9" in body["detail"]
    body = assert_problem(client.get("/v1/lookup?system=snomedct&code=44054006"), 404)
    assert "SNOMED CT 44054006" in body["detail"]


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("system=icd10cm&code=hello", "query.code"),
        ("system=icd10cm&code=U99", "query.code"),
        ("system=snomedct&code=O03.4", "query.code"),
        ("system=loinc&code=1234-5", "query.system"),
        ("code=O03.4", "query.system"),
        (
            "mainSearchCriteria.v.c=O03.4&mainSearchCriteria.v.cs=1.2.3",
            "query.mainSearchCriteria.v.cs",
        ),
        (
            f"mainSearchCriteria.v.c=O03.4&mainSearchCriteria.v.cs={ICD10CM_OID}&knowledgeResponseType=text/html",
            "query.knowledgeResponseType",
        ),
    ],
)
def test_malformed_is_a_422(client: TestClient, query: str, location: str) -> None:
    body = assert_problem(client.get(f"/v1/lookup?{query}"), 422)
    assert location in [error["location"] for error in body["errors"]]


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("Z37.0", "Z37.0"),  # single live birth, beside Z37.1 single stillbirth
        ("Z37.2", "Z37.2"),  # twins, both liveborn
        ("O36.5930", "O36.5930"),  # poor fetal growth, beside O36.4 intrauterine death
        ("O36.0110", "O36.0110"),  # anti-D antibodies
        ("O26.849", "O26.849"),  # uterine size-date discrepancy, beside O26.2
        ("O20.8", "O20.8"),  # other bleeding in early pregnancy, beside O20.0
    ],
)
def test_siblings_outside_loss_categories_find_nothing(
    client: TestClient, code: str, shown: str
) -> None:
    body = assert_problem(client.get("/v1/lookup", params={"system": "icd10cm", "code": code}), 404)
    assert f"ICD-10-CM {shown}" in body["detail"]


@pytest.mark.parametrize(
    ("code", "slug", "match"),
    [
        ("O36.4XX0", "stillbirth", "broader"),
        ("O26.20", "recurrent-pregnancy-loss", "broader"),
        ("O02.81", "missed-miscarriage", "related"),
        ("O03.0", "miscarriage", "related"),
        ("O01", "molar-pregnancy", "narrower"),
    ],
)
def test_hierarchy_and_loss_siblings_still_match(
    client: TestClient, code: str, slug: str, match: str
) -> None:
    body = client.get("/v1/lookup", params={"system": "icd10cm", "code": code}).json()
    assert (slug, match) in [
        ((i["condition"] or i["cause"])["slug"], i["match"]) for i in body["items"]
    ]
