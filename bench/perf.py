"""Throughput and latency of the API against Datasette and a bare ASGI ceiling.

    make bench          (or: python -m bench.perf [--seconds N])

In one run, on this machine, against the same SQLite file, it serves:

- the API as ``make run`` does, all production middleware on, with one worker process
  (``make run`` starts one per CPU: the last part compares one and several);
- Datasette on the same file, with the equivalent list and detail queries, and for search a
  plain FTS5 query (``select rowid, * from search_fts where search_fts match :q order by
  rank limit :n``);
- a bare ASGI app answering a fixed JSON body: the ceiling for Python here;

and drives each with wrk on loopback for a bounded time: list, detail, search (distinct
two-word queries, each two words of one record's text, the same for both servers; the API's
response cache is off for that run), a 304 revalidation and a 50-connection burst. It prints
requests/s, p50 and p99 per route and server; the ratios API/Datasette and API/ceiling; the
most one worker could serve of those searches (their work timed in process, HTTP left out)
and of requests that do no work (``/healthz``); how latency grows with a synthetic dataset
100 times larger; database build time, time from process start to first answer, and resident
memory.

Then it serves the API with 1 and with N worker processes (N: one per CPU, at least 2) and
drives uncached detail requests (every record in turn, response cache off), alternating the
two servers three times, and prints each one's throughput and their ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

from app.config import PROJECT_ROOT, cpu_count
from app.loader.build import build_database
from app.loader.pipeline import check, load
from app.registry import TYPES
from app.search.english import ENGLISH
from app.search.text import words
from bench.search_latency import in_process
from bench.servers import LOOPBACK, free_port, resident_memory_mb, serve_api, serve_command
from bench.synthetic import enlarge
from tests.helpers import judged_queries

CONNECTIONS = 10
BURST_CONNECTIONS = 50
NO_LIMIT = {"PLAPI_RATE_LIMIT_PER_MINUTE": "0"}


@dataclass(frozen=True)
class Run:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(
    url: str,
    *,
    seconds: int,
    connections: int = CONNECTIONS,
    paths: list[str] | None = None,
    headers: dict[str, str] | None = None,
) -> Run:
    """Drive ``url`` with wrk; with ``paths``, cycle through them (one per request).

    Errors are wrk's own counts: socket errors, timeouts and ``Non-2xx or 3xx responses``. A
    Lua ``response`` callback would count them too, but wrk then copies every body into Lua,
    in the one thread that also times the requests: with answers of tens of kilobytes, that
    added up to hundreds of milliseconds to the p99 it reported."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    script = None
    if paths:
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            listed = ", ".join(f'"{p}"' for p in paths)
            script.write(
                f"local paths = {{{listed}}}\nlocal i = 0\n"
                "request = function()\n  i = i + 1\n"
                "  return wrk.format(nil, paths[(i % #paths) + 1])\nend\n"
            )
        command += ["-s", script.name]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    if script is not None:
        Path(script.name).unlink()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    found = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    bad = int(found.group(1)) if found else 0
    return Run(
        requests_per_second=rate,
        p50_ms=_ms(*p50.groups()) if p50 else float("nan"),
        p99_ms=_ms(*p99.groups()) if p99 else float("nan"),
        errors=socket_errors + bad,
    )


SEARCH_QUERIES = 2000
# What Datasette runs for a search: FTS5's own ranking, nothing more.
PLAIN_FTS = "select rowid, * from search_fts where search_fts match :q order by rank limit :n"


def judged_paths() -> list[str]:
    """The judged queries, as API searches."""
    return [f"/v1/search?q={quote_plus(entry.q)}" for entry in judged_queries()]


