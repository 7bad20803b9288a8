"""Content negotiation honours quality values, in the functions and through the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.negotiation import accepts_gzip, named_language, negotiate_language, prefers_jsonld
from app.vocabulary import Language


@pytest.mark.parametrize(
    ("accept", "jsonld"),
    [
        ("", False),
        ("*/*", False),
        ("application/json", False),
        ("application/ld+json", True),
        ("Application/LD+JSON", True),
        ("application/ld+json, application/json", True),
        ("application/ld+json, */*;q=0.1", True),
        ("application/ld+json;q=0", False),
        ("application/ld+json; q=0.0, */*", False),
        ("application/json;q=0.9, application/ld+json;q=0.1", False),
        ("application/json;q=0.5, application/ld+json;q=0.8", True),
        ("application/ld+json;q=0.5, */*", False),
        ("application/ld+json;q=nonsense", False),
        ('application/ld+json;profile="https://schema.org"', True),
    ],
)
def test_jsonld_is_chosen_by_quality(accept: str, jsonld: bool) -> None:
    assert prefers_jsonld(accept) is jsonld


@pytest.mark.parametrize(
    ("accept_encoding", "gzip"),
    [
        ("", False),
        ("identity", False),
        ("br", False),
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("GZIP", True),
        ("*", True),
        ("gzip;q=0, identity", False),
        ("gzip;q=0.5, identity", True),
        ("*;q=0", False),
        ("br, *;q=0.1", True),
        ("gzip;q=0, *", False),
    ],
)
def test_gzip_is_chosen_by_quality(accept_encoding: str, gzip: bool) -> None:
    assert accepts_gzip(accept_encoding) is gzip


def test_a_refused_jsonld_gets_json(client: TestClient) -> None:
    for accept in ("application/ld+json;q=0", "application/json;q=0.9, application/ld+json;q=0.1"):
        response = client.get("/v1/conditions/stillbirth", headers={"Accept": accept})
        assert response.headers["content-type"] == "application/json", accept
        assert response.json()["slug"] == "stillbirth"
    wanted = client.get("/v1/conditions/stillbirth", headers={"Accept": "application/ld+json"})
    assert wanted.headers["content-type"] == "application/ld+json"


def test_a_refused_gzip_is_not_sent(client: TestClient) -> None:
    refused = client.get(
        "/v1/references?limit=100", headers={"Accept-Encoding": "gzip;q=0, identity"}
    )
    assert "content-encoding" not in refused.headers
    assert refused.json()["items"]
    accepted = client.get("/v1/references?limit=100", headers={"Accept-Encoding": "gzip;q=0.5"})
    assert accepted.headers["content-encoding"] == "gzip"


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        ("", "en"),
        ("   ", "en"),
        ("es", "es"),
        ("ES", "es"),
        ("es-MX", "es"),
        ("es-419", "es"),
        ("en-GB", "en"),
        ("es-MX,es;q=0.9,en;q=0.8", "es"),
        ("en-US,en;q=0.9,es;q=0.8", "en"),
        ("fr-CA, fr;q=0.9, es;q=0.5, en;q=0.4", "es"),
        ("es;q=0.1, en;q=0.2", "en"),
        ("en;q=0.2, es;q=0.2", "en"),
        ("es;q=0.2, en;q=0.2", "es"),
        ("es;q=0", "en"),
        ("es;q=0, en;q=0", "en"),
        ("en;q=0, *", "es"),
        ("*", "en"),
        ("*;q=0.5, es;q=0", "en"),
        ("es-MX;q=0, es", "es"),
        ("de, fr", "en"),
        ("es;q=nonsense, en;q=0.1", "en"),
        (",,;q=1, es", "es"),
    ],
)
def test_the_language_is_chosen_by_quality(accept_language: str, language: str) -> None:
    assert negotiate_language(accept_language) is Language(language)


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("es", Language.es),
        ("Sp", Language.es),
        ("SPA", Language.es),
        ("es-MX", Language.es),
        ("es_US", Language.es),
        (" en ", Language.en),
        ("eng", Language.en),
        ("en-US", Language.en),
        ("fr", None),
        ("", None),
        ("spanish", None),
    ],
)
def test_language_codes_name_a_language(code: str, language: Language | None) -> None:
    assert named_language(code) is language
