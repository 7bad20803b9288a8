"""What the safety review added to the data, as the API serves it: urgency by week, a
condition's outlook, organizations a person can call or text, references found through the
page that lists them, and UK readers served by the name they use."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.helpers import assert_problem


def test_a_symptom_serves_its_urgency_by_week(client: TestClient) -> None:
    symptom = client.get("/v1/symptoms/vaginal-bleeding").json()
    entries = symptom["urgency_by_week"]
    assert len(entries) >= 2
    assert [set(entry) for entry in entries] == [{"weeks", "urgency", "text", "references"}] * len(
        entries
    )
    starts = [entry["weeks"]["start"] for entry in entries]
    assert starts == sorted(starts)
    cited = {ref["slug"] for ref in symptom["references"]}
    for entry in entries:
        assert entry["urgency"] in ("emergency", "urgent", "routine")
        assert set(entry["references"]) <= cited


def test_a_symptom_without_week_ranges_serves_an_empty_list(client: TestClient) -> None:
    assert client.get("/v1/symptoms/shoulder-tip-pain").json()["urgency_by_week"] == []


def test_a_condition_serves_its_own_outlook(client: TestClient) -> None:
    miscarriage = client.get("/v1/conditions/miscarriage").json()
    assert miscarriage["outlook"]
    assert all(statement["references"] for statement in miscarriage["outlook"])
    stillbirth = client.get("/v1/conditions/stillbirth").json()
    texts = " ".join(statement["text"] for statement in stillbirth["outlook"])
    assert "stillbirth" in texts.lower()
    assert not re.search(r"miscarriage go on to have healthy bab", texts, re.IGNORECASE)


def test_an_organization_a_person_can_call_or_text(client: TestClient) -> None:
    hotline = client.get("/v1/organizations/national-domestic-violence-hotline").json()
    assert hotline["phone"] == "1-800-799-SAFE (7233)"
    assert hotline["phone_e164"] == "+18007997233"
    assert hotline["tel"] == "tel:+18007997233"
    assert (hotline["text_number"], hotline["text_keyword"]) == ("88788", "START")
    assert hotline["sms"] == "sms:88788?body=START"
    assert "es" in hotline["languages"]
    sands = client.get("/v1/organizations/sands").json()
    assert (sands["phone_e164"], sands["tel"]) == ("+448081643332", "tel:+448081643332")
    samaritans = client.get("/v1/organizations/samaritans").json()
    # A short number has no E.164 form: it is dialled as written.
    assert (samaritans["phone_e164"], samaritans["tel"]) == (None, "tel:116123")


def test_every_phone_an_organization_lists_dials(client: TestClient) -> None:
    items = client.get("/v1/organizations", params={"limit": 100}).json()["items"]
    phoned = [item for item in items if item["phone"]]
    assert len(phoned) >= 10
    for item in phoned:
        assert re.fullmatch(r"tel:\+?[0-9]{3,15}", item["tel"]), item["slug"]
        if item["phone_e164"]:
            assert item["tel"] == f"tel:{item['phone_e164']}"
            assert re.fullmatch(r"\+[1-9][0-9]{7,14}", item["phone_e164"])


def test_uk_is_taken_as_gb(client: TestClient) -> None:
    gb = client.get("/v1/organizations", params={"country": "GB", "limit": 100}).json()
    uk = client.get("/v1/organizations", params={"country": "UK", "limit": 100}).json()
    assert gb["total"] >= 10
    assert uk["items"] == gb["items"]
    helplines = client.get(
        "/v1/organizations", params={"country": "UK", "kind": "helpline"}
    ).json()["items"]
    assert "samaritans" in [item["slug"] for item in helplines]
    assert_problem(client.get("/v1/organizations", params={"country": "uk"}), 422)


def test_a_reference_found_through_the_page_that_lists_it(client: TestClient) -> None:
    listed = client.get("/v1/references/encyclopedia-d-and-c").json()
    assert listed["source_url"] is None
    assert listed["listed_on"]["slug"] == "medlineplus-miscarriage"
    listing = client.get("/v1/references/medlineplus-miscarriage").json()
    assert listing["source_url"] == "https://medlineplus.gov/miscarriage.html"
    assert "encyclopedia-d-and-c" in [item["slug"] for item in listing["lists"]]
    assert listing["listed_on"] is None
    citing = client.get("/v1/treatments/dilation-and-curettage").json()["references"]
    embedded = next(ref for ref in citing if ref["slug"] == "encyclopedia-d-and-c")
    assert embedded["listed_on"]["slug"] == "medlineplus-miscarriage"


def test_every_list_filters_by_review_status(client: TestClient) -> None:
    checked = client.get("/v1/treatments", params={"review_status": "source-checked"}).json()
    assert checked["total"] > 0
    assert {item["review_status"] for item in checked["items"]} == {"source-checked"}
