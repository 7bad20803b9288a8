"""Load and soak on loopback: errors, p99 and memory over time.

    python -m bench.soak [--load-seconds 60] [--soak-seconds 600] [--rate 100]

1. Load: wrk, 64 connections over a mix of list, detail, search and meta requests: first
   ``--cold-seconds`` from the moment ``/readyz`` first answers 200 (a herd arriving as soon as
   the service says it is ready), reported on their own, then ``--load-seconds`` of steady
   load.
2. Soak: ``--rate`` requests a second for ``--soak-seconds`` over the same mix, from an
   asyncio client, with resident memory sampled every 30 seconds.

The API is served as ``make run`` serves it (``--workers`` processes), rate limit off. Everything is bounded in time and
sent to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote_plus

import httpx2

from app.config import PROJECT_ROOT, cpu_count
from app.loader.pipeline import load
from bench.perf import wrk
from bench.servers import LOOPBACK, free_port, resident_memory_mb, serve_api
from tests.helpers import judged_queries

SAMPLE_EVERY = 30.0
CONCURRENCY = 8


def request_mix(base: str) -> list[str]:
    records = httpx2.get(f"{base}/v1/search", params={"q": "pregnancy", "limit": 100}).json()
    paths = [item["url"] for item in records["items"]]
    paths += [f"/v1/search?q={quote_plus(entry.q)}" for entry in judged_queries()]
    paths += ["/v1/causes?trimester=second", "/v1/conditions", "/v1/symptoms?urgency=emergency"]
    paths += ["/v1/meta", "/v1/organizations?kind=helpline&country=US"]
    return paths


async def soak(
    base: str, paths: list[str], seconds: float, rate: float, pid: int
) -> dict[str, object]:
    latencies: list[float] = []
    errors = 0
    memory: list[tuple[float, float]] = [(0.0, resident_memory_mb(pid))]
    queue: asyncio.Queue[str | None] = asyncio.Queue(maxsize=CONCURRENCY * 4)

    async def worker(client: httpx2.AsyncClient) -> None:
        nonlocal errors
        while (path := await queue.get()) is not None:
            started = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code >= 400:
                    errors += 1
            except httpx2.HTTPError:
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)

    async with httpx2.AsyncClient(base_url=base, timeout=10) as client:
        workers = [asyncio.create_task(worker(client)) for _ in range(CONCURRENCY)]
        start = time.perf_counter()
        next_sample = SAMPLE_EVERY
        sent = 0
        while (elapsed := time.perf_counter() - start) < seconds:
            target = int(elapsed * rate)
            while sent < target:
                await queue.put(paths[sent % len(paths)])
                sent += 1
            if elapsed >= next_sample:
                memory.append((elapsed, resident_memory_mb(pid)))
                next_sample += SAMPLE_EVERY
            await asyncio.sleep(0.005)
        for _ in workers:
            await queue.put(None)
        await asyncio.gather(*workers)
    memory.append((seconds, resident_memory_mb(pid)))
    ordered = sorted(latencies)
    return {
        "requests": len(latencies),
        "errors": errors,
        "p50": statistics.median(ordered),
        "p99": ordered[int(0.99 * (len(ordered) - 1))],
        "memory": memory,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cold-seconds", type=int, default=5)
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument("--soak-seconds", type=int, default=600)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument(
        "--workers", type=int, default=cpu_count(), help="worker processes (default: per CPU)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = load(PROJECT_ROOT / "data", Path(folder) / "plapi.sqlite3").path
        port = free_port()
        limits = {"PLAPI_RATE_LIMIT_PER_MINUTE": "0"}
        with serve_api(database, port, limits, workers=args.workers) as (process, _):
            base = f"http://{LOOPBACK}:{port}"
            paths = request_mix(base)
            start_memory = resident_memory_mb(process.pid)
            cold = wrk(base, seconds=args.cold_seconds, connections=64, paths=paths)
            loaded = wrk(base, seconds=args.load_seconds, connections=64, paths=paths)
            after_load = resident_memory_mb(process.pid)
            result = asyncio.run(soak(base, paths, args.soak_seconds, args.rate, process.pid))
    print(
        f"{args.workers} worker process(es). Cold start: wrk 64 connections, the first "
        f"{args.cold_seconds} s after /readyz first answers 200"
    )
    print(
        f"  {cold.requests_per_second:.0f} req/s, errors {cold.errors}, "
        f"p50 {cold.p50_ms:.2f} ms, p99 {cold.p99_ms:.2f} ms"
    )
    print(f"load: wrk 64 connections, {args.load_seconds} s, {len(paths)} distinct requests")
    print(
        f"  {loaded.requests_per_second:.0f} req/s, errors {loaded.errors}, "
        f"p50 {loaded.p50_ms:.2f} ms, p99 {loaded.p99_ms:.2f} ms"
    )
    print(f"  memory {start_memory:.0f} MB before, {after_load:.0f} MB after")
    print(f"soak: {args.rate:.0f} req/s for {args.soak_seconds} s")
    print(
        f"  {result['requests']} requests, errors {result['errors']}, "
        f"p50 {result['p50']:.2f} ms, p99 {result['p99']:.2f} ms"
    )
    samples = result["memory"]
    assert isinstance(samples, list)
    print("  memory (MB) over time: " + ", ".join(f"{t:.0f}s {m:.0f}" for t, m in samples))
    growth = samples[-1][1] - samples[0][1]
    print(f"  growth over the soak: {growth:+.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
