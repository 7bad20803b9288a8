"""The API in English and Spanish: `lang`, else `Accept-Language` with quality values, else
English; `Content-Language` and `Vary: Accept-Language` on every answer; an ETag and a cache
entry per language; fields without Spanish text named; what `/v1/meta` says of each language."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from app.i18n import translate
from app.loader.pipeline import load
from app.main import create_app
from app.terms import DISCLAIMER
from app.vocabulary import Language
from tests.helpers import assert_problem, settings_for

MISCARRIAGE = "/v1/conditions/miscarriage"
CONTENT_PATHS = [
    "/v1/conditions",
    MISCARRIAGE,
    "/v1/symptoms?urgency=emergency",
    "/v1/organizations/988-lifeline",
    "/v1/references/acog-pb-200-early-pregnancy-loss",
    "/v1/lookup?system=icd10cm&code=O03.4",
    "/v1/search?q=bleeding",
    "/v1/search/suggest?q=still",
    "/v1/meta",
    "/v1/export?type=symptoms",
]


def with_lang(path: str, lang: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}lang={lang}"


def test_the_done_when_of_the_spanish_edition(client: TestClient) -> None:
    by_parameter = client.get(f"{MISCARRIAGE}?lang=es")
    by_header = client.get(MISCARRIAGE, headers={"Accept-Language": "es-MX"})
    for response in (by_parameter, by_header):
        assert response.status_code == 200
        assert response.headers["content-language"] == "es"
        assert "Accept-Language" in response.headers["vary"]
        assert response.json()["name"] == "Aborto espontáneo"
    assert by_parameter.json() == by_header.json()


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        (None, "en"),
        ("es", "es"),
        ("es-MX, en;q=0.5", "es"),
        ("en-US,en;q=0.9,es;q=0.8", "en"),
        ("fr-CA, fr;q=0.9, es;q=0.5", "es"),
        ("es;q=0.1, en;q=0.2", "en"),
        ("en;q=0, *", "es"),
        ("es;q=0", "en"),
        ("de", "en"),
        ("not a language;q=x", "en"),
    ],
)
def test_accept_language_decides_with_quality_values(
    client: TestClient, accept_language: str | None, language: str
) -> None:
    headers = {"Accept-Language": accept_language} if accept_language is not None else {}
    response = client.get(MISCARRIAGE, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-language"] == language
    assert (response.json()["name"] == "Aborto espontáneo") is (language == "es")


def test_an_explicit_lang_wins_over_the_header(client: TestClient) -> None:
    response = client.get(f"{MISCARRIAGE}?lang=en", headers={"Accept-Language": "es"})
    assert response.headers["content-language"] == "en"
    assert response.json()["name"] == "Miscarriage"


@pytest.mark.parametrize("value", ["fr", "ES", "es-MX", "spanish", ""])
def test_an_unknown_lang_is_a_problem(client: TestClient, value: str) -> None:
    for path in (MISCARRIAGE, "/v1/causes", "/v1/search?q=x", "/v1/meta"):
        body = assert_problem(client.get(with_lang(path, value)), 422)
        assert [error["location"] for error in body["errors"]] == ["query.lang"]


@pytest.mark.parametrize("path", CONTENT_PATHS)
def test_every_content_answer_says_its_language_and_varies_with_it(
    client: TestClient, path: str
) -> None:
    for lang in ("en", "es"):
        response = client.get(with_lang(path, lang))
        assert response.status_code == 200, response.text
        assert response.headers["content-language"] in ("en", "es")
        assert response.headers["vary"] == "Accept, Accept-Encoding, Accept-Language"


def test_english_answers_have_no_fallback_and_spanish_ones_none_yet(client: TestClient) -> None:
    for lang in ("en", "es"):
        page = client.get(f"/v1/conditions?limit=100&lang={lang}").json()
        assert all(item["fallback_fields"] == [] for item in page["items"])
        assert client.get(f"{MISCARRIAGE}?lang={lang}").json()["fallback_fields"] == []


def test_spanish_lists_and_their_links_stay_in_spanish(client: TestClient) -> None:
    response = client.get("/v1/causes?lang=es&limit=5")
    names = [item["name"] for item in response.json()["items"]]
    assert names[0] == "Aborto espontáneo previo"
    assert "lang=es" in response.headers["link"]
    detail = client.get("/v1/causes/cervical-insufficiency?lang=es").json()
    assert detail["name"] == "Insuficiencia cervical"
    assert "Cuello uterino incompetente" in detail["outdated_names"]
    linked = {item["slug"]: item["name"] for item in detail["treatments"]}
    assert linked["cervical-cerclage"] == "Cerclaje cervical"


def test_each_language_has_its_own_etag(client: TestClient) -> None:
    english = client.get(MISCARRIAGE)
    spanish = client.get(MISCARRIAGE, headers={"Accept-Language": "es"})
    assert english.headers["etag"] != spanish.headers["etag"]
    again = client.get(
        MISCARRIAGE, headers={"Accept-Language": "es", "If-None-Match": spanish.headers["etag"]}
    )
    assert again.status_code == 304
    crossed = client.get(
        MISCARRIAGE, headers={"Accept-Language": "es", "If-None-Match": english.headers["etag"]}
    )
    assert crossed.status_code == 200
    assert crossed.headers["content-language"] == "es"


def test_a_body_the_same_in_both_languages_still_has_two_etags(client: TestClient) -> None:
    path = "/v1/references?kind=guideline&limit=5"
    english, spanish = client.get(path), client.get(with_lang(path, "es"))
    assert english.json() == spanish.json()  # citations are not translated
    assert english.headers["etag"] != spanish.headers["etag"]


def test_the_cache_keeps_each_language_apart(built: Any) -> None:
    with TestClient(create_app(settings_for(built.path))) as client:
        cache = client.app.state.cache  # type: ignore[attr-defined]
        first = client.get(MISCARRIAGE, headers={"Accept-Language": "es-MX"})
        hits = cache.hits
        second = client.get(MISCARRIAGE, headers={"Accept-Language": "es;q=0.9, en;q=0.1"})
        assert cache.hits == hits + 1
        english = client.get(MISCARRIAGE, headers={"Accept-Language": "en"})
        assert first.content == second.content != english.content
        assert english.headers["content-language"] == "en"


def test_json_ld_in_spanish(client: TestClient) -> None:
    response = client.get(f"{MISCARRIAGE}?lang=es", headers={"Accept": "application/ld+json"})
    assert response.headers["content-type"].startswith("application/ld+json")
    assert response.headers["content-language"] == "es"
    page = response.json()
    assert page["inLanguage"] == "es"
    assert page["url"].endswith("/es/conditions/miscarriage")
    assert page["about"]["name"] == "Aborto espontáneo"
    assert page["about"]["url"] == page["url"]
    assert page["translationOfWork"]["url"].endswith("/conditions/miscarriage")
    assert all("/es/" in item["url"] for item in page["about"]["signOrSymptom"])
    english = client.get(MISCARRIAGE, headers={"Accept": "application/ld+json"}).json()
    assert english["inLanguage"] == "en"
    assert english["workTranslation"][0]["url"] == page["url"]


def test_meta_says_how_complete_each_language_is(client: TestClient) -> None:
    body = client.get("/v1/meta").json()
    languages = {language["code"]: language for language in body["languages"]}
    assert set(languages) == {"en", "es"}
    assert languages["es"]["name"] == "Español"
    assert languages["es"]["complete"] == 1.0
    assert languages["es"]["fallback_fields"] == 0
    assert languages["es"]["translated"] == languages["es"]["records"] > 0
    assert body["disclaimer"] == DISCLAIMER
    spanish = client.get("/v1/meta?lang=es").json()
    assert spanish["disclaimer"] == translate(Language.es, DISCLAIMER) != DISCLAIMER
    assert "911" in spanish["disclaimer"]


def test_search_and_suggest_take_lang_and_say_what_they_searched(client: TestClient) -> None:
    for path in ("/v1/search?q=muerte fetal", "/v1/search/suggest?q=muerte"):
        by_lang = client.get(with_lang(path, "es"))
        by_header = client.get(path, headers={"Accept-Language": "es-MX,es;q=0.9"})
        english = client.get(path)
        for response in (by_lang, by_header):
            assert response.status_code == 200
            assert response.headers["content-language"] == "es"
            assert "Accept-Language" in response.headers["vary"]
            assert response.json()["items"][0]["name"] == "Muerte fetal"
        assert by_lang.json() == by_header.json()
        assert english.headers["content-language"] == "en"
        assert english.json()["items"] == [] or english.json()["items"][0]["name"] != "Muerte fetal"


def test_a_field_without_spanish_text_is_named(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / "conditions" / "stillbirth.yaml"
    record = yaml.safe_load(path.read_text())
    del record["translations"]["es"]["details"]
    del record["translations"]["es"]["outlook"]
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    built = load(data_copy, tmp_path / "partial.sqlite3")
    with TestClient(create_app(settings_for(built.path))) as partial:
        spanish = partial.get("/v1/conditions/stillbirth?lang=es")
        english = partial.get("/v1/conditions/stillbirth").json()
        meta = partial.get("/v1/meta").json()
    body = spanish.json()
    assert spanish.headers["content-language"] == "es"
    assert body["fallback_fields"] == ["details", "outlook"]
    assert body["details"] == english["details"]
    assert body["outlook"] == english["outlook"]
    assert body["name"] != english["name"]
    assert english["fallback_fields"] == []
    (status,) = [language for language in meta["languages"] if language["code"] == "es"]
    assert status["fallback_fields"] == 2
    assert status["complete"] < 1.0


def test_the_export_in_spanish(client: TestClient) -> None:
    english = client.get("/v1/export?type=conditions")
    spanish = client.get("/v1/export?type=conditions", headers={"Accept-Language": "es"})
    by_parameter = client.get("/v1/export?type=conditions&lang=es")
    assert spanish.headers["content-language"] == "es"
    assert spanish.content == by_parameter.content
    # The export's ETag is its dataset version and options (-gzip when compressed).
    assert english.headers["etag"].removesuffix('-gzip"').endswith("-conditions")
    assert spanish.headers["etag"] == by_parameter.headers["etag"]
    assert spanish.headers["etag"].removesuffix('-gzip"').endswith("-conditions-es")
    lines = [json.loads(line) for line in spanish.text.splitlines()]
    (miscarriage,) = [line for line in lines if line.get("slug") == "miscarriage"]
    assert miscarriage["name"] == "Aborto espontáneo"
    assert miscarriage["fallback_fields"] == []
    assert miscarriage["attribution"].startswith("«Aborto espontáneo»")
    assert "con licencia CC BY 4.0" in miscarriage["attribution"]
    assert lines[-1]["disclaimer"] == translate(Language.es, DISCLAIMER)
    again = client.get(
        "/v1/export?type=conditions&lang=es", headers={"If-None-Match": spanish.headers["etag"]}
    )
    assert again.status_code == 304


def test_a_record_credits_itself_in_the_language_of_the_answer(client: TestClient) -> None:
    english = client.get(MISCARRIAGE).json()["attribution"]
    spanish = client.get(f"{MISCARRIAGE}?lang=es").json()["attribution"]
    assert english == (
        "“Miscarriage”, Pregnancy Loss Information API, /v1/conditions/miscarriage, "
        "licensed under CC BY 4.0."
    )
    assert spanish == (
        "«Aborto espontáneo», Pregnancy Loss Information API, /v1/conditions/miscarriage, "
        "con licencia CC BY 4.0."
    )


def test_expanded_records_come_in_the_language_asked_for(client: TestClient) -> None:
    response = client.get(f"{MISCARRIAGE}?expand=symptoms&lang=es")
    assert response.headers["content-language"] == "es"
    symptoms = {item["slug"]: item for item in response.json()["symptoms"]}
    assert symptoms["spotting"]["name"] == "Manchado"
    assert (
        symptoms["spotting"]["when_to_seek_care"]
        != (client.get("/v1/symptoms/spotting").json()["when_to_seek_care"])
    )


def test_the_change_feed_answers_in_no_language_and_refuses_lang(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/changes?lang=es"), 422)
    assert [error["location"] for error in body["errors"]] == ["query.lang"]
