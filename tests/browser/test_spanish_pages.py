"""The Spanish pages in a real browser: what a person sees, the switch between languages, the
Spanish embed in a clinic's iframe and the web component with ``lang="es"``, each checked
with axe-core."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.helpers import Servers, axe_violations, screenshot

pytestmark = pytest.mark.browser

AYUDA = "Busque ayuda ahora si la necesita"


def test_spanish_browse_page_and_the_switch_to_english(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.api}/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    expect(page.locator("h1")).to_contain_text("Pérdida del embarazo")
    for landmark in ("banner", "main", "contentinfo", "navigation", "search"):
        expect(page.get_by_role(landmark).first).to_be_visible()
    expect(page.get_by_role("heading", name=AYUDA)).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "es-browse")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{servers.api}/")
    page.get_by_role("link", name="Español").click()
    page.wait_for_url(f"{servers.api}/es/")


def test_spanish_search_works_without_javascript(browser: Browser, servers: Servers) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{servers.api}/es/")
    # Spanish words, accents left out as people type them.
    page.get_by_label("Buscar en todos los temas").fill("bebe nacido sin vida")
    page.get_by_role("button", name="Buscar").click()
    page.wait_for_url(re.compile(r"/es/\?q=bebe"))
    first = page.locator(".results li a").first
    expect(first).to_have_text("Muerte fetal")
    expect(first).to_have_attribute("href", "/es/conditions/stillbirth")
    screenshot(page, "es-search-no-javascript")
    context.close()


def test_spanish_search_results_are_accessible(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.api}/es/?q=sangrado")
    expect(page.get_by_role("heading", name=re.compile("Resultados para"))).to_be_visible()
    assert axe_violations(page) == []


def test_spanish_record_page(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.api}/es/symptoms/heavy-bleeding")
    expect(page.locator("h1")).to_have_text("Sangrado abundante")
    expect(page.get_by_role("heading", name=AYUDA)).to_be_visible()
    expect(page.get_by_role("link", name="AYUDA al 988")).to_be_visible()
    expect(page.get_by_role("heading", name="Fuentes")).to_be_visible()
    expect(page.locator(".reviewed")).to_contain_text("Última revisión")
    expect(page.locator(".disclaimer")).to_contain_text("no es un consejo médico")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Ir al contenido")).to_be_focused()
    assert axe_violations(page) == []
    screenshot(page, "es-record-heavy-bleeding")


def test_a_spanish_page_prints_its_date_in_spanish(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.api}/es/conditions/stillbirth")
    page.emulate_media(media="print")
    expect(page.locator(".language-switch")).to_be_hidden()
    expect(page.locator("[data-print-date]")).to_have_text(re.compile(r"^\d{1,2} de \w+ de \d{4}$"))
    screenshot(page, "es-record-stillbirth-print")


def test_spanish_embed_in_a_clinics_iframe(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.host}/iframe-es.html")
    frame = page.frame_locator("iframe")
    expect(frame.locator("h1")).to_have_text("Muerte fetal")
    expect(frame.get_by_role("heading", name=AYUDA)).to_be_visible()
    embedded = next(f for f in page.frames if "/es/embed/" in f.url)
    assert embedded.locator("html").get_attribute("lang") == "es"
    assert axe_violations(embedded) == []
    assert axe_violations(page) == []
    screenshot(page, "es-embed-iframe-on-clinic-site")


@pytest.mark.parametrize(
    ("host_page", "heading"),
    [("widget-es.html", "Insuficiencia cervical"), ("widget-inherited.html", "Aborto espontáneo")],
)
def test_web_component_in_spanish(
    page: Page, servers: Servers, host_page: str, heading: str
) -> None:
    page.goto(f"{servers.host}/{host_page}")
    topic = page.locator("pregnancy-loss-topic")
    expect(topic.locator("h1")).to_have_text(heading)
    expect(topic.get_by_role("heading", name=AYUDA)).to_be_visible()
    expect(topic.locator(".reviewed")).to_contain_text("Última revisión")
    link = topic.locator(".linked a").first
    assert link.evaluate("a => a.href").startswith(f"{servers.api}/es/")
    assert axe_violations(page) == []
    screenshot(page, f"es-{host_page.removesuffix('.html')}")


def test_a_spanish_error_page(page: Page, servers: Servers) -> None:
    response = page.goto(f"{servers.api}/es/conditions/muerte-fetl")
    assert response is not None
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("No encontramos esta página")
    expect(page.get_by_role("heading", name=AYUDA)).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "es-error-not-found")
