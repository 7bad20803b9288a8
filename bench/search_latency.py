"""Search latency: in process, and through a real server on loopback.

    python -m bench.search_latency             # in process at 1x and 100x the data, then loopback
    python -m bench.search_latency --quick     # in process at 1x and loopback only

In process: every judged query is understood and searched (``parse`` and ``search``, a page of
20 hits with snippets, as the route asks) several rounds on the index of the real data, and on
the index of a synthetic dataset 100 times larger (``bench.synthetic``); it prints the median
and 95th percentile, wall time: the English judged queries on the English index, then the
Spanish ones on the Spanish index (``lang=es``). Over loopback: it serves the API as ``make run`` does, sends
every judged query (distinct queries, one at a time) several rounds, and prints the median and
95th-percentile latency, beside the same figures for ``/healthz`` in the same run.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx2
from pydantic_core import to_json

from app.api.search import _page
from app.config import PROJECT_ROOT
from app.loader.build import build_database
from app.loader.pipeline import check
from app.search.analyzer import Analyzer
from app.search.engine import search
from app.search.english import ENGLISH
from app.search.index import SearchIndex
from app.search.query import parse
from app.search.spanish import SPANISH
from bench.servers import LOOPBACK, free_port, serve_api
from bench.synthetic import enlarge
from tests.helpers import JUDGED, JUDGED_ES, judged_queries

ROUNDS = 5
IN_PROCESS_ROUNDS = 3
PAGE = 20


# Each language measured in process: its analyzer and its judged queries.
LANGUAGES = (("English", ENGLISH, JUDGED), ("Spanish", SPANISH, JUDGED_ES))


def in_process(
    database: Path,
    queries: list[str],
    rounds: int = IN_PROCESS_ROUNDS,
    analyzer: Analyzer = ENGLISH,
    *,
    encoded: bool = False,
) -> list[float]:
    """Milliseconds to understand and search each query (on the index of ``analyzer``'s
    language), every round, in process; with ``encoded``, to build the answer's page and
    encode it as JSON too, as the route does: all of a search request's work but HTTP."""
    index = SearchIndex.open(database, analyzer)

    def answer(query: str) -> None:
        parsed = parse(query, index)
        found = search(index, parsed, limit=PAGE, offset=0)
        if encoded:
            to_json(_page(index, parsed, found, limit=PAGE, offset=0))

    for query in queries:  # what is made once per index (stems, snippets' words) is made
        answer(query)
    times = []
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter()
            answer(query)
            times.append((time.perf_counter() - start) * 1000)
    index.close()
    return times


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
    quick = "--quick" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as folder:
        dataset = check(PROJECT_ROOT / "data")
        database = build_database(dataset, Path(folder) / "plapi.sqlite3").path
        sizes = {"1x": database}
        if not quick:
            sizes["100x"] = build_database(enlarge(dataset, 100), Path(folder) / "large").path
        for size, path in sizes.items():
            for language, analyzer, judged in LANGUAGES:
                queries = [entry.q for entry in judged_queries(judged)]
                times = in_process(path, queries, analyzer=analyzer)
                print(
                    f"in process, {size} data, {language}: judged queries median "
                    f"{statistics.median(times):.3f} ms  p95 {percentile(times, 0.95):.3f} ms"
                    f"  (n={len(times)})"
                )
        figures = measure(database)
    print("\n".join(report(figures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
