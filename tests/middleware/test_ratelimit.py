"""Rate limiting: a token bucket per client, 429 with Retry-After, IETF RateLimit headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import parse_networks
from app.loader.build import BuildResult
from app.main import create_app
from app.middleware.ratelimit import (
    SharedTokenBuckets,
    TokenBuckets,
    client_address,
    client_key,
)
from tests.helpers import BROWSER, assert_kind_page, assert_problem, settings_for


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_a_burst_then_the_rate() -> None:
    clock = Clock()
    buckets = TokenBuckets(per_minute=60, burst=3, clock=clock)
    assert [buckets.take("a").allowed for _ in range(4)] == [True, True, True, False]
    refused = buckets.take("a")
    assert refused.retry_after == pytest.approx(1.0)
    clock.now = 1.0
    assert buckets.take("a").allowed
    assert not buckets.take("a").allowed
    assert buckets.take("b").allowed, "other clients are unaffected"
    clock.now = 100.0
    assert buckets.take("a").remaining == 2, "a bucket refills to the burst, not beyond"


def test_bucket_memory_is_bounded() -> None:
    buckets = TokenBuckets(per_minute=60, burst=1, max_clients=10)
    for n in range(50):
        buckets.take(f"client-{n}")
    assert len(buckets.buckets) == 10


def test_worker_processes_share_each_clients_bucket(tmp_path: Path) -> None:
    """Two workers map the same table: a client's requests count once, whichever answers."""
    clock = Clock()
    first, second = (
        SharedTokenBuckets(tmp_path / "buckets", per_minute=60, burst=3, clock=clock, slots=64)
        for _ in range(2)
    )
    taken = [worker.take("a").allowed for worker in (first, second, first, second)]
    assert taken == [True, True, True, False]
    assert second.take("a").retry_after == pytest.approx(1.0)
    assert first.take("b").allowed, "other clients are unaffected"
    clock.now = 1.0
    assert second.take("a").allowed
    assert not first.take("a").allowed
    clock.now = 100.0
    assert first.take("a").remaining == 2, "a bucket refills to the burst, not beyond"


def test_shared_buckets_are_bounded_and_reuse_idle_slots(tmp_path: Path) -> None:
    clock = Clock()
    buckets = SharedTokenBuckets(tmp_path / "b", per_minute=60, burst=2, clock=clock, slots=16)
    for n in range(100):
        buckets.take(f"client-{n}")
    assert (tmp_path / "b").stat().st_size == 16 * SharedTokenBuckets.SLOT.size
    buckets.take("busy")
    buckets.take("busy")
    assert not buckets.take("busy").allowed, "a busy client keeps its slot among idle ones"


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("203.0.113.9", "203.0.113.9"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("2001:db8:1:3::1", "2001:db8:1:3::/64"),
        ("::ffff:198.51.100.7", "198.51.100.7"),
        ("unknown", "unknown"),
    ],
)
def test_an_ipv6_client_is_its_64_network(address: str, key: str) -> None:
    assert client_key(address) == key


def scope_for(peer: str, forwarded: str | None = None) -> dict[str, object]:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return {"client": (peer, 1234), "headers": headers}


def test_forwarded_for_is_believed_only_from_trusted_proxies() -> None:
    trusted = parse_networks("10.0.0.0/8, 127.0.0.1")
    assert client_address(scope_for("203.0.113.9", "198.51.100.1"), ()) == "203.0.113.9"
    assert client_address(scope_for("203.0.113.9", "198.51.100.1"), trusted) == "203.0.113.9"
    assert client_address(scope_for("10.1.2.3", "198.51.100.1"), trusted) == "198.51.100.1"
    assert (
        client_address(scope_for("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.0.0.7"), trusted)
        == "198.51.100.1"
    )


def test_over_the_limit_gives_429(built: BuildResult) -> None:
    # One token a minute: no token comes back while the test runs, however slow the machine.
    app = create_app(settings_for(built.path, rate_limit_per_minute=1, rate_limit_burst=3))
    with TestClient(app) as client:
        answers = [client.get("/v1/causes") for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200]
        assert answers[0].headers["ratelimit-policy"] == '"per-client";q=3;w=180'
        assert answers[0].headers["ratelimit"] == '"per-client";r=2;t=0'
        refused = client.get("/v1/causes")
        body = assert_problem(refused, 429)
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert refused.headers["ratelimit"].startswith('"per-client";r=0;t=')
        assert "try again" in body["detail"]
        assert client.get("/healthz").status_code == 200, "probes are not limited"
        other = client.get("/v1/causes", headers={"X-Forwarded-For": "198.51.100.7"})
        assert other.status_code == 429, "X-Forwarded-For is not believed by default"


def test_zero_turns_limiting_off(built: BuildResult) -> None:
    app = create_app(settings_for(built.path, rate_limit_per_minute=0, rate_limit_burst=1))
    with TestClient(app) as client:
        assert all(client.get("/healthz").status_code == 200 for _ in range(5))
        responses = [client.get("/v1/meta") for _ in range(5)]
        assert all(r.status_code == 200 for r in responses)
        assert "ratelimit" not in responses[0].headers


def test_a_person_over_the_limit_gets_a_kind_page(built: BuildResult) -> None:
    clinic = "https://portal.example"
    app = create_app(
        settings_for(
            built.path, rate_limit_per_minute=1, rate_limit_burst=1, frame_ancestors=clinic
        )
    )
    with TestClient(app) as client:
        assert client.get("/causes/cervical-insufficiency", headers=BROWSER).status_code == 200
        for path, embedded in (
            ("/causes/cervical-insufficiency", False),
            ("/embed/causes/cervical-insufficiency", True),
            ("/", False),
        ):
            refused = client.get(path, headers=BROWSER)
            page = assert_kind_page(refused, 429)
            assert "Too many requests just now" in page
            assert ('class="embed"' in page) is embedded
            assert ("<nav" in page) is not embedded
            assert 1 <= int(refused.headers["retry-after"]) <= 60
            assert refused.headers["ratelimit"].startswith('"per-client";r=0;t=')
            assert refused.headers["ratelimit-policy"] == '"per-client";q=1;w=60'
            assert refused.headers["cache-control"] == "no-store"
            policy = refused.headers["content-security-policy"]
            assert policy.endswith(f"frame-ancestors {clinic}"), policy
            assert int(refused.headers["content-length"]) == len(refused.content)
        head = client.head("/embed/causes/cervical-insufficiency", headers=BROWSER)
        assert head.status_code == 429
        assert head.headers["content-type"].startswith("text/html")
        assert head.content == b""
        # Programs, and pages read by programs, keep the problem document.
        for path, accept in (
            ("/v1/causes", BROWSER["Accept"]),
            ("/fragments/causes/cervical-insufficiency", BROWSER["Accept"]),
            ("/cds-services", BROWSER["Accept"]),
            ("/openapi.json", BROWSER["Accept"]),
            ("/causes/cervical-insufficiency", "application/json"),
            ("/no-such-page", "*/*"),
        ):
            refused = client.get(path, headers={"Accept": accept})
            assert_problem(refused, 429)
            assert refused.headers["content-security-policy"].endswith("frame-ancestors 'none'")
