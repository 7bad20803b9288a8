"""Search relevance on the judged queries: recall@3 and MRR@10 for the current data.

    python -m bench.relevance          # builds a database from data/ in a temporary folder

The judged queries, the measures and their floors are the test suite's (``tests.helpers``),
which holds the same floors.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

from app.config import PROJECT_ROOT, Settings
from app.loader.pipeline import load
from app.main import create_app
from tests.helpers import MRR_FLOOR, RECALL_FLOOR, client_search, evaluate


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
