"""HTTP caching: ETags, 304s, Cache-Control, compression, HEAD, and the bounded cache."""

from __future__ import annotations

import asyncio
import gzip
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2
import pytest
from fastapi.testclient import TestClient
from starlette.types import Receive, Scope, Send

from app.loader.build import BuildResult
from app.loader.pipeline import load
from app.main import create_app
from app.middleware.caching import CachedResponse, CachingMiddleware, ResponseCache
from tests.helpers import BROWSER, DATA_DIR, settings_for


@pytest.mark.parametrize(
    "path",
    ["/v1/causes", "/v1/causes/cervical-insufficiency", "/v1/search?q=stillbirth", "/v1/meta"],
)
def test_every_get_answer_has_a_strong_etag_and_cache_control(
    client: TestClient, path: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    etag = response.headers["etag"]
    assert etag.startswith('"')
    assert not etag.startswith("W/")
    assert "public" in response.headers["cache-control"]
    assert "max-age=" in response.headers["cache-control"]
    assert "stale-while-revalidate=" in response.headers["cache-control"]
    assert "Accept-Encoding" in response.headers["vary"]


def test_if_none_match_gives_304(client: TestClient) -> None:
    first = client.get("/v1/conditions/stillbirth")
    again = client.get(
        "/v1/conditions/stillbirth", headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == first.headers["etag"]
    other = client.get("/v1/conditions/stillbirth", headers={"If-None-Match": '"nope"'})
    assert other.status_code == 200
    listed = client.get(
        "/v1/conditions/stillbirth", headers={"If-None-Match": f'"x", {first.headers["etag"]}'}
    )
    assert listed.status_code == 304


def test_same_data_same_etag_on_another_replica(built: BuildResult, tmp_path: Path) -> None:
    replica = load(DATA_DIR, tmp_path / "replica.sqlite3")
    assert replica.version == built.version
    etags = []
    for database in (built.path, replica.path):
        with TestClient(create_app(settings_for(database))) as client:
            etags.append(client.get("/v1/causes?trimester=second").headers["etag"])
    assert etags[0] == etags[1]


def test_different_answers_have_different_etags(client: TestClient) -> None:
    a = client.get("/v1/causes?limit=5").headers["etag"]
    b = client.get("/v1/causes?limit=6").headers["etag"]
    assert a != b


def test_query_parameter_order_does_not_matter(client: TestClient) -> None:
    a = client.get("/v1/organizations?kind=helpline&country=US")
    b = client.get("/v1/organizations?country=US&kind=helpline")
    assert a.headers["etag"] == b.headers["etag"]
    assert a.content == b.content


def test_gzip_above_threshold(client: TestClient) -> None:
    response = client.get("/v1/references?limit=100", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["etag"].endswith('-gzip"')
    plain = client.get("/v1/references?limit=100", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert response.json() == plain.json()
    raw = gzip.compress(plain.content)
    assert len(raw) < len(plain.content)
    revalidated = client.get(
        "/v1/references?limit=100",
        headers={"Accept-Encoding": "gzip", "If-None-Match": response.headers["etag"]},
    )
    assert revalidated.status_code == 304


def test_small_answers_are_not_compressed(client: TestClient) -> None:
    response = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in response.headers
    assert response.headers["cache-control"] == "no-store"


def test_head_is_get_without_body(client: TestClient) -> None:
    get = client.get("/v1/causes/caffeine")
    head = client.head("/v1/causes/caffeine")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["etag"] == get.headers["etag"]
    assert head.headers["content-length"] == get.headers["content-length"]
    assert client.head("/healthz").status_code == 200


def test_errors_are_not_stored_but_404s_have_etags(client: TestClient) -> None:
    missing = client.get("/v1/causes/not-here")
    assert missing.status_code == 404
    assert missing.headers["etag"]
    for condition in (missing.headers["etag"], "*"):
        again = client.get("/v1/causes/not-here", headers={"If-None-Match": condition})
        assert again.status_code == 404, "a conditional never turns a 404 into a 304"
    bad = client.get("/v1/causes?week=99")
    assert bad.status_code == 422
    assert bad.headers["cache-control"] == "no-store"


def test_cache_is_bounded_and_least_recently_used_goes_first() -> None:
    cache = ResponseCache(max_bytes=4 * 1024)
    entry = CachedResponse(status=200, headers=(), body=b"x" * 700, etag=b'"e"', gzipped=None)
    for key in "abcde":
        cache.put("v1", key, entry)
    assert cache.bytes <= cache.max_bytes
    assert cache.get("v1", "a") is None
    assert cache.get("v1", "e") is entry
    big = CachedResponse(status=200, headers=(), body=b"x" * 4000, etag=b'"b"', gzipped=None)
    cache.put("v1", "big", big)
    assert cache.get("v1", "big") is None


def test_cache_is_emptied_when_the_dataset_changes() -> None:
    cache = ResponseCache(max_bytes=1 << 20)
    entry = CachedResponse(status=200, headers=(), body=b"{}", etag=b'"e"', gzipped=None)
    cache.put("v1", "k", entry)
    assert cache.get("v1", "k") is entry
    assert cache.get("v2", "k") is None
    assert len(cache) == 0


def test_one_off_answers_never_evict_the_ones_asked_for_again() -> None:
    cache = ResponseCache(max_bytes=10 * 1024)
    entry = CachedResponse(status=200, headers=(), body=b"x" * 700, etag=b'"e"', gzipped=None)
    for key in ("warm-1", "warm-2"):
        cache.put("v1", key, entry, protect=True)
    cache.put("v1", "asked-twice", entry)
    assert cache.get("v1", "asked-twice") is entry
    for n in range(200):  # a flood of distinct requests, each asked once
        cache.put("v1", f"one-off-{n}", entry)
        assert cache.bytes <= cache.max_bytes
    for key in ("warm-1", "warm-2", "asked-twice"):
        assert cache.get("v1", key) is entry, key
    assert cache.get("v1", "one-off-0") is None
    assert cache.get("v1", "one-off-199") is entry


def test_cache_serves_repeats(client: TestClient) -> None:
    cache = client.app.state.cache  # type: ignore[attr-defined]
    assert isinstance(cache, ResponseCache)
    client.get("/v1/symptoms/fever")
    hits = cache.hits
    client.get("/v1/symptoms/fever")
    assert cache.hits == hits + 1


def test_the_cache_is_warm_before_the_first_request(built: BuildResult) -> None:
    with TestClient(create_app(settings_for(built.path, warm=True))) as client:
        cache = client.app.state.cache  # type: ignore[attr-defined]
        assert isinstance(cache, ResponseCache)
        assert len(cache) >= built.record_count
        misses = cache.misses
        client.get("/v1/references/michels-2007-second-trimester-loss")
        assert cache.misses == misses
        # Search is warm too: what its first queries would build is built already.
        database = client.app.state.database  # type: ignore[attr-defined]
        for index in database.search_indexes.values():
            assert {"names_by_rarest", "verbatim_names", "arrays"} <= set(vars(index))


def test_without_warm_up_a_worker_serves_at_once_and_fills_its_cache(built: BuildResult) -> None:
    with TestClient(create_app(settings_for(built.path, warm=False))) as client:
        cache = client.app.state.cache  # type: ignore[attr-defined]
        assert len(cache) == 0
        client.get("/v1/symptoms/fever")
        assert len(cache) == 1
        misses = cache.misses
        client.get("/v1/symptoms/fever")
        assert cache.misses == misses


async def _echo_host(scope: Scope, receive: Receive, send: Send) -> None:
    host = dict(scope["headers"]).get(b"host", b"")
    body = scope["scheme"].encode() + b"://" + host
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": body})


@pytest.mark.parametrize(
    ("path", "accept", "per_host"),
    [
        ("/v1/causes/smoking", "application/json", False),
        ("/v1/causes/smoking", "application/ld+json", True),
        ("/causes/smoking", "text/html", True),
    ],
)
def test_answers_with_absolute_urls_are_kept_per_host(
    path: str, accept: str, per_host: bool
) -> None:
    cache = ResponseCache(1 << 20)
    client = TestClient(CachingMiddleware(_echo_host, version=lambda: "v1", cache=lambda: cache))
    first = client.get(f"http://clinic.example{path}", headers={"Accept": accept})
    second = client.get(f"https://other.example{path}", headers={"Accept": accept})
    assert first.text == "http://clinic.example"
    assert second.text == ("https://other.example" if per_host else "http://clinic.example")


def test_links_on_a_configured_address_are_kept_once_for_every_host() -> None:
    cache = ResponseCache(1 << 20)
    client = TestClient(
        CachingMiddleware(_echo_host, version=lambda: "v1", cache=lambda: cache, per_host=False)
    )
    first = client.get("http://clinic.example/causes/smoking", headers={"Accept": "text/html"})
    second = client.get("https://other.example/causes/smoking", headers={"Accept": "text/html"})
    assert second.text == first.text == "http://clinic.example"


def test_a_page_is_kept_once_whatever_parameters_it_ignores(client: TestClient) -> None:
    cache = client.app.state.cache  # type: ignore[attr-defined]
    first = client.get("/causes/smoking?utm_source=newsletter", headers=BROWSER)
    assert first.status_code == 200
    size = len(cache)
    for n in range(5):
        again = client.get(f"/causes/smoking?zz={n}", headers=BROWSER)
        assert again.headers["etag"] == first.headers["etag"]
    assert len(cache) == size
    searched = client.get("/?q=stillbirth", headers=BROWSER)
    assert searched.headers["etag"] != client.get("/", headers=BROWSER).headers["etag"]


def test_a_404_is_kept_for_minutes(client: TestClient) -> None:
    missing = client.get("/v1/causes/not-here")
    assert missing.headers["cache-control"] == "public, max-age=300"


def test_concurrent_requests_for_one_uncached_answer_render_it_once() -> None:
    rendered = []

    async def slow(scope: Scope, receive: Receive, send: Send) -> None:
        rendered.append(scope["path"])
        await asyncio.sleep(0.05)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"answer"})

    cache = ResponseCache(1 << 20)
    layer = CachingMiddleware(slow, version=lambda: "v1", cache=lambda: cache)

    async def herd() -> list[int]:
        transport = httpx2.ASGITransport(app=layer)
        async with httpx2.AsyncClient(transport=transport, base_url="http://test") as client:
            answers = await asyncio.gather(*(client.get("/v1/slow") for _ in range(20)))
        return [answer.status_code for answer in answers]

    # In a thread of its own: the test run's thread may be running an event loop already.
    with ThreadPoolExecutor(1) as thread:
        assert thread.submit(asyncio.run, herd()).result() == [200] * 20
    assert rendered == ["/v1/slow"]
