"""Search relevance on the judged queries: recall@3 and MRR@10, overall and per kind, in
English (``bench/judged_queries.yaml``) and in Spanish (``bench/judged_queries_es.yaml``,
searched with ``lang=es``).

    python -m bench.relevance                  # builds a database from data/ in a temporary folder
    python -m bench.relevance --data DIR       # the same, from another data folder

The judged queries, the measures and their floors are the test suite's (``tests.helpers``),
which holds the same floors. Queries of kind ``no-answer`` must answer nothing (the answer's
``help`` then says where to turn); every other query must answer something.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

from app.config import PROJECT_ROOT, Settings
from app.loader.pipeline import load
from app.main import create_app
from tests.helpers import (
    JUDGED,
    JUDGED_ES,
    MRR_FLOOR,
    MRR_FLOOR_ES,
    RECALL_FLOOR,
    RECALL_FLOOR_ES,
    Metrics,
    client_search,
    evaluate,
    judged_queries,
    relevance_report,
)

# Each judged set: its file, the language it is searched in, and its floors.
SETS = (
    ("English", JUDGED, None, (RECALL_FLOOR, MRR_FLOOR)),
    ("Spanish (lang=es)", JUDGED_ES, "es", (RECALL_FLOOR_ES, MRR_FLOOR_ES)),
)


def holds(metrics: Metrics, floors: tuple[float, float]) -> bool:
    """The set reaches its floors, answers every answerable query, and no other."""
    return (
        metrics.recall_at_3 >= floors[0]
        and metrics.mrr_at_10 >= floors[1]
        and not metrics.empty
        and not metrics.answered_no_answer
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=PROJECT_ROOT / "data", help="data folder")
    data = parser.parse_args().data
    with tempfile.TemporaryDirectory() as folder:
        database = load(data, Path(folder) / "plapi.sqlite3").path
        settings = Settings(database_path=database, rate_limit_per_minute=0, reload_interval=0)
        with TestClient(create_app(settings)) as client:
            results = [
                (title, path, floors, evaluate(client_search(client, lang), judged_queries(path)))
                for title, path, lang, floors in SETS
            ]
    for title, path, floors, metrics in results:
        print(f"== {title}: {path.name}")
        print("\n".join(relevance_report(metrics, path, None if path == JUDGED else floors)))
    return 0 if all(holds(metrics, floors) for _, _, floors, metrics in results) else 1


if __name__ == "__main__":
    sys.exit(main())
