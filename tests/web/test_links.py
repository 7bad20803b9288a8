"""Links on the pages for people lead somewhere: every in-page link to an element that
exists, every phone link to a number that dials."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from app.config import PROJECT_ROOT
from app.phones import tel
from app.registry import TYPES

ID = re.compile(r'\bid="([^"]+)"')
HREF = re.compile(r'\bhref="([^"]*)"')


def ids(html: str) -> set[str]:
    return set(ID.findall(html))


@pytest.mark.parametrize("type_name", list(TYPES))
def test_every_in_page_link_has_a_target(client: TestClient, type_name: str) -> None:
    home = ids(client.get("/").text)
    slug = client.get(f"/v1/{type_name}", params={"limit": 1}).json()["items"][0]["slug"]
    for prefix in ("", "/embed", "/fragments"):
        page = client.get(f"{prefix}/{type_name}/{slug}").text
        links = HREF.findall(page)
        assert any(link.startswith("/#") for link in links) is (prefix == "")
        for link in links:
            if link.startswith("/#"):
                assert link[2:] in home, f"{prefix}/{type_name}/{slug}: {link}"
            elif link.startswith("#"):
                assert link[1:] in ids(page), f"{prefix}/{type_name}/{slug}: {link}"


def test_the_home_page_links_to_its_own_sections(client: TestClient) -> None:
    home = client.get("/").text
    for link in HREF.findall(home):
        if link.startswith(("#", "/#")):
            assert link.partition("#")[2] in ids(home), link


@pytest.mark.parametrize(
    ("phone", "href"),
    [
        ("1-800-799-SAFE (7233)", "tel:18007997233"),
        ("1-833-852-6262 (1-833-TLC-MAMA)", "tel:18338526262"),
        ("1-833-TLC-MAMA", "tel:18338526262"),
        ("1-800-pqrs-wxyz", "tel:180077779999"),
        ("+44 808 164 3332", "tel:+448081643332"),
        ("01924 200799", "tel:01924200799"),
        ("988", "tel:988"),
    ],
)
def test_phone_links_dial_digits(phone: str, href: str) -> None:
    assert tel(phone) == href


def test_a_vanity_number_is_dialled_as_its_digits(client: TestClient) -> None:
    record = (
        PROJECT_ROOT / "data/organizations/national-domestic-violence-hotline.yaml"
    ).read_text()
    assert "phone: 1-800-799-SAFE (7233)" in record
    for prefix in ("", "/embed", "/fragments"):
        page = client.get(f"{prefix}/organizations/national-domestic-violence-hotline").text
        assert '<a href="tel:+18007997233">1-800-799-SAFE (7233)</a>' in page, prefix
        for href in re.findall(r'href="tel:([^"]*)"', page):
            assert re.fullmatch(r"\+?[0-9]+", href), href
