"""``/v1/search`` and ``/v1/search/suggest`` over the real data."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/v1/search", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def slugs(body: dict[str, Any]) -> list[str]:
    return [f"{item['type']}/{item['slug']}" for item in body["items"]]


def test_answer_shape(client: TestClient) -> None:
    body = search(client, q="weak cervix", limit=3)
    assert {"items", "total", "limit", "offset", "facets", "did_you_mean", "interpretation"} <= (
        set(body)
    )
    first = body["items"][0]
    assert (first["type"], first["slug"]) == ("causes", "cervical-insufficiency")
    assert first["url"] == "/v1/causes/cervical-insufficiency"
    assert set(first) == {"type", "slug", "name", "summary", "url", "snippet", "score"}
    scores = [item["score"] for item in body["items"]]
    assert scores == sorted(scores, reverse=True)
    assert "<mark>" in "".join(item["snippet"] for item in body["items"])


def test_snippets_are_escaped(client: TestClient) -> None:
    for item in search(client, q="pregnancy", limit=100)["items"]:
        text = item["snippet"].replace("<mark>", "").replace("</mark>", "")
        assert "<" not in text
        assert ">" not in text


def test_facets_count_matches_per_type(client: TestClient) -> None:
    body = search(client, q="bleeding", limit=100)
    assert sum(body["facets"]["type"].values()) == body["total"]
    for type_name, count in body["facets"]["type"].items():
        assert search(client, q="bleeding", type=type_name, limit=100)["total"] == count


def test_type_and_trimester_filters(client: TestClient) -> None:
    body = search(client, q="miscarriage", type="causes", trimester="second", limit=100)
    assert body["items"]
    assert {item["type"] for item in body["items"]} == {"causes"}
    for item in body["items"]:
        cause = client.get(item["url"]).json()
        assert "second" in cause["trimesters"]


def test_week_in_the_text_ranks_that_time_first(client: TestClient) -> None:
    body = search(client, q="why did I miscarry at 16 weeks", limit=3)
    assert body["interpretation"]["week"] == 16
    assert "conditions/second-trimester-miscarriage" in slugs(body)


def test_typo_is_corrected_and_used(client: TestClient) -> None:
    body = search(client, q="misscarriage")
    assert body["did_you_mean"] == "miscarriage"
    assert slugs(body)[0] == "conditions/miscarriage"


def test_paging_and_link_header(client: TestClient) -> None:
    everything = slugs(search(client, q="pregnancy", limit=100))
    response = client.get("/v1/search", params={"q": "pregnancy", "limit": 5, "offset": 5})
    assert slugs(response.json()) == everything[5:10]
    assert 'rel="next"' in response.headers["link"]
    assert 'rel="prev"' in response.headers["link"]


def test_only_stop_words_gives_an_empty_answer(client: TestClient) -> None:
    body = search(client, q="what is the")
    assert (body["items"], body["total"]) == ([], 0)


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '"unbalanced quote',
        "*",
        "stillbirth*",
        "NEAR(",
        "NEAR(stillbirth ectopic, 2)",
        "AND",
        "OR OR OR",
        "NOT stillbirth",
        "stillbirth AND ectopic OR NOT caffeine",
        "name:stillbirth",
        "{name aliases}: ectopic",
        "^ectopic",
        "- + ( ) : ; ' \\ / @ # $ % & =",
        "🤰💔",
        "🤰 stillbirth",
        "\x00",
        "ñandú",
        "' OR 1=1 --",
        "a" * 200,
        "x " * 100,
    ],
)
def test_hostile_queries_get_normal_answers(client: TestClient, hostile: str) -> None:
    response = client.get("/v1/search", params={"q": hostile})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    "params",
    [{"q": ""}, {}, {"q": "a" * 201}, {"q": "x" * 1500}, {"q": "ok", "type": "cause"}],
)
def test_bad_search_input_is_a_422_problem(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/v1/search", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_a_3000_character_query_is_refused_as_too_long(client: TestClient) -> None:
    response = client.get("/v1/search", params={"q": "x" * 3000})
    assert response.status_code == 414
    assert response.headers["content-type"] == "application/problem+json"


def test_suggest_completes_names(client: TestClient) -> None:
    response = client.get("/v1/search/suggest", params={"q": "cerv"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert 0 < len(items) <= 10
    assert items[0]["slug"] in {"cervical-insufficiency", "cervical-cerclage"}
    for item in items:
        assert "cerv" in item["text"].lower()
        assert item["url"] == f"/v1/{item['type']}/{item['slug']}"


def test_suggest_matches_other_names_and_later_words(client: TestClient) -> None:
    texts = {
        item["slug"]: item["text"]
        for item in client.get("/v1/search/suggest", params={"q": "blighted"}).json()["items"]
    }
    assert "anembryonic-pregnancy" in texts
    later = client.get("/v1/search/suggest", params={"q": "insuff"}).json()["items"]
    assert "cervical-insufficiency" in [item["slug"] for item in later]


@pytest.mark.parametrize("q", ["", "x" * 101, "🤰"])
def test_suggest_bad_or_odd_input(client: TestClient, q: str) -> None:
    response = client.get("/v1/search/suggest", params={"q": q})
    if q == "🤰":
        assert response.json() == {"items": []}
    else:
        assert response.status_code == 422
