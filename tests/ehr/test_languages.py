"""EHRs in Spanish: the Infobutton language codes MedlinePlus Connect takes (`es`, `sp`, any
case) and CDS Hooks cards in the language a prefetched FHIR Patient prefers."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from app.api.infobutton import LANGUAGE_PARAMETERS
from app.codes import SNOMEDCT_OID

CODE = {"mainSearchCriteria.v.cs": SNOMEDCT_OID, "mainSearchCriteria.v.c": "17369002"}
RECIPIENT = "informationRecipient.languageCode.c"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PERFORMER = "performer.languageCode.c"


def lookup(client: TestClient, **params: str) -> Any:
    return client.get(f"/v1/lookup?{urlencode({**CODE, **params})}")


def condition_name(response: Any) -> str:
    name: str = response.json()["items"][0]["condition"]["name"]
    return name


@pytest.mark.parametrize("code", ["es", "ES", "sp", "SP", "Sp", "spa", "es-MX", "es_US"])
def test_spanish_by_the_readers_language(client: TestClient, code: str) -> None:
    response = lookup(client, **{RECIPIENT: code})
    assert response.status_code == 200
    assert response.headers["content-language"] == "es"
    assert response.json()["language"] == "es"
    assert condition_name(response) == "Aborto espontáneo"


@pytest.mark.parametrize("code", ["en", "EN", "fr", "zz", "x-klingon", ""])
def test_any_other_code_is_english_not_an_error(client: TestClient, code: str) -> None:
    response = lookup(client, **{RECIPIENT: code}, **{PERFORMER: "sp"})
    assert response.status_code == 200
    assert response.json()["language"] == "en"
    assert condition_name(response) == "Miscarriage"


def test_who_asks_counts_when_the_reader_is_not_named(client: TestClient) -> None:
    response = lookup(client, **{PERFORMER: "sp"})
    assert response.json()["language"] == "es"


def test_lang_wins_and_accept_language_comes_last(client: TestClient) -> None:
    assert lookup(client, lang="en", **{RECIPIENT: "sp"}).json()["language"] == "en"
    header = client.get(f"/v1/lookup?{urlencode(CODE)}", headers={"Accept-Language": "es"})
    assert header.json()["language"] == "es"
    named = client.get(
        f"/v1/lookup?{urlencode({**CODE, RECIPIENT: 'en'})}", headers={"Accept-Language": "es"}
    )
    assert named.json()["language"] == "en"


def test_jsonp_says_its_language_too(client: TestClient) -> None:
    response = lookup(
        client, **{RECIPIENT: "sp"}, knowledgeResponseType="text/javascript", callback="show"
    )
    assert response.headers["content-language"] == "es"
    assert "Aborto espontáneo" in response.text


def test_the_atom_feed_in_spanish(client: TestClient) -> None:
    response = lookup(client, **{RECIPIENT: "sp"}, knowledgeResponseType="text/xml")
    assert response.headers["content-language"] == "es"
    feed = ET.fromstring(response.content)
    assert feed.get(XML_LANG) == "es"
    entry = feed.find(f"{ATOM}entry")
    assert entry is not None
    assert entry.get(XML_LANG) == "es"
    assert entry.findtext(f"{ATOM}title") == "Aborto espontáneo"
    links = {link.get("type"): link.get("href") for link in entry.findall(f"{ATOM}link")}
    assert links["text/html"] == "http://testserver/es/conditions/miscarriage"
    assert links["application/json"] == "http://testserver/v1/conditions/miscarriage?lang=es"
    assert "con licencia" in (feed.findtext(f"{ATOM}rights") or "")
    english = ET.fromstring(lookup(client, knowledgeResponseType="text/xml").content)
    english_entry = english.find(f"{ATOM}entry")
    assert english_entry is not None
    assert english_entry.findtext(f"{ATOM}id") != entry.findtext(f"{ATOM}id")


def test_the_language_codes_are_documented(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/v1/lookup"]["get"]
    documented = {p["name"]: p for p in operation["parameters"] if "name" in p}
    for name in LANGUAGE_PARAMETERS:
        assert "`sp`" in documented[name]["description"]
        assert "never an error" in documented[name]["description"]
    assert "lang" in documented
    assert "`sp`" in operation["description"]


# --- CDS Hooks -----------------------------------------------------------------------------


def patient(*communication: dict[str, Any], patient_id: str = "1288992") -> dict[str, Any]:
    return {"resourceType": "Patient", "id": patient_id, "communication": list(communication)}


def speaks(code: str, *, preferred: bool | None = True) -> dict[str, Any]:
    spoken: dict[str, Any] = {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": code}]}}
    if preferred is not None:
        spoken["preferred"] = preferred
    return spoken


def call(*resources: dict[str, Any]) -> dict[str, Any]:
    prefetch: dict[str, Any] = {
        "conditions": {
            "resourceType": "Bundle",
            "type": "searchset",
            "entry": [
                {
                    "resource": {
                        "resourceType": "Condition",
                        "subject": {"reference": "Patient/1288992"},
                        "code": {
                            "coding": [{"system": "http://snomed.info/sct", "code": "237364002"}]
                        },
                    }
                }
            ],
        }
    }
    for number, resource in enumerate(resources):
        prefetch["patient" if number == 0 else f"other{number}"] = resource
    return {
        "hook": "patient-view",
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "context": {"userId": "Practitioner/example", "patientId": "1288992"},
        "prefetch": prefetch,
    }


def cards(client: TestClient, body: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    response = client.post("/cds-services/pregnancy-loss-education", json=body)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["cards"]
    return response.headers["content-language"], found


def test_discovery_asks_for_the_patient(client: TestClient) -> None:
    (service,) = client.get("/cds-services").json()["services"]
    assert service["prefetch"]["patient"] == "Patient/{{context.patientId}}"


@pytest.mark.parametrize("code", ["es", "es-MX", "es-419"])
def test_cards_in_the_patients_preferred_language(client: TestClient, code: str) -> None:
    language, (card,) = cards(client, call(patient(speaks("en", preferred=False), speaks(code))))
    assert language == "es"
    assert card["summary"] == "Información para pacientes: Muerte fetal"
    assert "no es un consejo médico" in card["detail"]
    page, json_link = card["links"]
    assert page["label"] == "Acerca de: Muerte fetal"
    assert page["url"] == "http://testserver/es/conditions/stillbirth"
    assert json_link["url"] == "http://testserver/v1/conditions/stillbirth?lang=es"
    assert card["source"]["url"] == "http://testserver/es/"


@pytest.mark.parametrize(
    "resources",
    [
        (),
        (patient(speaks("es", preferred=None)),),
        (patient(speaks("es", preferred=False)),),
        (patient(speaks("en"), speaks("es", preferred=False)),),
        (patient(speaks("fr")),),
        (patient(speaks("es"), patient_id="someone-else"),),
    ],
)
def test_cards_in_english_otherwise(client: TestClient, resources: tuple[Any, ...]) -> None:
    language, (card,) = cards(client, call(*resources))
    assert language == "en"
    assert card["summary"] == "Patient information: Stillbirth"
    assert card["links"][0]["url"] == "http://testserver/conditions/stillbirth"


def test_the_patient_may_come_in_a_bundle_or_without_an_id(client: TestClient) -> None:
    bundled = {"resourceType": "Bundle", "entry": [{"resource": patient(speaks("es"))}]}
    assert cards(client, call(bundled))[0] == "es"
    anonymous = patient(speaks("es"))
    del anonymous["id"]
    assert cards(client, call(anonymous))[0] == "es"
