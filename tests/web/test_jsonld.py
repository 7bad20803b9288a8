"""JSON-LD: every record as schema.org, valid against the schema.org vocabulary."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.loader.build import BuildResult
from app.main import create_app
from app.vocabulary import HURTFUL
from app.web.jsonld import script_json
from tests.helpers import settings_for

VOCABULARY = Path(__file__).parent.parent / "fixtures" / "schemaorg" / "schemaorg-12.0.json"
TEXT_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Language", "CssSelectorType", "XPathType"}


@cache
def vocabulary() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(VOCABULARY.read_text())
    return loaded


def ancestors(type_name: str) -> set[str]:
    """The type and all its supertypes."""
    types = vocabulary()["types"]
    found = {type_name}
    pending = [type_name]
    while pending:
        for parent in types.get(pending.pop(), "").split():
            if parent not in found:
                found.add(parent)
                pending.append(parent)
    return found


def problems(node: Any, path: str = "$") -> list[str]:
    """Everything in ``node`` that schema.org does not define as used."""
    found: list[str] = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            found += problems(item, f"{path}[{index}]")
        return found
    if not isinstance(node, dict):
        return found
    node_type = str(node.get("@type"))
    if node_type not in vocabulary()["types"]:
        return [f"{path}: unknown type {node_type!r}"]
    lineage = ancestors(node_type)
    for key, value in node.items():
        if key.startswith("@"):
            continue
        prop = vocabulary()["properties"].get(key)
        if prop is None:
            found.append(f"{path}.{key}: not a schema.org property")
            continue
        if not lineage & set(prop["domain"].split()):
            found.append(f"{path}.{key}: not a property of {node_type}")
        ranges = set(prop["range"].split())
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            where = f"{path}.{key}[{index}]"
            if isinstance(item, dict):
                if not ancestors(item.get("@type", "")) & ranges:
                    found.append(f"{where}: {item.get('@type')} is not in the range {ranges}")
                found += problems(item, where)
            elif isinstance(item, bool):
                if "Boolean" not in ranges:
                    found.append(f"{where}: a boolean is not in the range {ranges}")
            elif isinstance(item, str) and not ranges & TEXT_TYPES:
                found.append(f"{where}: text is not in the range {ranges}")
    return found


def test_the_validator_catches_mistakes() -> None:
    assert problems(
        {"@type": "MedicalCondition", "signOrSymptom": [{"@type": "Drug", "name": "x"}]}
    )
    assert problems({"@type": "MedicalCondition", "lastReviewed": "2026-01-01"})
    assert problems({"@type": "MedicalCondition", "colour": "red"})
    assert problems({"@type": "NotAType"})
    assert not problems({"@type": "MedicalWebPage", "lastReviewed": "2026-01-01"})


def all_slugs(client: TestClient, type_name: str) -> list[str]:
    items = client.get(f"/v1/{type_name}", params={"limit": 100}).json()["items"]
    return [item["slug"] for item in items]


def jsonld(
    client: TestClient, type_name: str, slug: str, headers: dict[str, str] | None = None
) -> dict[str, Any]:
    response = client.get(
        f"/v1/{type_name}/{slug}", headers={"Accept": "application/ld+json", **(headers or {})}
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/ld+json"
    body: dict[str, Any] = response.json()
    return body


def test_every_condition_is_valid_schema_org(client: TestClient) -> None:
    for slug in all_slugs(client, "conditions"):
        page = jsonld(client, "conditions", slug)
        assert page["@context"] == "https://schema.org"
        assert page["@type"] == "MedicalWebPage"
        assert page["lastReviewed"]
        condition = page["about"]
        assert condition["@type"] == "MedicalCondition"
        detail = client.get(f"/v1/conditions/{slug}").json()
        assert len(condition["cause"]) == len(detail["causes"])
        assert len(condition["signOrSymptom"]) == len(detail["symptoms"])
        assert len(condition["possibleTreatment"]) == len(detail["treatments"])
        assert len(condition["typicalTest"]) == len(detail["diagnostic_tests"])
        assert {c["codeValue"] for c in condition["code"]} == {c["code"] for c in detail["codes"]}
        assert problems(page) == [], slug


@pytest.mark.parametrize(
    "type_name",
    ["causes", "symptoms", "diagnostic-tests", "treatments", "organizations", "references"],
)
def test_other_records_are_valid_schema_org(client: TestClient, type_name: str) -> None:
    for slug in all_slugs(client, type_name)[:10]:
        assert problems(jsonld(client, type_name, slug)) == [], slug


def test_json_and_json_ld_are_cached_apart(client: TestClient) -> None:
    plain = client.get("/v1/conditions/stillbirth")
    linked = client.get("/v1/conditions/stillbirth", headers={"Accept": "application/ld+json"})
    assert plain.headers["etag"] != linked.headers["etag"]
    assert "Accept" in linked.headers["vary"]
    assert plain.json()["slug"] == "stillbirth"


def test_record_pages_embed_the_same_json_ld(client: TestClient) -> None:
    page = client.get("/conditions/stillbirth").text
    embedded = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    assert embedded is not None
    assert json.loads(embedded.group(1)) == jsonld(client, "conditions", "stillbirth")


def test_pages_do_not_show_hurtful_names(client: TestClient) -> None:
    page = client.get("/causes/cervical-insufficiency").text
    assert "Also called:" in page
    assert "incompetent cervix" not in page.lower()
    assert "weak cervix" in page


def values(node: Any, key: str) -> list[Any]:
    """Every value of ``key`` anywhere in ``node``."""
    if isinstance(node, list):
        return [found for item in node for found in values(item, key)]
    if not isinstance(node, dict):
        return []
    own = [node[key]] if key in node else []
    return own + [found for value in node.values() for found in values(value, key)]


@pytest.mark.parametrize("type_name", ["conditions", "causes", "diagnostic-tests", "treatments"])
def test_json_ld_names_no_hurtful_terms(client: TestClient, type_name: str) -> None:
    """Search engines show ``alternateName`` to people; the API's ``also_called`` keeps every
    name for apps and search."""
    hidden = 0
    for slug in all_slugs(client, type_name):
        names = [name for found in values(jsonld(client, type_name, slug), "alternateName")
                 for name in found]  # fmt: skip
        assert not [name for name in names if HURTFUL.search(name)], slug
        also_called = client.get(f"/v1/{type_name}/{slug}").json()["also_called"]
        assert [name for name in also_called if not HURTFUL.search(name)] == names, slug
        hidden += len(also_called) - len(names)
    assert hidden > 0


def test_hurtful_names_still_find_their_record(client: TestClient) -> None:
    found = client.get("/v1/search", params={"q": "incompetent cervix"}).json()["items"]
    assert found[0]["slug"] == "cervical-insufficiency"


def test_json_ld_urls_are_absolute(client: TestClient) -> None:
    page = jsonld(client, "conditions", "stillbirth")
    assert page["url"] == "http://testserver/conditions/stillbirth"
    assert page["about"]["url"] == page["url"]
    assert page["about"]["cause"][0]["url"].startswith("http://testserver/causes/")
    urls = values(page, "url")
    assert len(urls) > 5
    assert all(re.match(r"https?://[^/]+(/|$)", url) for url in urls), urls
    reference = jsonld(client, "references", all_slugs(client, "references")[0])
    assert reference["url"].startswith("http://testserver/references/")


def test_json_ld_urls_follow_the_host_asked_for(built: BuildResult) -> None:
    app = create_app(settings_for(built.path, cache_max_bytes=0))
    with TestClient(app, base_url="https://clinic.example.org") as other:
        page = jsonld(other, "conditions", "stillbirth")
        html = other.get("/conditions/stillbirth").text
    assert page["url"] == "https://clinic.example.org/conditions/stillbirth"
    assert "https://clinic.example.org/conditions/stillbirth" in html


def test_links_use_the_configured_public_address_whatever_the_host(built: BuildResult) -> None:
    app = create_app(settings_for(built.path, public_base_url="https://plapi.example.org/"))
    with TestClient(app, base_url="http://evil.example") as other:
        page = jsonld(other, "conditions", "stillbirth")
        html = other.get("/conditions/stillbirth", headers={"Host": "evil.example"}).text
        cards = other.post(
            "/cds-services/pregnancy-loss-education",
            json={
                "hook": "patient-view",
                "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                "context": {"patientId": "1"},
                "prefetch": {
                    "c": {
                        "resourceType": "Condition",
                        "code": {
                            "coding": [{"system": "http://snomed.info/sct", "code": "237364002"}]
                        },
                    }
                },
            },
        ).json()["cards"]
    assert page["url"] == "https://plapi.example.org/conditions/stillbirth"
    assert "https://plapi.example.org/conditions/stillbirth" in html
    assert "evil.example" not in html
    assert cards[0]["links"][0]["url"] == "https://plapi.example.org/conditions/stillbirth"
    assert cards[0]["source"]["url"] == "https://plapi.example.org/"


def test_json_ld_in_a_page_cannot_end_its_script(client: TestClient) -> None:
    """Inside <script>, the JSON writes <, > and & as escapes: no text can close the script
    or open a comment, and the JSON reads the same."""
    for type_name in ("conditions", "references"):
        for slug in all_slugs(client, type_name)[:20]:
            page = client.get(f"/{type_name}/{slug}").text
            script = page.split('<script type="application/ld+json">', 1)[1].split("</script>")[0]
            assert not re.search(r"[<>&]", script), slug
            assert json.loads(script) == jsonld(client, type_name, slug)
    assert script_json({"name": "</script><!-- a & b >"}) == (
        '{"name": "\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e"}'
    )


def test_the_cache_keeps_each_hosts_urls(client: TestClient) -> None:
    """Cached pages and JSON-LD are never served with another host's absolute URLs."""
    for host in ("first.example", "second.example"):
        for path in ("/v1/causes/infection", "/causes/infection"):
            headers = {"Host": host, "Accept": "application/ld+json"}
            answer = client.get(path, headers=headers).text
            assert f"http://{host}/causes/infection" in answer, (host, path)


@pytest.mark.parametrize(
    "path",
    [
        "/causes/cervical-insufficiency?type_name=bogus",
        "/causes/Not-A-Slug",
        "/embed/symptoms/nope",
        "/fragments/nope",
        "/fragments/causes/cervical-insufficiency",
        "/?q=%00%22NEAR(",
    ],
)
def test_pages_never_fail_on_odd_input(client: TestClient, path: str) -> None:
    assert client.get(path).status_code in (200, 404)
