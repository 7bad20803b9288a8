"""Search relevance on the judged queries: recall@3 and MRR@10 for the current data.

    python -m bench.relevance          # builds a database from data/ in a temporary folder

recall@3 is, per query, the share of its relevant records found in the top 3 (out of at most
3), averaged; MRR@10 is the mean of 1/rank of the first relevant record within the top 10.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from fastapi.testclient import TestClient

from app.config import PROJECT_ROOT, Settings
from app.loader.pipeline import load
from app.main import create_app

JUDGED = Path(__file__).with_name("judged_queries.yaml")
RECALL_FLOOR = 0.90
MRR_FLOOR = 0.80


@dataclass
class Judged:
    q: str
    kind: str
    relevant: list[str]


@dataclass
class Metrics:
    recall_at_3: float
    mrr_at_10: float
    misses: list[tuple[Judged, list[str]]] = field(default_factory=list)
    queries: int = 0


def judged_queries() -> list[Judged]:
    return [
        Judged(q=str(entry["q"]), kind=entry["kind"], relevant=entry["relevant"])
        for entry in yaml.safe_load(JUDGED.read_text())
    ]


def evaluate(search: Callable[[str], list[str]]) -> Metrics:
    """Score ``search`` (query → ranked ``type/slug`` list) on every judged query."""
    recalls: list[float] = []
    reciprocal: list[float] = []
    misses = []
    judged = judged_queries()
    for entry in judged:
        ranked = search(entry.q)[:10]
        relevant = set(entry.relevant)
        found = len(relevant & set(ranked[:3]))
        recalls.append(found / min(len(relevant), 3))
        first = next((rank for rank, key in enumerate(ranked, 1) if key in relevant), None)
        reciprocal.append(1 / first if first else 0.0)
        if found == 0:
            misses.append((entry, ranked[:3]))
    return Metrics(
        recall_at_3=sum(recalls) / len(recalls),
        mrr_at_10=sum(reciprocal) / len(reciprocal),
        misses=misses,
        queries=len(judged),
    )


def client_search(client: TestClient) -> Callable[[str], list[str]]:
    def search(q: str) -> list[str]:
        response = client.get("/v1/search", params={"q": q, "limit": 10})
        response.raise_for_status()
        return [f"{item['type']}/{item['slug']}" for item in response.json()["items"]]

    return search


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        database = load(PROJECT_ROOT / "data", Path(folder) / "plapi.sqlite3").path
        settings = Settings(database_path=database, rate_limit_per_minute=0, reload_interval=0)
        with TestClient(create_app(settings)) as client:
            metrics = evaluate(client_search(client))
    print(f"judged queries: {metrics.queries}")
    print(f"recall@3: {metrics.recall_at_3:.3f} (floor {RECALL_FLOOR})")
    print(f"MRR@10:   {metrics.mrr_at_10:.3f} (floor {MRR_FLOOR})")
    for entry, top in metrics.misses:
        print(f"miss [{entry.kind}] {entry.q!r}: want {entry.relevant}, got {top}")
    ok = metrics.recall_at_3 >= RECALL_FLOOR and metrics.mrr_at_10 >= MRR_FLOOR
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
