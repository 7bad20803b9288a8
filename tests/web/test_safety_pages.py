"""What a person reads on the pages: urgency by week, each loss's own outlook, help that can be
dialled (UK lines beside US ones), clinical codes kept for professionals, and how far the
text has been checked."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

KEY_FACTS = re.compile(r'<dl class="facts">(.*?)</dl>', re.DOTALL)
PROFESSIONAL = re.compile(r'<details class="professional">(.*?)</details>', re.DOTALL)


def key_facts(page: str) -> str:
    return KEY_FACTS.search(page).group(1)  # type: ignore[union-attr]


def test_a_symptom_page_says_how_urgent_it_is_by_week(client: TestClient) -> None:
    symptom = client.get("/v1/symptoms/vaginal-bleeding").json()
    page = client.get("/symptoms/vaginal-bleeding").text
    facts = key_facts(page)
    assert "How urgent, by week of pregnancy" in facts
    for entry in symptom["urgency_by_week"]:
        first_words = entry["text"].split(".")[0][:40]
        assert first_words.replace("'", "&#39;") in facts
    assert "Before week 12" in facts


@pytest.mark.parametrize("prefix", ["", "/embed", "/fragments"])
def test_the_help_box_dials_us_and_uk_lines(client: TestClient, prefix: str) -> None:
    page = client.get(f"{prefix}/conditions/stillbirth").text
    help_box = page.split('<aside class="urgent"', 1)[1].split("</aside>", 1)[0]
    for href in ("tel:911", "tel:999", "tel:988", "tel:116123"):
        assert f'href="{href}"' in help_box
    assert "Samaritans" in help_box
    assert "Do not drive yourself" in help_box
    assert "pad every hour" in help_box


def test_numbers_in_the_text_are_links_that_dial(client: TestClient) -> None:
    page = client.get("/symptoms/heavy-bleeding").text
    assert '<a href="tel:911">911</a>' in page
    assert '<a href="tel:999">999</a>' in page
    for href in re.findall(r'href="tel:([^"]*)"', page):
        assert re.fullmatch(r"\+?[0-9]+", href), href


def test_an_embed_dials_from_a_new_window(client: TestClient) -> None:
    page = client.get("/embed/symptoms/heavy-bleeding").text
    links = re.findall(r'<a href="tel:[^"]*"[^>]*>', page)
    assert links
    assert all('target="_blank"' in link for link in links)


def test_a_text_line_opens_a_text(client: TestClient) -> None:
    page = client.get("/organizations/national-domestic-violence-hotline").text
    assert 'href="sms:88788?body=START"' in page
    assert '<a href="tel:+18007997233">1-800-799-SAFE (7233)</a>' in page


def test_clinical_codes_are_for_professionals(client: TestClient) -> None:
    page = client.get("/conditions/stillbirth").text
    assert "P95" not in key_facts(page)
    professional = PROFESSIONAL.search(page)
    assert professional is not None
    assert "For health professionals" in professional.group(1)
    assert "P95" in professional.group(1)


def test_a_country_is_named_not_coded(client: TestClient) -> None:
    facts = key_facts(client.get("/organizations/samaritans").text)
    assert "United Kingdom" in facts
    assert not re.search(r"\bGB\b", facts)


def test_a_condition_page_shows_its_outlook(client: TestClient) -> None:
    condition = client.get("/v1/conditions/stillbirth").json()
    facts = key_facts(client.get("/conditions/stillbirth").text)
    assert "Outlook" in facts
    assert condition["outlook"][0]["text"][:40].replace("'", "&#39;") in facts


def test_no_later_loss_page_borrows_comfort_from_early_miscarriage(client: TestClient) -> None:
    for slug in ("stillbirth", "neonatal-death", "termination-for-medical-reasons"):
        page = client.get(f"/conditions/{slug}").text
        assert not re.search(r"miscarriage go on to have (a )?healthy bab", page), slug


def test_the_page_says_quietly_how_far_it_was_checked(client: TestClient) -> None:
    records = {
        status: client.get("/v1/treatments", params={"review_status": status}).json()["items"]
        for status in ("draft", "source-checked")
    }
    for status, expected in (
        ("draft", "not yet checked against them line by line"),
        ("source-checked", "checked against its sources"),
    ):
        slug = records[status][0]["slug"]
        reviewed = client.get(f"/treatments/{slug}").text.split('<p class="reviewed">', 1)[1]
        assert expected in reviewed.split("</p>", 1)[0], (status, slug)
