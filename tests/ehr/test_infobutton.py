"""The HL7 URL-based Infobutton request as EHRs send it to MedlinePlus Connect: context
parameters, numbered search criteria, JSONP, and an OpenAPI description that matches."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from app.api.infobutton import CONTEXT_PARAMETERS
from app.codes import ICD10CM_OID, MAX_CODES, SNOMEDCT_OID, SYSTEM_OIDS, CodeSystemOid
from tests.helpers import assert_problem, slugs

ICD = {"mainSearchCriteria.v.cs": ICD10CM_OID, "mainSearchCriteria.v.c": "O03.4"}


def get(client: TestClient, params: dict[str, str]) -> Any:
    return client.get(f"/v1/lookup?{urlencode(params)}")


def locations(body: dict[str, Any]) -> list[str]:
    return [error["location"] for error in body["errors"]]


# --- context parameters -----------------------------------------------------------------------


def test_an_ehr_request_with_its_context_is_answered(client: TestClient) -> None:
    plain = client.get("/v1/lookup?system=icd10cm&code=O03.4").json()
    response = client.get(
        "/v1/lookup?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=O03.4"
        "&taskContext.c.c=PROBLISTREV&patientPerson.administrativeGenderCode.c=F"
        "&age.v.v=30&age.v.u=a"
    )
    assert response.status_code == 200, response.text
    assert response.json() == plain


@pytest.mark.parametrize(
    "context",
    [
        {"informationRecipient": "PAT"},
        {"informationRecipient": "PROV", "informationRecipient.languageCode.c": "en"},
        {"performer": "PROV", "performer.languageCode.c": "en"},
        {"performer.healthCareProvider.c.c": "207V00000X"},
        {"informationRecipient.healthCareProvider.c.c": "163W00000X"},
        {"ageGroup.v.c": "D000328", "ageGroup.v.cs": "2.16.840.1.113883.6.177"},
        {"taskContext.c.c": "PROBLISTREV", "taskContext.c.cs": "2.16.840.1.113883.5.4"},
        {"encounter.c.c": "AMB", "encounter.c.cs": "2.16.840.1.113883.5.4"},
        {"locationOfInterest.addr.ZIP": "84101", "locationOfInterest.addr.STA": "UT"},
        {"locationOfInterest.addr.CNT": "US", "locationOfInterest.addr.CTY": "Salt Lake City"},
        {"subTopic.v.c": "Q000628", "subTopic.v.c1": "Q000175", "subTopic.v.dn1": "diagnosis"},
        {"severityObservation.interpretationCode.c": "H"},
        {"representedOrganization.id.root": "1.3.6.1.4.1.3768"},
        {"assignedAuthorizedPerson.id.root": "1.2.3", "serviceDeliveryLocation.id.root": "1.2"},
        {"holder.assignedEntity.n": "Clinic", "holder.assignedEntity.certificateText": "x"},
        {"observation.c.c": "82810-3", "observation.v.c": "LA15173-0"},
        {"mainSearchCriteria.v.dn": "Incomplete miscarriage", "mainSearchCriteria.v.ot": "x"},
        {"knowledgeResponseType": "application/json"},
    ],
)
def test_infobutton_context_is_accepted_and_ignored(
    client: TestClient, context: dict[str, str]
) -> None:
    response = get(client, {**ICD, **context})
    assert response.status_code == 200, response.text
    assert slugs(response.json())[0] == ("conditions", "incomplete-miscarriage")


@pytest.mark.parametrize(
    "extra",
    [
        {"cod": "O03.4"},
        {"taskContxt.c.c": "PROBLISTREV"},
        {"mainSearchCriteria.v.x": "1"},
        {"mainSearchCriteria.v.c0": "O03.4"},
    ],
)
def test_other_parameters_are_still_refused(client: TestClient, extra: dict[str, str]) -> None:
    body = assert_problem(get(client, {**ICD, **extra}), 422)
    assert locations(body) == [f"query.{next(iter(extra))}"]


def test_context_values_are_bounded(client: TestClient) -> None:
    body = assert_problem(get(client, {**ICD, "subTopic.v.dn": "x" * 201}), 422)
    assert locations(body) == ["query.subTopic.v.dn"]


# --- numbered search criteria -----------------------------------------------------------------


def test_numbered_criteria_are_looked_up_and_merged(client: TestClient) -> None:
    response = get(
        client,
        {
            **ICD,
            "mainSearchCriteria.v.c1": "237364002",
            "mainSearchCriteria.v.cs1": SNOMEDCT_OID,
            "mainSearchCriteria.v.dn1": "Stillbirth",
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert [(a["system"], a["code"]) for a in body["asked"]] == [
        ("icd10cm", "O03.4"),
        ("snomedct", "237364002"),
    ]
    assert (body["system"], body["code"]) == ("icd10cm", "O03.4")
    found = [
        ((i["condition"] or i["cause"])["slug"], i["match"], i["asked_code"]) for i in body["items"]
    ]
    # Exact matches first, in the order the codes were asked about; then the rest.
    assert found[:2] == [
        ("incomplete-miscarriage", "exact", "O03.4"),
        ("stillbirth", "exact", "237364002"),
    ]
    assert ("miscarriage", "related", "O03.4") in found
    assert body["total"] == len(found) == len({slug for slug, _, _ in found})


def test_a_record_found_twice_comes_once_by_its_best_match(client: TestClient) -> None:
    body = get(
        client,
        {
            **ICD,  # O03.4: miscarriage (O03.9) only as related
            "mainSearchCriteria.v.c1": "17369002",  # SNOMED CT miscarriage: exact
            "mainSearchCriteria.v.cs1": SNOMEDCT_OID,
        },
    ).json()
    matches = [
        (i["match"], i["asked_code"])
        for i in body["items"]
        if i["condition"]["slug"] == "miscarriage"
    ]
    assert matches == [("exact", "17369002")]


def test_the_same_code_twice_is_asked_once(client: TestClient) -> None:
    body = get(
        client,
        {**ICD, "mainSearchCriteria.v.c1": "o034", "mainSearchCriteria.v.cs1": ICD10CM_OID},
    ).json()
    assert body["asked"] == [{"system": "icd10cm", "system_name": "ICD-10-CM", "code": "O03.4"}]


def test_numbered_criteria_without_the_first(client: TestClient) -> None:
    body = get(
        client, {"mainSearchCriteria.v.c2": "P95", "mainSearchCriteria.v.cs2": ICD10CM_OID}
    ).json()
    assert slugs(body)[0] == ("conditions", "stillbirth")


def test_several_uncovered_codes_are_one_404(client: TestClient) -> None:
    body = assert_problem(
        get(
            client,
            {
                "mainSearchCriteria.v.c": "E11.9",
                "mainSearchCriteria.v.cs": ICD10CM_OID,
                "mainSearchCriteria.v.c1": "44054006",
                "mainSearchCriteria.v.cs1": SNOMEDCT_OID,
            },
        ),
        404,
    )
    assert "ICD-10-CM E11.9 and SNOMED CT 44054006" in body["detail"]


@pytest.mark.parametrize(
    ("params", "location"),
    [
        ({"mainSearchCriteria.v.c1": "P95"}, "query.mainSearchCriteria.v.cs1"),
        ({"mainSearchCriteria.v.cs1": ICD10CM_OID}, "query.mainSearchCriteria.v.c1"),
        (
            {
                "mainSearchCriteria.v.c1": "P95",
                "mainSearchCriteria.v.cs1": "2.16.840.1.113883.6.88",
            },
            "query.mainSearchCriteria.v.cs1",
        ),
        (
            {"mainSearchCriteria.v.c1": "hello", "mainSearchCriteria.v.cs1": ICD10CM_OID},
            "query.mainSearchCriteria.v.c1",
        ),
        (
            {"mainSearchCriteria.v.c1": "P" * 21, "mainSearchCriteria.v.cs1": ICD10CM_OID},
            "query.mainSearchCriteria.v.c1",
        ),
        ({"mainSearchCriteria.v.c": "O03.4"}, "query.mainSearchCriteria.v.cs"),
        ({"mainSearchCriteria.v.dn": "Miscarriage"}, "query.mainSearchCriteria.v.c"),
    ],
)
def test_incomplete_or_malformed_criteria_are_422(
    client: TestClient, params: dict[str, str], location: str
) -> None:
    body = assert_problem(get(client, {**ICD, **params} if "1" in location else params), 422)
    assert location in locations(body)


def test_the_two_forms_are_not_mixed(client: TestClient) -> None:
    body = assert_problem(get(client, {**ICD, "system": "icd10cm", "code": "O03.4"}), 422)
    assert "not both" in body["errors"][0]["message"]


# --- response types ---------------------------------------------------------------------------


@pytest.mark.parametrize("script_type", ["application/javascript", "text/javascript"])
def test_jsonp_wraps_the_json_answer(client: TestClient, script_type: str) -> None:
    plain = get(client, ICD)
    response = get(
        client, {**ICD, "knowledgeResponseType": script_type, "callback": "app.showTopics"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/javascript; charset=utf-8"
    assert response.headers["x-content-type-options"] == "nosniff"
    wrapped = re.fullmatch(r"/\*\*/app\.showTopics\((.*)\);", response.text, re.DOTALL)
    assert wrapped is not None, response.text[:80]
    assert json.loads(wrapped.group(1)) == plain.json()
    assert "\u2028" not in response.text
    assert response.headers["etag"] != plain.headers["etag"]


@pytest.mark.parametrize(
    "callback", ["alert(1)", "a;b", "cb\n", "1cb", "a..b", "a.", "<script>", "x" * 65, ""]
)
def test_callback_must_be_an_identifier(client: TestClient, callback: str) -> None:
    response = get(
        client, {**ICD, "knowledgeResponseType": "application/javascript", "callback": callback}
    )
    body = assert_problem(response, 422)
    assert "query.callback" in locations(body)


def test_jsonp_needs_a_callback_and_json_ignores_one(client: TestClient) -> None:
    missing = get(client, {**ICD, "knowledgeResponseType": "text/javascript"})
    assert locations(assert_problem(missing, 422)) == ["query.callback"]
    plain = get(client, ICD)
    # The document calls a callback without a script type valid: it is answered, as JSON.
    for asked in ({}, {"knowledgeResponseType": "application/json"}):
        stray = get(client, {**ICD, **asked, "callback": "show"})
        assert stray.status_code == 200, stray.text
        assert stray.headers["content-type"] == "application/json"
        assert stray.json() == plain.json()


def test_a_look_up_names_at_most_a_bounded_number_of_codes(client: TestClient) -> None:
    def criteria(count: int) -> dict[str, str]:
        asked = {}
        for n in range(count):
            suffix = str(n or "")
            asked[f"mainSearchCriteria.v.c{suffix}"] = f"O0{n % 4}.{n // 4}"
            asked[f"mainSearchCriteria.v.cs{suffix}"] = ICD10CM_OID
        return asked

    assert get(client, criteria(MAX_CODES)).status_code == 200
    body = assert_problem(get(client, criteria(MAX_CODES + 5)), 422)
    (error,) = body["errors"]
    assert error["location"] == "query.mainSearchCriteria.v.c"
    assert f"At most {MAX_CODES} distinct codes" in error["message"]
    # The same code asked twice (in any form) counts once.
    repeated = {**criteria(MAX_CODES), "mainSearchCriteria.v.c30": "o00.0"}
    repeated["mainSearchCriteria.v.cs30"] = ICD10CM_OID
    assert get(client, repeated).status_code == 200


@pytest.mark.parametrize("asked", ["application/xml", "text/html"])
def test_another_form_is_refused_saying_which_are_offered(client: TestClient, asked: str) -> None:
    body = assert_problem(get(client, {**ICD, "knowledgeResponseType": asked}), 422)
    (error,) = body["errors"]
    assert error["location"] == "query.knowledgeResponseType"
    assert "application/json" in error["message"]
    assert "text/xml" in error["message"]


def test_an_unsupported_code_system_says_which_are(client: TestClient) -> None:
    body = assert_problem(
        get(client, {**ICD, "mainSearchCriteria.v.cs": "2.16.840.1.113883.6.88"}), 422
    )
    assert ICD10CM_OID in body["errors"][0]["message"]
    assert SNOMEDCT_OID in body["errors"][0]["message"]


# --- OpenAPI ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def operation(spec: dict[str, Any]) -> dict[str, Any]:
    lookup: dict[str, Any] = spec["paths"]["/v1/lookup"]["get"]
    return lookup


def parameter(operation: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [p for p in operation["parameters"] if p.get("name") == name]
    (only,) = found
    return only


def named_enum(spec: dict[str, Any], operation: dict[str, Any], name: str) -> tuple[str, list[str]]:
    """The name of the enum schema a parameter refers to, and its values."""
    schema = parameter(operation, name)["schema"]
    assert set(schema) <= {"$ref", "description", "examples", "title"}, (name, schema)
    component = schema["$ref"].removeprefix("#/components/schemas/")
    values: list[str] = spec["components"]["schemas"][component]["enum"]
    return component, values


def test_openapi_enumerates_what_is_accepted(
    spec: dict[str, Any], operation: dict[str, Any]
) -> None:
    assert [oid.value for oid in CodeSystemOid] == list(SYSTEM_OIDS)
    assert named_enum(spec, operation, "system") == ("CodeSystem", ["icd10cm", "snomedct"])
    assert named_enum(spec, operation, "mainSearchCriteria.v.cs") == (
        "CodeSystemOid",
        list(SYSTEM_OIDS),
    )
    # Generated clients name the members after the systems, not `VALUE_0`.
    assert spec["components"]["schemas"]["CodeSystemOid"]["x-enum-varnames"] == [
        "icd10cm",
        "snomedct",
    ]
    assert named_enum(spec, operation, "knowledgeResponseType") == (
        "KnowledgeResponseType",
        [
            "application/json",
            "application/javascript",
            "text/javascript",
            "text/xml",
            "application/atom+xml",
        ],
    )
    assert parameter(operation, "callback")["schema"]["pattern"]


def test_openapi_types_the_json_and_describes_jsonp(operation: dict[str, Any]) -> None:
    """A typed client sees one answer, the JSON; JSONP, for old pages, is told in words."""
    ok = operation["responses"]["200"]
    assert list(ok["content"]) == ["application/json"]
    assert "JSONP" in operation["description"]
    assert "application/javascript" in ok["description"]
    assert "callback" in ok["description"]


def test_openapi_documents_the_context(operation: dict[str, Any]) -> None:
    names = [parameter["name"] for parameter in operation["parameters"] if "name" in parameter]
    assert len(names) == len(set(names))
    for name in (
        "taskContext.c.c",
        "patientPerson.administrativeGenderCode.c",
        "age.v.v",
        "age.v.u",
        "ageGroup.v.c",
        "informationRecipient",
        "informationRecipient.languageCode.c",
        "performer",
        "encounter.c.c",
        "locationOfInterest.addr.ZIP",
        "subTopic.v.c",
    ):
        assert name in names
    assert "mainSearchCriteria.v.c1" in operation["description"]


@pytest.mark.parametrize("name", sorted(CONTEXT_PARAMETERS))
def test_each_context_parameter_says_what_it_is(operation: dict[str, Any], name: str) -> None:
    documented = parameter(operation, name)
    assert documented["in"] == "query"
    assert not documented["required"]
    # On the parameter for readers of the document, and in its schema for client generators.
    for description in (documented["description"], documented["schema"]["description"]):
        assert CONTEXT_PARAMETERS[name] in description
        assert "does not change the answer" in description
