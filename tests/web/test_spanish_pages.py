"""The pages for people in Spanish: under /es, in Spanish from the <html> element to the help
box and the dates, linked to the English pages both ways (hreflang and a visible switch), with
errors in the reader's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from app.loader.pipeline import load
from app.main import create_app
from app.registry import TYPES
from tests.helpers import BROWSER, settings_for

RECORD_PAGES = {
    "conditions": "miscarriage",
    "causes": "cervical-insufficiency",
    "symptoms": "vaginal-bleeding",
    "diagnostic-tests": "quantitative-hcg",
    "treatments": "cervical-cerclage",
    "organizations": "988-lifeline",
    "references": "acog-pb-200-early-pregnancy-loss",
}
SPANISH_HELP = "Busque ayuda ahora si la necesita"
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')


def help_box(page: str) -> str:
    return page.split('<aside class="urgent"', 1)[1].split("</aside>", 1)[0]


def test_every_record_type_has_a_spanish_page(client: TestClient) -> None:
    assert set(RECORD_PAGES) == set(TYPES)
    for type_name, slug in RECORD_PAGES.items():
        response = client.get(f"/es/{type_name}/{slug}")
        assert response.status_code == 200, (type_name, response.text[:300])
        assert response.headers["content-language"] == "es"
        page = response.text
        assert page.startswith('<!doctype html>\n<html lang="es">')
        assert '<article class="record" lang="es">' in page
        assert SPANISH_HELP in page
        assert "Get help now" not in page
        assert "Última revisión:" in page
        assert re.search(r"\d{1,2} de [a-z]+ de \d{4}", page)


@pytest.mark.parametrize(
    ("path", "whole"),
    [
        ("/es/", True),
        ("/es/?q=stillbirth", True),
        ("/es/embed/conditions/stillbirth", True),
        ("/es/fragments/conditions/stillbirth", False),
        ("/es/fragments/stillbirth", False),
    ],
)
def test_every_page_kind_in_spanish(client: TestClient, path: str, whole: bool) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-language"] == "es"
    page = response.text
    assert ('<html lang="es">' in page) is whole
    assert SPANISH_HELP in page


def test_hreflang_links_the_two_languages_both_ways(client: TestClient) -> None:
    english = dict(ALTERNATE.findall(client.get("/conditions/stillbirth").text))
    spanish = dict(ALTERNATE.findall(client.get("/es/conditions/stillbirth").text))
    assert (
        english
        == spanish
        == {
            "en": "http://testserver/conditions/stillbirth",
            "es": "http://testserver/es/conditions/stillbirth",
            "x-default": "http://testserver/conditions/stillbirth",
        }
    )
    assert dict(ALTERNATE.findall(client.get("/es/").text))["en"] == "http://testserver/"
    assert dict(ALTERNATE.findall(client.get("/").text))["es"] == "http://testserver/es/"


def test_a_visible_switch_leads_to_the_other_language(client: TestClient) -> None:
    english = client.get("/symptoms/spotting").text
    assert '<a href="/es/symptoms/spotting" hreflang="es" lang="es">Español</a>' in english
    spanish = client.get("/es/symptoms/spotting").text
    assert '<a href="/symptoms/spotting" hreflang="en" lang="en">English</a>' in spanish
    searching = client.get("/es/?q=bleeding").text
    assert '<a href="/?q=bleeding" hreflang="en" lang="en">English</a>' in searching


def test_links_stay_in_spanish(client: TestClient) -> None:
    page = client.get("/es/conditions/miscarriage").text
    links = re.findall(r'href="(/[^"]*)"', page)
    pages = [link for link in links if not link.startswith(("/static/", "/docs"))]
    english_only = [link for link in pages if not link.startswith("/es/")]
    assert english_only == ["/conditions/miscarriage"]  # the switch
    assert 'action="/es/"' in client.get("/es/").text


def test_lang_on_a_page_moves_to_that_language(client: TestClient) -> None:
    moved = client.get("/conditions/stillbirth?lang=es", follow_redirects=False)
    assert moved.status_code == 301
    assert moved.headers["location"] == "/es/conditions/stillbirth"
    back = client.get("/es/?q=sangrado&lang=en", follow_redirects=False)
    assert (back.status_code, back.headers["location"]) == (301, "/?q=sangrado")
    same = client.get("/es/embed/conditions/stillbirth?lang=es", follow_redirects=False)
    assert same.status_code == 200
    assert client.get("/fragments/stillbirth?lang=es").headers["content-language"] == "es"


def test_the_spanish_help_box_gives_the_spanish_options(client: TestClient) -> None:
    box = help_box(client.get("/es/conditions/stillbirth").text)
    assert 'href="tel:911"' in box
    assert 'href="tel:999"' in box
    assert "No conduzca usted" in box
    assert "marque el 2" in box
    assert 'href="sms:988?body=AYUDA"' in box
    assert 'href="tel:+18007997233"' in box
    assert 'href="tel:116123"' in box
    embedded = help_box(client.get("/es/embed/conditions/stillbirth").text)
    assert all('target="_blank"' in link for link in re.findall(r"<a [^>]*>", embedded))


def test_the_spanish_help_box_says_what_the_records_say(client: TestClient) -> None:
    """Each Spanish option in the help box is one its line's record states."""
    lifeline = client.get("/v1/organizations/988-lifeline?lang=es").json()
    assert "marque el 2" in lifeline["details"]
    assert "AYUDA al 988" in lifeline["details"]
    assert lifeline["tel"] == "tel:988"
    hotline = client.get("/v1/organizations/national-domestic-violence-hotline?lang=es").json()
    assert "es" in hotline["languages"]
    assert hotline["tel"] == "tel:+18007997233"
    assert hotline["phone"] == "1-800-799-SAFE (7233)"
    assert "español" in hotline["details"]
    samaritans = client.get("/v1/organizations/samaritans").json()
    assert samaritans["tel"] == "tel:116123"


