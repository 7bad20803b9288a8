"""The security review's attacks, and how long ``/healthz`` waits during each.

    python -m bench.attack [--base http://127.0.0.1:8000] [--workers N]

Without ``--base`` it serves the API as ``make run`` does (``--workers`` processes, default
one per CPU) on loopback, from a database built from ``data/``; with it, it attacks a server
already running there (another checkout, say, to compare). For each attack it prints what
was answered, how long it took, and the slowest ``/healthz`` answer (polled on fresh
connections every 20 ms) while it ran. Every request goes to 127.0.0.1 only; every attack is
one request but the pages (60) and ends within two minutes.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from app.config import PROJECT_ROOT
from app.loader.pipeline import load
from tests.helpers import ATTACKS, HealthProbe, Served


@contextlib.contextmanager
def served(workers: int | None) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        database = load(PROJECT_ROOT / "data", Path(folder) / "plapi.sqlite3").path
        options: dict[str, object] = {"rate_limit_per_minute": 0}
        if workers is not None:
            options["workers"] = workers
        with Served(database, Path(folder) / "served.log", **options) as server:
            yield server.url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="attack a server already running here")
    parser.add_argument("--workers", type=int, help="worker processes of the server started")
    args = parser.parse_args()
    target = contextlib.nullcontext(args.base) if args.base else served(args.workers)
    with target as base:
        print("| attack | answer | time | slowest /healthz meanwhile |\n|---|---|---:|---:|")
        for attack in ATTACKS:
            with HealthProbe(base) as probe:
                time.sleep(0.3)
                started = time.perf_counter()
                outcome = attack.send(base)
                took = time.perf_counter() - started
                time.sleep(0.3)
            worst = probe.worst(started, started + took)
            print(
                f"| {attack.name} | {outcome} | {took:.2f} s | {worst * 1000:.0f} ms |", flush=True
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
