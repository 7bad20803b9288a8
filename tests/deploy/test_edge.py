"""The reference edge, for real: Debian's nginx with ``deploy/nginx/nginx.conf`` in front of two
replicas of the service on loopback. Same ETags from every replica, no failed request while one
replica is killed and restarted under load, and the shared rate limit at the edge."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx2
import pytest

from app.config import PROJECT_ROOT
from app.loader.build import BuildResult
from tests.helpers import LOOPBACK, Served, answers, free_port, wait_for

pytestmark = pytest.mark.slow

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CONFIG = PROJECT_ROOT / "deploy" / "nginx" / "nginx.conf"


@contextlib.contextmanager
def edge(prefix: Path, replicas: list[Served], *, rate: str | None = None) -> Iterator[str]:
    """nginx with the reference configuration, its upstream pointed at ``replicas`` and its
    listener at a free loopback port; ``rate`` replaces the shared rate limit (a load test from
    one address would otherwise be limited)."""
    config = CONFIG.read_text()
    upstream = "".join(
        f"        server {LOOPBACK}:{replica.port} max_fails=1 fail_timeout=5s;\n"
        for replica in replicas
    )
    config, count = re.subn(r"(?m)^        server 127\.0\.0\.1:800\d .*\n", "", config)
    assert count == 2, "the reference upstream lists two replicas"
    config = config.replace("    upstream plapi {\n", "    upstream plapi {\n" + upstream)
    port = free_port()
    config = config.replace("listen 127.0.0.1:8080;", f"listen {LOOPBACK}:{port};")
    if rate is not None:
        config = config.replace("rate=10r/s", f"rate={rate}")
    (prefix / "logs").mkdir(parents=True, exist_ok=True)
    rendered = prefix / "nginx.conf"
    rendered.write_text(config)
    directives = "daemon off;"
    if os.geteuid() == 0:
        directives += " user root;"  # workers must reach the test's private directories
    check = subprocess.run(
        [NGINX, "-t", "-p", str(prefix), "-c", str(rendered), "-g", directives],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(rendered), "-g", directives],
        stderr=subprocess.PIPE,
    )
    url = f"http://{LOOPBACK}:{port}"
    try:
        wait_for(lambda: answers(f"{url}/healthz"), timeout=10)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def replicas(
    built: BuildResult, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[Served]]:
    """Two replicas as the reference deployment runs them: behind the edge (its X-Forwarded-For
    believed, and the rate limiting its), each with its worker processes."""
    logs = tmp_path_factory.mktemp("replicas")
    started = [
        Served(
            built.path,
            logs / f"replica-{n}.log",
            trusted_proxies=LOOPBACK,
            rate_limit_per_minute=0,
            reload_interval=0,
        )
        for n in (1, 2)
    ]
    try:
        for replica in started:
            replica.start()
        yield started
    finally:
        for replica in started:
            replica.stop()


def test_the_reference_configuration_passes_nginx_t(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    result = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(CONFIG)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_every_replica_and_the_edge_give_the_same_etag(
    replicas: list[Served], tmp_path: Path
) -> None:
    path = "/v1/conditions/stillbirth"
    direct = [httpx2.get(f"{replica.url}{path}") for replica in replicas]
    assert [response.status_code for response in direct] == [200, 200]
    etags = {response.headers["etag"] for response in direct}
    assert len(etags) == 1
    with edge(tmp_path, replicas, rate="1000r/s") as url, httpx2.Client(base_url=url) as client:
        first = client.get(path)
        second = client.get(path)
        assert first.status_code == second.status_code == 200
        assert {first.headers["etag"], second.headers["etag"]} == etags
        assert first.headers["x-cache-status"] == "MISS"
        assert second.headers["x-cache-status"] == "HIT"
        assert second.content == first.content
        revalidated = client.get(path, headers={"If-None-Match": first.headers["etag"]})
        assert revalidated.status_code == 304
        assert client.get("/metrics").status_code == 404


@dataclass
class Tally:
    statuses: Counter[int] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def total(self) -> int:
        return sum(self.statuses.values()) + len(self.errors)

    @property
    def failed(self) -> int:
        return len(self.errors) + sum(n for s, n in self.statuses.items() if s not in (200, 304))


def _load(url: str, until: float, worker: int, tally: Tally) -> None:
    """Requests the edge cannot answer from its cache (each URL once), back to back."""
    with httpx2.Client(base_url=url, timeout=10.0) as client:
        n = 0
        while time.monotonic() < until:
            n += 1
            path = f"/v1/causes?limit={1 + n % 100}&offset={worker * 1000 + n}"
            try:
                status = client.get(path).status_code
            except httpx2.HTTPError as error:
                with tally.lock:
                    tally.errors.append(f"{path}: {error!r}")
                continue
            with tally.lock:
                tally.statuses[status] += 1


def test_no_request_fails_while_a_replica_is_killed_and_restarted(
    replicas: list[Served], tmp_path: Path
) -> None:
    tally = Tally()
    victim = replicas[0]
    with edge(tmp_path, replicas, rate="100000r/s") as url:
        started = time.monotonic()
        until = started + 10.0
        workers = [
            threading.Thread(target=_load, args=(url, until, worker, tally)) for worker in range(8)
        ]
        for worker in workers:
            worker.start()
        time.sleep(2.0)
        victim.kill()
        killed_at = time.monotonic() - started
        time.sleep(2.0)
        victim.start()
        back_at = time.monotonic() - started
        for worker in workers:
            worker.join(timeout=30)
        log = (tmp_path / "logs" / "access.log").read_text().splitlines()
    retried = sum(
        1
        for line in log
        if '"upstream":"' in line and ", " in line.split('"upstream":"')[1].split('"')[0]
    )
    print(
        f"\nfailover: {tally.total} requests in 10 s through the edge, {tally.failed} failed; "
        f"replica killed at {killed_at:.1f} s and ready again at {back_at:.1f} s; "
        f"{retried} requests retried on the other replica; statuses {dict(tally.statuses)}"
    )
    assert tally.total > 200
    assert tally.failed == 0, (tally.errors[:5], tally.statuses)


def test_the_edge_limits_each_client_across_replicas(
    replicas: list[Served], tmp_path: Path
) -> None:
    with edge(tmp_path, replicas) as url, httpx2.Client(base_url=url) as client:
        statuses = Counter(client.get("/v1/conditions").status_code for _ in range(100))
    # A burst of 60 is let through at once, then 10 a second: the rest of 100 back-to-back
    # requests are refused by the edge, whichever replica would have answered.
    assert statuses[200] >= 60
    assert statuses[429] >= 20
    assert set(statuses) == {200, 429}