def test_key_facts_and_dates_in_spanish(client: TestClient) -> None:
    page = client.get("/es/symptoms/vaginal-bleeding").text
    assert "Qué tan urgente es, según la semana de embarazo" in page
    assert "Antes de la semana 12" in page
    assert "Datos clave" in page
    assert "Fuentes" in page
    assert "Las fuentes se citan tal como se publicaron" in page
    organization = client.get("/es/organizations/national-domestic-violence-hotline").text
    assert "Línea de ayuda" in organization
    assert "enviar un mensaje de texto" in organization
    assert "Estados Unidos" in organization


def test_spanish_pages_keep_hurtful_names_out_of_sight(client: TestClient) -> None:
    page = client.get("/es/causes/cervical-insufficiency").text
    shown = page.split('<p class="also-called"', 1)[1].split("</p>", 1)[0]
    assert "Cuello uterino incompetente" not in shown
    assert "Cuello uterino incompetente" not in page.split("</script>", 1)[0]


def test_the_json_ld_of_a_spanish_page(client: TestClient) -> None:
    page = client.get("/es/conditions/stillbirth").text
    assert '"inLanguage": "es"' in page
    assert '"url": "http://testserver/es/conditions/stillbirth"' in page


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/es/conditions/muerte", BROWSER),
        ("/es/embed/conditions/muerte", BROWSER),
        ("/no-hay-nada", {**BROWSER, "Accept-Language": "es-US, es;q=0.9, en;q=0.5"}),
    ],
)
def test_errors_in_the_readers_language(
    client: TestClient, path: str, headers: dict[str, str]
) -> None:
    response = client.get(path, headers=headers)
    assert response.status_code == 404
    assert response.headers["content-language"] == "es"
    page = response.text
    assert '<html lang="es">' in page
    assert "No encontramos esta página" in page
    assert SPANISH_HELP in page
    assert 'href="/es/"' in page


def test_an_english_page_address_errs_in_english(client: TestClient) -> None:
    response = client.get("/conditions/muerte", headers={**BROWSER, "Accept-Language": "es"})
    assert response.headers["content-language"] == "en"
    assert "We could not find this page" in response.text


def test_a_field_in_english_is_marked_as_english(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    record = yaml.safe_load(path.read_text())
    del record["translations"]["es"]["details"]
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    built = load(data_copy, tmp_path / "partial.sqlite3")
    with TestClient(create_app(settings_for(built.path))) as partial:
        page = partial.get("/es/symptoms/spotting").text
    assert '<div class="details" lang="en">' in page
    assert '<p class="summary">' in page
