"""Errors on the pages for people: a kind HTML page for a person, a problem document for a
program, the same status for both."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.loader.build import BuildResult
from app.main import create_app
from app.web import pages
from app.web.error_pages import html_and_json_quality
from tests.helpers import BROWSER, assert_kind_page, settings_for


@pytest.mark.parametrize(
    "path",
    [
        "/conditions/nope",
        "/causes/stilbirth",
        "/conditions/BAD_SLUG",
        "/conditions/" + "a" * 81,
        "/no-such-page",
        "/conditions/stillbirth/more",
    ],
)
def test_a_person_gets_a_kind_page_not_found(client: TestClient, path: str) -> None:
    response = client.get(path, headers=BROWSER)
    page = assert_kind_page(response, 404)
    assert "We could not find this page" in page
    assert response.headers["x-content-type-options"] == "nosniff"
    assert 'role="search"' in page
    assert '<nav aria-label="Main">' in page


def test_a_mistyped_slug_is_one_search_away(client: TestClient) -> None:
    page = client.get("/conditions/stilbirth", headers=BROWSER).text
    assert 'name="q" type="search" value="stilbirth"' in page


def test_an_embed_error_stays_in_its_frame(built: BuildResult) -> None:
    clinic = "https://portal.example.org"
    app = create_app(settings_for(built.path, frame_ancestors=clinic))
    with TestClient(app) as framed:
        response = framed.get("/embed/conditions/nope", headers=BROWSER)
    page = assert_kind_page(response, 404)
    assert response.headers["content-security-policy"].endswith(f"frame-ancestors {clinic}")
    assert "x-frame-options" not in response.headers
    assert 'class="embed"' in page
    assert "<nav" not in page
    assert "<form" not in page
    assert "<header" not in page
    links = re.findall(r"<a [^>]*>", page)
    assert links
    for link in links:
        assert 'target="_blank"' in link, link


def test_unknown_embed_addresses_get_the_embed_page(client: TestClient) -> None:
    page = assert_kind_page(client.get("/embed/nothing/here", headers=BROWSER), 404)
    assert "<nav" not in page


def test_the_home_page_answers_bad_input_with_a_page(client: TestClient) -> None:
    for address in ("/?q=" + "a" * 1001, "/?q=one&q=two"):
        page = assert_kind_page(client.get(address, headers=BROWSER), 422)
        assert "Something in this address is not right" in page


def test_a_page_answers_a_missing_dataset_with_a_page(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path / "missing.sqlite3"))
    with TestClient(app) as unloaded:
        response = unloaded.get("/conditions/stillbirth", headers=BROWSER)
        problem = unloaded.get("/v1/conditions/stillbirth", headers=BROWSER)
    page = assert_kind_page(response, 503)
    assert "not available just now" in page
    assert problem.status_code == 503
    assert problem.headers["content-type"] == "application/problem+json"


@pytest.fixture
def broken_home(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    def fail(*_: object, **__: object) -> None:
        raise RuntimeError("the list could not be read")

    monkeypatch.setattr(pages, "_topics", fail)
    return TestClient(client.app, raise_server_exceptions=False)


def test_an_unexpected_error_is_a_kind_page_with_its_policy(broken_home: TestClient) -> None:
    # A search the response cache has not kept, so that the broken page is rendered.
    page = assert_kind_page(broken_home.get("/?q=broken", headers=BROWSER), 500)
    assert "Something went wrong on our side" in page
    assert "RuntimeError" not in page
    problem = broken_home.get("/?q=broken", headers={"Accept": "application/json"})
    assert problem.status_code == 500
    assert problem.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("path", "accept"),
    [
        ("/v1/conditions/nope", BROWSER["Accept"]),
        ("/v1/no-such-route", BROWSER["Accept"]),
        ("/conditions/nope", "application/json"),
        ("/embed/conditions/nope", "application/problem+json"),
        ("/conditions/nope", "text/html;q=0.5, application/json"),
        ("/no-such-page", "*/*"),
        ("/no-such-page", ""),
        ("/fragments/nope", BROWSER["Accept"]),
    ],
)
def test_programs_keep_problem_documents(client: TestClient, path: str, accept: str) -> None:
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 404


def test_pages_answer_any_client_that_does_not_prefer_json(client: TestClient) -> None:
    for accept in ("*/*", "", "text/html"):
        response = client.get("/conditions/nope", headers={"Accept": accept})
        assert response.headers["content-type"].startswith("text/html"), accept


def test_a_person_and_a_program_each_get_their_own_answer(client: TestClient) -> None:
    first = client.get("/no-such-page", headers=BROWSER)
    second = client.get("/no-such-page", headers={"Accept": "application/json"})
    assert first.headers["content-type"].startswith("text/html")
    assert second.headers["content-type"] == "application/problem+json"
    assert first.headers["etag"] != second.headers["etag"]
    assert "Accept" in second.headers["vary"]


@pytest.mark.parametrize(
    ("slug", "api_status", "page_status"),
    [
        ("stillbirth", 200, 200),
        ("no-such-record", 404, 404),
        ("BAD_SLUG", 422, 404),
        ("-leading-dash", 422, 404),
        ("a" * 81, 422, 404),
    ],
)
def test_slugs_are_judged_by_one_rule(
    client: TestClient, slug: str, api_status: int, page_status: int
) -> None:
    """The API and the pages agree on what a slug is. A malformed one is invalid input to
    the API (422) and, for a person, a page that does not exist (404)."""
    assert client.get(f"/v1/conditions/{slug}").status_code == api_status
    assert client.get(f"/fragments/{slug}").status_code == page_status
    for path in (f"/conditions/{slug}", f"/embed/conditions/{slug}"):
        response = client.get(path, headers=BROWSER)
        assert response.status_code == page_status, path
        assert response.headers["content-type"].startswith("text/html"), path


def test_accept_qualities() -> None:
    assert html_and_json_quality(BROWSER["Accept"]) == (1.0, 0.8)
    assert html_and_json_quality("application/json") == (0.0, 1.0)
    assert html_and_json_quality("application/problem+json, text/*;q=0.2") == (0.2, 1.0)
    assert html_and_json_quality("") == (1.0, 1.0)
    assert html_and_json_quality("text/html;q=nonsense, */*;q=0.1") == (0.0, 0.1)
