"""``/v1/meta``, ``/healthz``, ``/readyz`` and paging headers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.loader.build import BuildResult


def test_meta(client: TestClient, built: BuildResult) -> None:
    body = client.get("/v1/meta").json()
    assert body["dataset_version"] == built.version
    assert sum(body["counts"].values()) == built.record_count
    for type_name, count in body["counts"].items():
        assert client.get(f"/v1/{type_name}").json()["total"] == count
    assert body["license"] == "CC-BY-4.0"
    assert "not medical advice" in body["disclaimer"]


def test_health_and_readiness(client: TestClient, built: BuildResult) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok", "dataset_version": built.version}


def test_link_headers_walk_the_pages(client: TestClient) -> None:
    total = client.get("/v1/references").json()["total"]
    seen: list[str] = []
    url: str | None = "/v1/references?limit=7&kind=patient-resource"
    previous = None
    while url:
        response = client.get(url)
        seen += [item["slug"] for item in response.json()["items"]]
        links = dict(
            (part.split("; ")[1], part.split("; ")[0].strip("<>"))
            for part in response.headers.get("link", "").split(", ")
            if part
        )
        if previous is not None:
            assert 'rel="prev"' in links
        assert "kind=patient-resource" in links.get('rel="next"', "kind=patient-resource")
        previous, url = url, links.get('rel="next"')
    expected: list[str] = []
    while len(expected) < len(seen) or not expected:
        page = client.get(
            "/v1/references",
            params={"kind": "patient-resource", "limit": 100, "offset": len(expected)},
        ).json()
        expected += [item["slug"] for item in page["items"]]
        if len(expected) >= page["total"]:
            break
    assert seen == expected
    assert len(seen) < total
    first = client.get("/v1/references?limit=7")
    assert 'rel="prev"' not in first.headers["link"]


def test_prev_from_past_the_end_is_the_last_page_with_items(client: TestClient) -> None:
    total = client.get("/v1/references").json()["total"]
    response = client.get("/v1/references?limit=20&offset=100000")
    assert response.json()["items"] == []
    assert 'rel="next"' not in response.headers["link"]
    prev = response.headers["link"].split(";")[0].strip("<>")
    assert f"offset={total - 20}" in prev
    assert len(client.get(prev).json()["items"]) == 20
