"""What a person sees, in a real browser: the browse page, a record page, a record embedded
in another site's iframe, and the web component on another site's page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.helpers import ARTIFACTS, Servers, axe_violations, screenshot

pytestmark = pytest.mark.browser


def test_browse_page_searches_as_you_type(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.api}/")
    expect(page.locator("h1")).to_contain_text("Pregnancy loss")
    for landmark in ("banner", "main", "contentinfo", "navigation", "search"):
        expect(page.get_by_role(landmark).first).to_be_visible()
    page.get_by_label("Search all topics").fill("cerv")
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    expect(options.first).to_contain_text(re.compile("cerv", re.IGNORECASE))
    screenshot(page, "browse-suggestions")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/(causes|treatments)/cervical-"))
    assert axe_violations(page) == []


def test_browse_page_works_without_javascript(browser: object, servers: Servers) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{servers.api}/?q=weak+cervix")
    first = page.locator(".results li a").first
    expect(first).to_have_text("Cervical insufficiency")
    screenshot(page, "browse-search-no-javascript")
    context.close()


def test_record_page(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.api}/causes/cervical-insufficiency")
    expect(page.locator("h1")).to_have_text("Cervical insufficiency")
    expect(page.get_by_role("heading", name="Get help now if you need it")).to_be_visible()
    expect(page.get_by_role("heading", name="Sources")).to_be_visible()
    expect(page.locator(".reviewed")).to_contain_text("Last reviewed")
    expect(page.locator(".disclaimer")).to_contain_text("not medical advice")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert axe_violations(page) == []
    screenshot(page, "record-cervical-insufficiency")


def test_record_page_prints_cleanly(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.api}/conditions/stillbirth")
    page.emulate_media(media="print")
    expect(page.locator(".site-header nav")).to_be_hidden()
    expect(page.locator(".print-only")).to_be_visible()
    expect(page.locator("[data-print-date]")).not_to_have_text("this date")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for paper in ("A4", "Letter"):
        pdf = page.pdf(path=str(ARTIFACTS / f"stillbirth-{paper}.pdf"), format=paper)
        assert pdf.startswith(b"%PDF")
    screenshot(page, "record-stillbirth-print")


def test_text_resizes_to_200_percent_without_sideways_scrolling(
    page: Page, servers: Servers
) -> None:
    page.set_viewport_size({"width": 640, "height": 900})
    page.goto(f"{servers.api}/conditions/miscarriage")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1
    screenshot(page, "record-miscarriage-200-percent")


def test_embedded_in_another_sites_iframe(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.host}/iframe.html")
    frame = page.frame_locator("iframe")
    expect(frame.locator("h1")).to_have_text("Stillbirth")
    expect(frame.get_by_role("heading", name="Get help now if you need it")).to_be_visible()
    expect(frame.get_by_role("heading", name="Sources")).to_be_visible()
    embedded = next(f for f in page.frames if "/embed/" in f.url)
    assert axe_violations(embedded) == []
    assert axe_violations(page) == []
    screenshot(page, "embed-iframe-on-clinic-site")


def test_a_mistyped_address_is_a_kind_page(page: Page, servers: Servers) -> None:
    response = page.goto(f"{servers.api}/conditions/stilbirth")
    assert response is not None
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("We could not find this page")
    expect(page.get_by_role("heading", name="Get help now if you need it")).to_be_visible()
    expect(page.get_by_label("Search all topics")).to_have_value("stilbirth")
    assert axe_violations(page) == []
    screenshot(page, "error-not-found")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".results li a").first).to_have_text("Stillbirth")


def test_a_mistyped_embed_stays_in_its_iframe(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.host}/iframe-mistyped.html")
    frame = page.frame_locator("iframe")
    expect(frame.locator("h1")).to_have_text("We could not find this page")
    expect(frame.get_by_role("heading", name="Get help now if you need it")).to_be_visible()
    expect(frame.get_by_role("link", name=re.compile("See all topics"))).to_have_attribute(
        "target", "_blank"
    )
    embedded = next(f for f in page.frames if "/embed/" in f.url)
    assert axe_violations(embedded) == []
    screenshot(page, "error-embed-on-clinic-site")


def test_web_component_on_another_sites_page(page: Page, servers: Servers) -> None:
    page.goto(f"{servers.host}/widget.html")
    topic = page.locator("pregnancy-loss-topic")
    expect(topic.locator("h1")).to_have_text("Cervical insufficiency")
    expect(topic.get_by_role("heading", name="Get help now if you need it")).to_be_visible()
    expect(topic.locator(".reviewed")).to_contain_text("Last reviewed")
    link = topic.locator(".linked a").first
    assert link.evaluate("a => getComputedStyle(a).color") == "rgb(0, 90, 60)"
    assert link.evaluate("a => a.href").startswith(servers.api)
    assert axe_violations(page) == []
    screenshot(page, "web-component-on-clinic-site")