def two_word_queries(database: Path, count: int = SEARCH_QUERIES, seed: int = 7) -> list[str]:
    """Distinct two-word queries, each two words (not stop-words, not numbers) of the text of
    one record that is not a citation: queries that find something, in a fixed order."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        texts = [
            sorted({w for w in words(" ".join(row)) if len(w) > 3 and not w.isdigit()})
            for row in connection.execute(
                "SELECT name, summary, body FROM search_document WHERE type != 'references'"
            )
        ]
    pool = [[w for w in text if w not in ENGLISH.stop_words] for text in texts]
    pool = [text for text in pool if len(text) > 1]
    chosen = random.Random(seed)
    queries: dict[str, None] = {}
    while len(queries) < count:
        first, second = chosen.sample(chosen.choice(pool), 2)
        queries[f"{first} {second}"] = None
    return list(queries)


def search_paths(queries: list[str], api: bool) -> list[str]:
    if api:
        return [f"/v1/search?q={quote_plus(q)}" for q in queries]
    sql = quote_plus(PLAIN_FTS)
    return [f"/plapi.json?sql={sql}&q={quote_plus(q)}&n=20" for q in queries]


@contextlib.contextmanager
def datasette(database: Path) -> Iterator[int]:
    port = free_port()
    command = [
        sys.executable, "-m", "datasette", "serve", str(database), "--immutable", str(database),
        "--host", LOOPBACK, "--port", str(port), "--setting", "default_page_size", "20",
    ]  # fmt: skip
    # Datasette names the database after the file.
    with serve_command(command, f"http://{LOOPBACK}:{port}/-/versions.json"):
        yield port


@contextlib.contextmanager
def ceiling() -> Iterator[int]:
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "bench.ceiling:app", "--host", LOOPBACK,
        "--port", str(port), "--log-level", "warning", "--no-server-header",
    ]  # fmt: skip
    with serve_command(command, f"http://{LOOPBACK}:{port}/"):
        yield port


def _row(server: str, route: str, run: Run) -> str:
    return (
        f"  {route:<9} {server:<10} {run.requests_per_second:>9.0f} req/s   "
        f"p50 {run.p50_ms:>7.2f} ms   p99 {run.p99_ms:>7.2f} ms   errors {run.errors}"
    )


def search_work_ms(database: Path, queries: list[str]) -> float:
    """The mean time, in this process, of a search request's work but HTTP and the checking of
    its parameters: the query understood, searched, its page of hits with snippets built and
    encoded as JSON. The mean, as a worker's requests a second are its inverse."""
    return statistics.fmean(in_process(database, queries, rounds=1, encoded=True))


def print_search_bound(runs: SearchRuns, workers: int = 1) -> None:
    """What one worker could serve at best: the search work alone, with HTTP free; and what
    the API serves of requests that do no work (``/healthz``); each against Datasette's rate
    in the same run."""
    most = 1000 / runs.work_ms
    rate = runs.datasette.requests_per_second
    idle = runs.idle.requests_per_second
    served = f"{workers} workers" if workers > 1 else "one worker"
    print(
        f"  search work in process (no HTTP): mean {runs.work_ms:.2f} ms a query, so one worker "
        f"serves at most {most:.0f} req/s ({most / rate:.2f}x Datasette) even if HTTP cost "
        f"nothing; a request doing no work (/healthz), {served}: {idle:.0f} req/s "
        f"({idle / rate:.2f}x)"
    )


@dataclass(frozen=True)
class SearchRuns:
    api: Run  # distinct two-word queries, response cache off
    idle: Run  # /healthz on the same server
    datasette: Run  # the same queries as a plain FTS5 query
    work_ms: float  # their work in process (``search_work_ms``)


def measure_search(database: Path, copy: Path, *, seconds: int, workers: int = 1) -> SearchRuns:
    """The API (cache off, ``workers`` worker processes) and Datasette (on ``copy``, the same
    file) on the same distinct two-word queries, ``/healthz`` on the same API server, and the
    queries' work in process."""
    queries = two_word_queries(database)
    port = free_port()
    env = {**NO_LIMIT, "PLAPI_CACHE_MAX_BYTES": "0"}
    with serve_api(database, port, env, workers=workers):
        api = wrk(f"http://{LOOPBACK}:{port}", seconds=seconds, paths=search_paths(queries, True))
        idle = wrk(f"http://{LOOPBACK}:{port}/healthz", seconds=seconds)
    with datasette(copy) as ds_port:
        plain = wrk(
            f"http://{LOOPBACK}:{ds_port}", seconds=seconds, paths=search_paths(queries, False)
        )
    return SearchRuns(api, idle, plain, search_work_ms(database, queries))


