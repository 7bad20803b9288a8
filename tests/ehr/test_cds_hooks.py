"""CDS Hooks: discovery, and patient-view calls shaped as the specification's examples."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.codes import MAX_CODES
from tests.helpers import GUIDE_CODES, assert_problem

FHIR_SYSTEM = {"icd10cm": "http://hl7.org/fhir/sid/icd-10-cm", "snomedct": "http://snomed.info/sct"}


def call(codings: list[dict[str, str]]) -> dict[str, Any]:
    """A patient-view call as the CDS Hooks specification shows one, with a prefetched Bundle."""
    return {
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "fhirServer": "https://fhir.example.org",
        "hook": "patient-view",
        "context": {"userId": "Practitioner/example", "patientId": "1288992"},
        "prefetch": {
            "conditions": {
                "resourceType": "Bundle",
                "type": "searchset",
                "entry": [
                    {
                        "resource": {
                            "resourceType": "Condition",
                            "id": f"c{n}",
                            "subject": {"reference": "Patient/1288992"},
                            "code": {"coding": [coding]},
                        }
                    }
                    for n, coding in enumerate(codings)
                ],
            }
        },
    }


def test_discovery(client: TestClient) -> None:
    body = client.get("/cds-services").json()
    (service,) = body["services"]
    assert service["hook"] == "patient-view"
    assert service["id"] == "pregnancy-loss-education"
    assert "{{context.patientId}}" in service["prefetch"]["conditions"]


def card_for(client: TestClient, system: str, code: str) -> list[dict[str, Any]]:
    coding = {"system": FHIR_SYSTEM[system], "code": code}
    response = client.post("/cds-services/pregnancy-loss-education", json=call([coding]))
    assert response.status_code == 200, response.text
    cards: list[dict[str, Any]] = response.json()["cards"]
    return cards


@pytest.mark.parametrize(
    ("system", "code", "slug"),
    [(s, c, slug) for s, c, t, slug in GUIDE_CODES if t == "conditions"],
)
def test_every_guide_code_gets_a_well_formed_card(
    client: TestClient, system: str, code: str, slug: str
) -> None:
    cards = card_for(client, system, code)
    assert cards
    card = next(c for c in cards if c["links"][0]["url"].endswith(f"/conditions/{slug}"))
    assert len(card["summary"]) < 140
    assert card["indicator"] == "info"
    assert card["source"]["label"]
    assert card["source"]["url"].startswith("http")
    assert card["uuid"]
    for link in card["links"]:
        assert link["type"] == "absolute"
        assert link["url"].startswith("http")


def test_no_conditions_no_cards(client: TestClient) -> None:
    body = call([{"system": "http://loinc.org", "code": "1234-5"}])
    response = client.post("/cds-services/pregnancy-loss-education", json=body)
    assert response.json() == {"cards": []}
    del body["prefetch"]
    assert client.post("/cds-services/pregnancy-loss-education", json=body).json() == {"cards": []}


def test_several_conditions_give_several_cards_once_each(client: TestClient) -> None:
    codings = [
        {"system": FHIR_SYSTEM["icd10cm"], "code": "O03.9"},
        {"system": FHIR_SYSTEM["snomedct"], "code": "17369002"},
        {"system": FHIR_SYSTEM["icd10cm"], "code": "P95"},
    ]
    cards = client.post("/cds-services/pregnancy-loss-education", json=call(codings)).json()[
        "cards"
    ]
    urls = [card["links"][0]["url"] for card in cards]
    assert len(urls) == len(set(urls)) <= 3
    assert any(url.endswith("/conditions/stillbirth") for url in urls)


def test_bad_calls(client: TestClient) -> None:
    assert (
        client.post("/cds-services/pregnancy-loss-education", json={"hook": 1}).status_code == 422
    )
    refused = client.post("/cds-services/other", json={})
    assert refused.status_code in (404, 405)
    big = client.post(
        "/cds-services/pregnancy-loss-education",
        content=b"{" + b" " * 300_000 + b"}",
        headers={"content-type": "application/json"},
    )
    assert big.status_code == 413


SERVICE = "/cds-services/pregnancy-loss-education"


def test_another_hook_is_refused_naming_the_expected_one(client: TestClient) -> None:
    body = call([{"system": FHIR_SYSTEM["snomedct"], "code": "237364002"}])
    body["hook"] = "order-select"
    problem = assert_problem(client.post(SERVICE, json=body), 400)
    assert "'patient-view'" in problem["detail"]
    assert "'order-select'" in problem["detail"]


@pytest.mark.parametrize("content", [b"{", b'{"hook": "patient-view",}', b"not json"])
def test_a_body_that_is_not_json_is_a_400(client: TestClient, content: bytes) -> None:
    response = client.post(SERVICE, content=content, headers={"content-type": "application/json"})
    problem = assert_problem(response, 400)
    assert "not valid JSON" in problem["detail"]
    assert "errors" not in problem


def test_json_of_the_wrong_shape_is_a_422_naming_the_field(client: TestClient) -> None:
    body = call([])
    del body["hookInstance"]
    problem = assert_problem(client.post(SERVICE, json=body), 422)
    assert [error["location"] for error in problem["errors"]] == ["body.hookInstance"]


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
def test_other_methods_on_the_service_say_what_it_answers(client: TestClient, method: str) -> None:
    response = client.request(method, SERVICE)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST, OPTIONS"
    if method != "HEAD":
        problem = assert_problem(response, 405)
        assert "POST and OPTIONS" in problem["detail"]
        assert "GET" not in problem["detail"]


def test_options_on_the_service_lists_post(client: TestClient) -> None:
    response = client.options(SERVICE)
    assert response.status_code == 204
    assert response.headers["allow"] == "POST, OPTIONS"
    assert client.options("/cds-services").headers["allow"] == "GET, HEAD, OPTIONS"


def test_openapi_says_every_card_has_a_detail_and_links(client: TestClient) -> None:
    """Every card is sent with both, so typed clients need not check for their absence."""
    card = client.get("/openapi.json").json()["components"]["schemas"]["CdsCard"]
    assert {"detail", "links"} <= set(card["required"])
    assert card["properties"]["detail"]["type"] == "string"
    assert card["properties"]["links"]["type"] == "array"
    coding = {"system": FHIR_SYSTEM["icd10cm"], "code": "O03.9"}
    response = client.post("/cds-services/pregnancy-loss-education", json=call([coding]))
    cards = response.json()["cards"]
    assert cards
    for sent in cards:
        assert isinstance(sent["detail"], str)
        assert sent["links"]


def test_discovery_documents_the_same_refusals_as_every_read(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    discovery = set(spec["paths"]["/cds-services"]["get"]["responses"])
    assert discovery >= {"200", "304", "400", "414", "429", "431"}
    assert_problem(client.request("GET", "/cds-services", json={"a": 1}), 400)


STILLBIRTH = {"system": FHIR_SYSTEM["snomedct"], "code": "237364002"}


def conditions_call(**condition: Any) -> dict[str, Any]:
    """A call whose one prefetched Condition names stillbirth, with ``condition`` merged in."""
    body = call([STILLBIRTH])
    body["prefetch"]["conditions"]["entry"][0]["resource"].update(condition)
    return body


@pytest.mark.parametrize(
    "condition",
    [
        {"verificationStatus": {"coding": [{"code": "entered-in-error"}]}},
        {"verificationStatus": {"coding": [{"code": "refuted"}]}},
        {"verificationStatus": "entered-in-error"},
        {"subject": {"reference": "Patient/OTHER"}},
        {"subject": {"reference": "https://fhir.example.org/Patient/OTHER"}},
        {"subject": {"display": "no reference"}},
    ],
)
def test_conditions_in_error_or_about_another_patient_give_no_card(
    client: TestClient, condition: dict[str, Any]
) -> None:
    response = client.post(SERVICE, json=conditions_call(**condition))
    assert response.status_code == 200, response.text
    assert response.json()["cards"] == []


@pytest.mark.parametrize(
    "condition",
    [
        {},
        {"subject": {"reference": "https://fhir.example.org/Patient/1288992"}},
        {"verificationStatus": {"coding": [{"code": "confirmed"}]}},
        {"clinicalStatus": {"coding": [{"code": "resolved"}]}},
        {"clinicalStatus": {"coding": [{"code": "inactive"}]}},
    ],
)
def test_the_patients_own_conditions_past_ones_too_give_a_card(
    client: TestClient, condition: dict[str, Any]
) -> None:
    cards = client.post(SERVICE, json=conditions_call(**condition)).json()["cards"]
    assert [card["links"][0]["url"].rsplit("/", 1)[-1] for card in cards] == ["stillbirth"]


def test_a_condition_without_subject_counts(client: TestClient) -> None:
    body = call([STILLBIRTH])
    del body["prefetch"]["conditions"]["entry"][0]["resource"]["subject"]
    assert len(client.post(SERVICE, json=body).json()["cards"]) == 1


def test_a_condition_in_context_about_another_patient_gives_no_card(client: TestClient) -> None:
    body = call([])
    body["context"]["conditions"] = [
        {
            "resourceType": "Condition",
            "subject": {"reference": "Patient/OTHER"},
            "code": {"coding": [STILLBIRTH]},
        }
    ]
    assert client.post(SERVICE, json=body).json()["cards"] == []


def test_an_empty_body_is_a_400(client: TestClient) -> None:
    response = client.post(SERVICE, content=b"", headers={"content-type": "application/json"})
    problem = assert_problem(response, 400)
    assert "empty" in problem["detail"]


@pytest.mark.parametrize("media_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_a_body_of_another_media_type_is_a_415(client: TestClient, media_type: str) -> None:
    response = client.post(SERVICE, json=call([STILLBIRTH]), headers={"content-type": media_type})
    problem = assert_problem(response, 415)
    assert media_type in problem["detail"]


@pytest.mark.parametrize(
    "media_type", ["application/json", "application/json; charset=utf-8", "application/fhir+json"]
)
def test_json_media_types_are_accepted(client: TestClient, media_type: str) -> None:
    response = client.post(SERVICE, json=call([STILLBIRTH]), headers={"content-type": media_type})
    assert response.status_code == 200, response.text
    assert len(response.json()["cards"]) == 1


def test_a_context_without_patient_id_is_a_422_naming_it(client: TestClient) -> None:
    body = call([STILLBIRTH])
    body["context"] = {}
    problem = assert_problem(client.post(SERVICE, json=body), 422)
    assert [error["location"] for error in problem["errors"]] == ["body.context.patientId"]


def test_a_whole_problem_list_is_read_but_its_pregnancy_loss_codes_are_bounded(
    client: TestClient,
) -> None:
    unrelated = [
        {"system": FHIR_SYSTEM["icd10cm"], "code": f"E{10 + n // 10}.{n % 10}"} for n in range(60)
    ]
    loss = [{"system": FHIR_SYSTEM["icd10cm"], "code": "O03.4"}]
    answered = client.post("/cds-services/pregnancy-loss-education", json=call(unrelated + loss))
    assert answered.status_code == 200, answered.text
    assert answered.json()["cards"][0]["links"][0]["url"].endswith("/incomplete-miscarriage")
    many = [
        {"system": FHIR_SYSTEM["icd10cm"], "code": f"O0{n % 4}.{n // 4}"}
        for n in range(MAX_CODES + 1)
    ]
    refused = client.post("/cds-services/pregnancy-loss-education", json=call(many))
    body = assert_problem(refused, 422)
    assert f"At most {MAX_CODES} distinct pregnancy-loss codes" in body["errors"][0]["message"]
    within = client.post("/cds-services/pregnancy-loss-education", json=call(many[:MAX_CODES]))
    assert within.status_code == 200
    assert 1 <= len(within.json()["cards"]) <= 3
