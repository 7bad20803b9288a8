"""What a detail says of the records it links to: summaries an app can show (a symptom's
urgency, an organization's phone, a treatment's kind), and the records in full on request
(`expand`, one level). A slug in another case is redirected to the record."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.helpers import assert_problem

CONDITION = "/v1/conditions/miscarriage"


def test_linked_summaries_carry_what_an_app_shows_first(client: TestClient) -> None:
    condition = client.get(CONDITION).json()
    for symptom in condition["symptoms"]:
        full = client.get(symptom["url"]).json()
        assert symptom["urgency"] == full["urgency"]
    for treatment in condition["treatments"]:
        assert treatment["kind"] == client.get(treatment["url"]).json()["kind"]
    for organization in condition["organizations"]:
        full = client.get(organization["url"]).json()
        for field in ("kind", "country", "phone", "tel", "phone_e164", "sms"):
            assert organization[field] == full[field], field
    assert any(org["tel"] and org["tel"].startswith("tel:") for org in condition["organizations"])


def test_expand_embeds_the_linked_records_in_full(client: TestClient) -> None:
    fields = ("symptoms", "treatments", "organizations")
    brief = client.get(CONDITION).json()
    full = client.get(CONDITION, params={"expand": ",".join(fields)}).json()
    for field in fields:
        assert [item["slug"] for item in full[field]] == [item["slug"] for item in brief[field]]
        for item, summary in zip(full[field], brief[field], strict=True):
            assert item == client.get(item["url"]).json()
            # A superset of the summary, so a client typed on the summary still reads it.
            assert summary.items() <= item.items()
    # One level: the expanded records' own links stay summaries.
    assert set(full["symptoms"][0]["conditions"][0]) == set(brief["causes"][0])
    assert full["causes"] == brief["causes"]


def test_expand_names_only_fields_of_linked_records(client: TestClient) -> None:
    for value in ("references", "symptoms,", "symptoms;causes", "details"):
        assert_problem(client.get(CONDITION, params={"expand": value}), 422)
    organization = client.get(
        "/v1/references/acog-pb-200-early-pregnancy-loss", params={"expand": "organization"}
    ).json()["organization"]
    assert "services" in organization


def test_an_expanded_reference_keeps_its_summary_fields(client: TestClient) -> None:
    """A reference in full says `title` and `citation` where its summary says `name` and
    `summary`: expanded, it has both."""
    path = "/v1/references/medlineplus-miscarriage"
    brief = client.get(path).json()["lists"]
    full = client.get(path, params={"expand": "lists"}).json()["lists"]
    assert len(full) == len(brief) > 0
    for item, summary in zip(full, brief, strict=True):
        assert summary.items() <= item.items()
        assert item["citation"] == item["summary"]


def test_a_slug_in_another_case_is_redirected(client: TestClient) -> None:
    response = client.get(
        "/v1/conditions/Miscarriage", params={"expand": "symptoms"}, follow_redirects=False
    )
    assert response.status_code == 301
    assert response.headers["location"] == f"{CONDITION}?expand=symptoms"
    assert client.get("/v1/conditions/MISCARRIAGE").json()["slug"] == "miscarriage"
    assert_problem(client.get("/v1/conditions/mis_carriage"), 422)
