"""Infobutton in Atom: `knowledgeResponseType=text/xml` (or `application/atom+xml`) answers an
HL7 Infobutton Atom feed as MedlinePlus Connect does, checked against RFC 4287's structure
with the standard library's parser; JSON stays the default.

The checks are RFC 4287's own rules for the elements used (section numbers below), written
out: a RELAX NG validator would add a dependency to check the same few rules."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlencode, urlsplit
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from app.codes import ICD10CM_OID

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ASKED = {
    "mainSearchCriteria.v.cs": ICD10CM_OID,
    "mainSearchCriteria.v.c": "O03.4",
    "mainSearchCriteria.v.dn": "Incomplete spontaneous abortion",
    "informationRecipient": "PAT",
}


def feed_for(client: TestClient, response_type: str, **headers: str) -> ET.Element:
    response = client.get(
        f"/v1/lookup?{urlencode({**ASKED, 'knowledgeResponseType': response_type})}",
        headers=headers,
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == f"{response_type}; charset=utf-8"
    assert response.content.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    return ET.fromstring(response.content)


def one(parent: ET.Element, name: str) -> ET.Element:
    found = parent.findall(f"{ATOM}{name}")
    assert len(found) == 1, (name, len(found))
    return found[0]


def assert_text_construct(element: ET.Element) -> None:
    """§3.1: a Text construct's type is text, html or xhtml (text when absent)."""
    assert element.get("type", "text") in {"text", "html", "xhtml"}
    assert (element.text or "").strip()


def assert_date_construct(element: ET.Element) -> None:
    """§3.3: an RFC 3339 date-time, upper-case T and Z."""
    assert RFC3339.match(element.text or ""), element.text
    dt.datetime.fromisoformat((element.text or "").replace("Z", "+00:00"))


def assert_iri(text: str | None) -> None:
    """§4.2.6: an id is an absolute IRI."""
    assert text
    assert urlsplit(text).scheme, text


@pytest.mark.parametrize("response_type", ["text/xml", "application/atom+xml"])
def test_the_feed_has_what_rfc_4287_requires(client: TestClient, response_type: str) -> None:
    feed = feed_for(client, response_type)
    assert feed.tag == f"{ATOM}feed"
    # §4.1.1: exactly one id, title and updated; an author, since entries have none.
    assert_iri(one(feed, "id").text)
    assert_text_construct(one(feed, "title"))
    assert_date_construct(one(feed, "updated"))
    author = one(feed, "author")
    assert (one(author, "name").text or "").strip()
    assert_iri(one(author, "uri").text)
    for name in ("subtitle", "rights"):
        assert_text_construct(one(feed, name))
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    ids = set()
    for entry in entries:
        # §4.1.2: exactly one id, title and updated; with no content, an alternate link.
        ids.add(one(entry, "id").text)
        assert_iri(one(entry, "id").text)
        assert_text_construct(one(entry, "title"))
        assert_date_construct(one(entry, "updated"))
        assert_text_construct(one(entry, "summary"))
        assert entry.find(f"{ATOM}content") is None
        links = entry.findall(f"{ATOM}link")
        assert all(link.get("href") for link in links)  # §4.2.7.1
        alternates = [link for link in links if link.get("rel", "alternate") == "alternate"]
        assert len(alternates) == 1
        assert urlsplit(alternates[0].get("href")).scheme == "http"
        # §4.2.2: a category has a term.
        assert all(category.get("term") for category in entry.findall(f"{ATOM}category"))
    assert len(ids) == len(entries)


def test_entries_are_the_records_the_json_answer_finds(client: TestClient) -> None:
    answer = client.get(f"/v1/lookup?{urlencode(ASKED)}")
    assert answer.headers["content-type"] == "application/json"  # JSON stays the default
    found = answer.json()["items"]
    entries = feed_for(client, "text/xml").findall(f"{ATOM}entry")
    assert len(entries) == len(found)
    for entry, item in zip(entries, found, strict=True):
        record = item["condition"] or item["cause"]
        assert one(entry, "title").text == record["name"]
        assert one(entry, "summary").text == record["summary"]
        hrefs = {link.get("rel"): link.get("href") for link in entry.findall(f"{ATOM}link")}
        assert hrefs["alternate"] == f"http://testserver/{item['type']}/{record['slug']}"
        assert hrefs["related"] == f"http://testserver{record['url']}"
        categories = {c.get("scheme"): c for c in entry.findall(f"{ATOM}category")}
        matched = categories["mainSearchCriteria.v.c"]
        assert matched.get("term") == item["matched_code"]["code"]
        assert matched.get("label") == item["matched_code"]["display"]
        assert categories["mainSearchCriteria.v.cs"].get("term") == ICD10CM_OID
        assert categories["match"].get("term") == item["match"]


def test_the_feed_states_the_criteria_as_medlineplus_connect_does(client: TestClient) -> None:
    feed = feed_for(client, "text/xml")
    stated = {(c.get("scheme"), c.get("term")) for c in feed.findall(f"{ATOM}category")}
    assert stated == {
        ("mainSearchCriteria.v.c", "O03.4"),
        ("mainSearchCriteria.v.cs", ICD10CM_OID),
        ("mainSearchCriteria.v.dn", "Incomplete spontaneous abortion"),
        ("informationRecipient", "PAT"),
    }
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert "ICD-10-CM O03.4" in (one(feed, "subtitle").text or "")


def test_links_are_on_the_host_asked_each_with_its_own_cached_copy(client: TestClient) -> None:
    first = feed_for(client, "text/xml", host="ehr-a.example")
    second = feed_for(client, "text/xml", host="ehr-b.example")
    for feed, host in ((first, "ehr-a.example"), (second, "ehr-b.example")):
        for link in feed.iter(f"{ATOM}link"):
            assert urlsplit(link.get("href")).netloc == host


def test_a_callback_is_ignored_outside_jsonp(client: TestClient) -> None:
    """As with JSON, a callback without a script type is passed over: the feed is answered."""
    asked = {**ASKED, "knowledgeResponseType": "text/xml"}
    with_callback = client.get(f"/v1/lookup?{urlencode({**asked, 'callback': 'f'})}")
    without = client.get(f"/v1/lookup?{urlencode(asked)}")
    assert with_callback.status_code == 200, with_callback.text
    assert with_callback.headers["content-type"].startswith("text/xml")
    assert with_callback.content == without.content
