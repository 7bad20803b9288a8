"""The rate limiter as a client meets it, on loopback with the default settings.

    python -m bench.ratelimit

One client (127.0.0.1) sends requests back to back until refused, then waits for the
``Retry-After`` it was given and tries again; a second client (127.0.0.2) asks meanwhile.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import httpx2

from app.config import PROJECT_ROOT, Settings
from app.loader.pipeline import load
from bench.servers import LOOPBACK, free_port, serve_api

ATTEMPTS = 200


def client(source: str, base: str) -> httpx2.Client:
    return httpx2.Client(base_url=base, transport=httpx2.HTTPTransport(local_address=source))


def main() -> int:
    defaults = Settings()
    with tempfile.TemporaryDirectory() as folder:
        database = load(PROJECT_ROOT / "data", Path(folder) / "plapi.sqlite3").path
        port = free_port()
        with serve_api(database, port, {}) as _:
            base = f"http://{LOOPBACK}:{port}"
            with client("127.0.0.1", base) as first, client("127.0.0.2", base) as second:
                started = time.perf_counter()
                statuses = [first.get("/v1/meta") for _ in range(ATTEMPTS)]
                elapsed = time.perf_counter() - started
                allowed = sum(1 for r in statuses if r.status_code == 200)
                refused = [r for r in statuses if r.status_code == 429]
                other = second.get("/v1/meta")
                retry_after = int(refused[0].headers["retry-after"]) if refused else 0
                time.sleep(retry_after)
                after_wait = first.get("/v1/meta")
    print(
        f"limit: {defaults.rate_limit_per_minute}/min per client, burst {defaults.rate_limit_burst}"
    )
    print(
        f"client A: {ATTEMPTS} requests in {elapsed:.2f} s -> {allowed} answered, {len(refused)} refused (429)"
    )
    if refused:
        first_refused = refused[0]
        print(
            f"  first 429: Retry-After {first_refused.headers['retry-after']} s; "
            f"RateLimit-Policy {first_refused.headers['ratelimit-policy']}; "
            f"RateLimit {first_refused.headers['ratelimit']}"
        )
        print(f"  problem type: {first_refused.headers['content-type']}")
    print(f"client B meanwhile: {other.status_code} (RateLimit {other.headers.get('ratelimit')})")
    print(f"client A after waiting Retry-After: {after_wait.status_code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
