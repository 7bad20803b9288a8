"""Search latency over the real data, through a real server on loopback.

    python -m bench.search_latency

Serves the API as ``make run`` does, sends every judged query (distinct queries, one at a
time) several rounds, and prints the median and 95th-percentile latency, beside the same
figures for ``/healthz`` measured in the same run as a baseline.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx2

from app.config import PROJECT_ROOT
from app.loader.pipeline import load
from bench.servers import LOOPBACK, free_port, serve_api
from tests.helpers import judged_queries

ROUNDS = 5


def timed(client: httpx2.Client, path: str, params: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    response = client.get(path, params=params)
    elapsed = time.perf_counter() - start
    response.raise_for_status()
    return elapsed * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(database: Path, rounds: int = ROUNDS) -> dict[str, list[float]]:
    port = free_port()
    queries = [entry.q for entry in judged_queries()]
    search: list[float] = []
    health: list[float] = []
    with (
        serve_api(database, port, {"PLAPI_RATE_LIMIT_PER_MINUTE": "0"}) as _,
        httpx2.Client(base_url=f"http://{LOOPBACK}:{port}") as client,
    ):
        for query in queries[:10]:
            timed(client, "/v1/search", {"q": query})
        for round_ in range(rounds):
            for query in queries:
                # A distinct query string each round, so no cache can answer it.
                search.append(timed(client, "/v1/search", {"q": query, "offset": str(round_)}))
                health.append(timed(client, "/healthz"))
    return {"search": search, "healthz": health}


def report(figures: dict[str, list[float]]) -> list[str]:
    lines = []
    for name, values in figures.items():
        lines.append(
            f"{name:<8} n={len(values):>4}  median {statistics.median(values):6.2f} ms  "
            f"p95 {percentile(values, 0.95):6.2f} ms"
        )
    ratio = statistics.median(figures["search"]) / statistics.median(figures["healthz"])
    lines.append(f"search/healthz median ratio: {ratio:.2f}")
    return lines


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        database = load(PROJECT_ROOT / "data", Path(folder) / "plapi.sqlite3").path
        figures = measure(database)
    print("\n".join(report(figures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
