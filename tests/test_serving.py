"""The service as ``make run`` serves it, with several worker processes: metrics added up on a
port of their own and never on the public one, one rate limit per client whichever worker
answers, a new dataset picked up by every worker, and request heads bounded in bytes and time
before they are buffered."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from app import serving
from app.loader.build import BuildResult
from app.loader.pipeline import load
from app.main import create_app
from app.serving import BoundedHttpToolsProtocol
from tests.helpers import Served, header_of, raw_request, settings_for, wait_for
from tests.helpers import serving as serve_in_thread

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(built: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    log = tmp_path_factory.mktemp("served") / "served.log"
    with Served(built.path, log, workers=2, rate_limit_per_minute=0) as server:
        yield server


def _metric(text: str, line_start: str) -> float:
    return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(line_start))


def test_metrics_of_every_worker_are_added_up_on_their_own_port(served: Served) -> None:
    before = httpx2.get(served.metrics_url).text
    asked = 'plapi_requests_total{method="GET",route="/v1/causes/{slug}",status="200"}'
    for _ in range(40):  # a fresh connection each time: either worker may answer
        assert httpx2.get(f"{served.url}/v1/causes/smoking").status_code == 200
    after = httpx2.get(served.metrics_url).text
    assert _metric(after, asked) - _metric(before, asked) == 40
    assert "plapi_request_duration_seconds_bucket" in after
    assert _metric(after, "plapi_dataset_info") == 1.0
    assert httpx2.get(f"{served.url}/metrics").status_code == 404


def test_one_rate_limit_per_client_whichever_worker_answers(
    built: BuildResult, tmp_path: Path
) -> None:
    limits = {"rate_limit_per_minute": 60, "rate_limit_burst": 10}
    with Served(built.path, tmp_path / "log", workers=2, **limits) as server:
        started = time.monotonic()
        statuses = Counter(httpx2.get(f"{server.url}/v1/meta").status_code for _ in range(40))
        refilled = int(time.monotonic() - started) + 1  # one more a second
    assert set(statuses) == {200, 429}
    assert 10 <= statuses[200] <= 10 + refilled, statuses


def test_every_worker_serves_a_newly_loaded_dataset(
    built: BuildResult, data_copy: Path, tmp_path: Path
) -> None:
    database = tmp_path / "plapi.sqlite3"
    shutil.copyfile(built.path, database)
    with Served(database, tmp_path / "log", workers=2, reload_interval=0.2) as server:
        record = next((data_copy / "causes").glob("*.yaml"))
        record.write_text(record.read_text().replace("summary: ", "summary: Changed. ", 1))
        fresh = load(data_copy, tmp_path / "next.sqlite3")
        os.replace(fresh.path, database)

        def every_worker_has_it() -> bool:
            versions = {
                httpx2.get(f"{server.url}/readyz").json()["dataset_version"] for _ in range(20)
            }
            return versions == {fresh.version}

        wait_for(every_worker_has_it, timeout=60)


@pytest.mark.parametrize("post", [False, True], ids=["GET", "POST"])
def test_a_huge_head_is_refused_before_it_is_read(served: Served, post: bool) -> None:
    started = time.perf_counter()
    answer = raw_request(served.url, header_of(8, post=post), b"{}" if post else b"")
    assert answer in ("HTTP/1.1 431 Request Header Fields Too Large", "ConnectionResetError")
    assert time.perf_counter() - started < 1.0
    assert httpx2.get(f"{served.url}/healthz").status_code == 200


def test_a_head_that_never_ends_is_cut_off(
    built: BuildResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serving, "HEAD_TIMEOUT", 0.5)
    app = create_app(settings_for(built.path, cache_max_bytes=0))
    with serve_in_thread(app, http=BoundedHttpToolsProtocol) as base:
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as slow:
            slow.sendall(b"GET /v1/meta HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            started = time.perf_counter()
            assert slow.recv(1024) == b"", "closed without an answer"
            assert time.perf_counter() - started < 3
        # Requests that do finish their heads, and their bodies, are not affected.
        assert httpx2.get(f"{base}/v1/meta").status_code == 200
        big = httpx2.post(
            f"{base}/cds-services/pregnancy-loss-education",
            content=b'{"hook": "patient-view", "padding": "' + b"x" * 200_000 + b'"}',
            headers={"Content-Type": "application/json"},
        )
        assert big.status_code == 422


def _children(pid: int) -> set[int]:
    return {
        int(child)
        for listed in Path(f"/proc/{pid}/task").glob("*/children")
        for child in listed.read_text().split()
    }


def test_sighup_replaces_each_worker_with_a_warm_one_and_no_request_fails(
    built: BuildResult, tmp_path: Path
) -> None:
    with Served(built.path, tmp_path / "log", workers=2, rate_limit_per_minute=0) as server:
        assert server.process is not None
        before = _children(server.process.pid)
        statuses: Counter[int | str] = Counter()
        stop = threading.Event()

        def ask() -> None:
            while not stop.is_set():
                try:
                    statuses[httpx2.get(f"{server.url}/v1/causes/smoking").status_code] += 1
                except httpx2.HTTPError as error:
                    statuses[repr(error)] += 1

        clients = [threading.Thread(target=ask) for _ in range(4)]
        for client in clients:
            client.start()
        server.process.send_signal(signal.SIGHUP)
        wait_for(lambda: len(_children(server.process.pid) - before) >= 2, timeout=120)  # type: ignore[union-attr]
        time.sleep(0.5)
        stop.set()
        for client in clients:
            client.join()
    assert set(statuses) == {200}, statuses