def compare_search(seconds: int, data: Path, workers: int = 1) -> float:
    """Only the search comparison (``measure_search``), in one run."""
    with tempfile.TemporaryDirectory() as folder:
        built = load(data, Path(folder) / "plapi.sqlite3")
        copy = Path(folder) / "plapi.db"
        shutil.copyfile(built.path, copy)
        runs = measure_search(built.path, copy, seconds=seconds, workers=workers)
    print(_row(f"api x{workers}" if workers > 1 else "api", "search", runs.api))
    print(_row("datasette", "search", runs.datasette))
    ratio = runs.api.requests_per_second / runs.datasette.requests_per_second
    print(f"search API/Datasette (plain FTS5 query): {ratio:.2f}x (target 3x)")
    print_search_bound(runs, workers)
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=8, help="length of each wrk run")
    parser.add_argument("--search", action="store_true", help="only the search comparison")
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes for --search (default 1)"
    )
    parser.add_argument("--data", type=Path, default=PROJECT_ROOT / "data", help="data folder")
    arguments = parser.parse_args()
    seconds = arguments.seconds
    if shutil.which("wrk") is None:
        print("wrk is not installed (Debian: apt-get install wrk); `make bench` installs it.")
        return 2
    if arguments.search:
        compare_search(seconds, arguments.data, arguments.workers)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        built = load(PROJECT_ROOT / "data", Path(folder) / "plapi.sqlite3")
        build_seconds = time.perf_counter() - start
        # Datasette gets its own copy of the same file (it may write its own metadata).
        copy = Path(folder) / "plapi.db"
        shutil.copyfile(built.path, copy)
        print(
            f"dataset {built.version}: {built.record_count} records, built in {build_seconds:.2f} s"
        )
        results: dict[tuple[str, str], Run] = {}
        port = free_port()
        with serve_api(built.path, port, NO_LIMIT) as (process, first_answer):
            base = f"http://{LOOPBACK}:{port}"
            etag = _etag(f"{base}/v1/causes/cervical-insufficiency")
            results[("list", "api")] = wrk(f"{base}/v1/causes?limit=20", seconds=seconds)
            results[("detail", "api")] = wrk(
                f"{base}/v1/causes/cervical-insufficiency", seconds=seconds
            )
            results[("304", "api")] = wrk(
                f"{base}/v1/causes/cervical-insufficiency",
                seconds=seconds,
                headers={"If-None-Match": etag},
            )
            results[("burst", "api")] = wrk(
                f"{base}/v1/causes/cervical-insufficiency",
                seconds=seconds,
                connections=BURST_CONNECTIONS,
            )
            memory = resident_memory_mb(process.pid)
        searched = measure_search(built.path, copy, seconds=seconds)
        results[("search", "api")] = searched.api
        results[("healthz", "api")] = searched.idle
        results[("search", "datasette")] = searched.datasette
        with datasette(copy) as ds_port:
            base = f"http://{LOOPBACK}:{ds_port}"
            results[("list", "datasette")] = wrk(
                f"{base}/plapi/cause.json?_size=20&_sort=name", seconds=seconds
            )
            results[("detail", "datasette")] = wrk(
                f"{base}/plapi/cause/cervical-insufficiency.json", seconds=seconds
            )
        with ceiling() as ceiling_port:
            base = f"http://{LOOPBACK}:{ceiling_port}/"
            results[("fixed", "ceiling")] = wrk(base, seconds=seconds)
            results[("burst", "ceiling")] = wrk(
                base, seconds=seconds, connections=BURST_CONNECTIONS
            )
        growth = measure_growth(Path(folder), seconds=max(3, seconds // 2))
        scaling = measure_workers(built.path, seconds=seconds)
    print(
        f"\nwrk, 1 thread, {CONNECTIONS} connections ({BURST_CONNECTIONS} for burst), {seconds} s each:"
    )
    for (route, server), run in results.items():
        print(_row(server, route, run))
    ceiling_rate = results[("fixed", "ceiling")].requests_per_second
    print("\nratios:")
    for route in ("list", "detail", "search"):
        api = results[(route, "api")].requests_per_second
        other = results[(route, "datasette")].requests_per_second
        print(
            f"  {route:<7} API/Datasette {api / other:6.1f}x   API/ceiling {api / ceiling_rate:5.2f}x"
        )
    search_ratio = (
        results[("search", "api")].requests_per_second
        / results[("search", "datasette")].requests_per_second
    )
    print(f"  search  API/Datasette (plain FTS5 query) {search_ratio:.2f}x (target 3x)")
    print_search_bound(searched)
    print(
        f"  304     API/ceiling {results[('304', 'api')].requests_per_second / ceiling_rate:5.2f}x"
    )
    burst = results[("burst", "api")]
    print(
        f"  burst   p99 {burst.p99_ms:.2f} ms at {BURST_CONNECTIONS} connections, errors {burst.errors}"
    )
    print("\ngrowth with data size (cache off, 1 connection), median latency:")
    for route, (small, large) in growth.items():
        print(f"  {route:<7} 1x {small:6.2f} ms   100x {large:6.2f} ms   ({large / small:4.1f}x)")
    print(
        f"\nstart-up: database build {build_seconds:.2f} s; process start to first answer {first_answer:.2f} s"
    )
    print(f"resident memory after the benchmark: {memory:.0f} MB")
    print(
        f"\nworker processes: uncached detail requests (every record in turn, cache off), "
        f"wrk 1 thread, {WORKER_CONNECTIONS} connections, {seconds} s a run, "
        f"{len(next(iter(scaling.values())))} runs each, alternating:"
    )
    for workers, rates in scaling.items():
        listed = ", ".join(f"{rate:.0f}" for rate in rates)
        print(f"  {workers} worker(s): median {statistics.median(rates):7.0f} req/s   ({listed})")
    one, many = (statistics.median(rates) for rates in scaling.values())
    print(f"  ratio {max(scaling)} workers / 1 worker: {many / one:.2f}x")
    return 0


WORKER_CONNECTIONS = 32
WORKER_ROUNDS = 3


def measure_workers(database: Path, *, seconds: int) -> dict[int, list[float]]:
    """Throughput of uncached detail requests with 1 worker process and with one per CPU
    (at least 2), the two alternating so that both see the same noise."""
    counts = (1, max(2, cpu_count()))
    rates: dict[int, list[float]] = {count: [] for count in counts}
    for _ in range(WORKER_ROUNDS):
        for count in counts:
            port = free_port()
            env = {**NO_LIMIT, "PLAPI_CACHE_MAX_BYTES": "0"}
            with serve_api(database, port, env, workers=count):
                base = f"http://{LOOPBACK}:{port}"
                paths = detail_paths(base)
                rates[count].append(
                    wrk(
                        base, seconds=seconds, connections=WORKER_CONNECTIONS, paths=paths
                    ).requests_per_second
                )
    return rates


def detail_paths(base: str) -> list[str]:
    """Every record's API address."""
    import httpx2

    paths = []
    for type_name in TYPES:
        listed = httpx2.get(f"{base}/v1/{type_name}", params={"limit": 100}).json()
        offset = 0
        while listed["items"]:
            paths += [item["url"] for item in listed["items"]]
            offset += 100
            listed = httpx2.get(
                f"{base}/v1/{type_name}", params={"limit": 100, "offset": offset}
            ).json()
    return paths


def _etag(url: str) -> str:
    import httpx2

    return httpx2.get(url).headers["etag"]


def measure_growth(folder: Path, *, seconds: int) -> dict[str, tuple[float, float]]:
    """Median latency of list, detail and search at 1x and 100x the data."""
    dataset = check(PROJECT_ROOT / "data")
    sizes = {
        "1x": build_database(dataset, folder / "small.sqlite3").path,
        "100x": build_database(enlarge(dataset, 100), folder / "large.sqlite3").path,
    }
    figures: dict[str, list[float]] = {"list": [], "detail": [], "search": []}
    for database in sizes.values():
        port = free_port()
        with serve_api(database, port, {**NO_LIMIT, "PLAPI_CACHE_MAX_BYTES": "0"}):
            base = f"http://{LOOPBACK}:{port}"
            figures["list"].append(
                wrk(f"{base}/v1/causes?limit=20&offset=40", seconds=seconds, connections=1).p50_ms
            )
            figures["detail"].append(
                wrk(
                    f"{base}/v1/causes/cervical-insufficiency", seconds=seconds, connections=1
                ).p50_ms
            )
            figures["search"].append(
                wrk(base, seconds=seconds, connections=1, paths=judged_paths()).p50_ms
            )
    return {route: (values[0], values[1]) for route, values in figures.items()}


if __name__ == "__main__":
    sys.exit(main())
