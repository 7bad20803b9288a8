"""Search relevance on the judged queries: recall@3 and MRR@10, overall and per kind.

    python -m bench.relevance                  # builds a database from data/ in a temporary folder
    python -m bench.relevance --data DIR       # the same, from another data folder

recall@3 is, per query, the share of its relevant records found in the top 3 (out of at most
3), averaged; MRR@10 is the mean of 1/rank of the first relevant record within the top 10.
Queries of kind ``no-answer`` (no relevant record) are not averaged: each must answer nothing
but the help records, and the script counts those that do. Every other query must answer
something.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from fastapi.testclient import TestClient

from app.config import PROJECT_ROOT, Settings
from app.loader.pipeline import load
from app.main import create_app

JUDGED = Path(__file__).with_name("judged_queries.yaml")
RECALL_FLOOR = 0.92
MRR_FLOOR = 0.85
NO_ANSWER = "no-answer"
# The ways people write after a loss, as opposed to the words of the records.
AFTER_A_LOSS = frozenset({"question", "feeling", "typo", "shorthand", "long"})


@dataclass
class Judged:
    q: str
    kind: str
    relevant: list[str]


@dataclass(frozen=True)
class Answer:
    """What a search answered: ranked ``type/slug`` keys, and whether they are only the help
    records offered when nothing matched."""

    ranked: list[str]
    help_only: bool = False


@dataclass
class Metrics:
    recall_at_3: float
    mrr_at_10: float
    misses: list[tuple[Judged, list[str]]] = field(default_factory=list)
    queries: int = 0
    per_kind: dict[str, tuple[int, float, float]] = field(default_factory=dict)
    empty: list[Judged] = field(default_factory=list)  # answerable, yet nothing answered
    answered_no_answer: list[tuple[Judged, list[str]]] = field(default_factory=list)
    no_answer: int = 0


def judged_queries() -> list[Judged]:
    return [
        Judged(q=str(entry["q"]), kind=entry["kind"], relevant=entry["relevant"])
        for entry in yaml.safe_load(JUDGED.read_text())
    ]


def evaluate(search: Callable[[str], Answer]) -> Metrics:
    """Score ``search`` (query → its answer) on every judged query."""
    recalls: list[float] = []
    reciprocal: list[float] = []
    by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    metrics = Metrics(recall_at_3=0.0, mrr_at_10=0.0)
    judged = judged_queries()
    for entry in judged:
        answer = search(entry.q)
        ranked = [] if answer.help_only else answer.ranked[:10]
        if entry.kind == NO_ANSWER:
            metrics.no_answer += 1
            if ranked:
                metrics.answered_no_answer.append((entry, ranked[:3]))
            continue
        if not ranked:
            metrics.empty.append(entry)
        relevant = set(entry.relevant)
        found = len(relevant & set(ranked[:3]))
        recall = found / min(len(relevant), 3)
        first = next((rank for rank, key in enumerate(ranked, 1) if key in relevant), None)
        rr = 1 / first if first else 0.0
        recalls.append(recall)
        reciprocal.append(rr)
        by_kind[entry.kind].append((recall, rr))
        if found == 0:
            metrics.misses.append((entry, ranked[:3]))
    metrics.recall_at_3 = sum(recalls) / len(recalls)
    metrics.mrr_at_10 = sum(reciprocal) / len(reciprocal)
    metrics.queries = len(judged)
    metrics.per_kind = {
        kind: (
            len(values),
            sum(r for r, _ in values) / len(values),
            sum(m for _, m in values) / len(values),
        )
        for kind, values in sorted(by_kind.items())
    }
    return metrics


def client_search(client: TestClient) -> Callable[[str], Answer]:
    def search(q: str) -> Answer:
        response = client.get("/v1/search", params={"q": q, "limit": 10})
        if response.status_code == 422:  # a query the service refuses answers nothing
            return Answer([])
        response.raise_for_status()
        body = response.json()
        ranked = [f"{item['type']}/{item['slug']}" for item in body["items"]]
        return Answer(ranked, help_only=body.get("interpretation", {}).get("help", False))

    return search


def report(metrics: Metrics) -> list[str]:
    after = sum(1 for entry in judged_queries() if entry.kind in AFTER_A_LOSS)
    lines = [
        f"judged queries: {metrics.queries} ({after} written as people write after a loss: "
        f"{', '.join(sorted(AFTER_A_LOSS))})",
        f"recall@3: {metrics.recall_at_3:.3f} (floor {RECALL_FLOOR})",
        f"MRR@10:   {metrics.mrr_at_10:.3f} (floor {MRR_FLOOR})",
        "per kind:  queries  recall@3  MRR@10",
    ]
    for kind, (count, recall, mrr) in metrics.per_kind.items():
        lines.append(f"  {kind:<13} {count:>4}    {recall:.3f}   {mrr:.3f}")
    answered = metrics.no_answer - len(metrics.answered_no_answer)
    lines.append(f"no-answer queries answering nothing but help: {answered}/{metrics.no_answer}")
    lines.append(f"answerable queries answering nothing: {len(metrics.empty)}")
    lines += [f"  empty [{entry.kind}] {entry.q!r}" for entry in metrics.empty]
    lines += [
        f"  answered no-answer {entry.q!r}: {top}" for entry, top in metrics.answered_no_answer
    ]
    for entry, top in metrics.misses:
        lines.append(f"miss [{entry.kind}] {entry.q!r}: want {entry.relevant}, got {top}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=PROJECT_ROOT / "data", help="data folder")
    data = parser.parse_args().data
    with tempfile.TemporaryDirectory() as folder:
        database = load(data, Path(folder) / "plapi.sqlite3").path
        settings = Settings(database_path=database, rate_limit_per_minute=0, reload_interval=0)
        with TestClient(create_app(settings)) as client:
            metrics = evaluate(client_search(client))
    print("\n".join(report(metrics)))
    ok = (
        metrics.recall_at_3 >= RECALL_FLOOR
        and metrics.mrr_at_10 >= MRR_FLOOR
        and not metrics.empty
        and not metrics.answered_no_answer
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
