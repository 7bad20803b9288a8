"""Search relevance on the judged queries: recall@3 and MRR@10, overall and per kind.

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
    MRR_FLOOR,
    RECALL_FLOOR,
    client_search,
    evaluate,
    relevance_report,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=PROJECT_ROOT / "data", help="data folder")
    data = parser.parse_args().data
    with tempfile.TemporaryDirectory() as folder:
        database = load(data, Path(folder) / "plapi.sqlite3").path
        settings = Settings(database_path=database, rate_limit_per_minute=0, reload_interval=0)
        with TestClient(create_app(settings)) as client:
            metrics = evaluate(client_search(client))
    print("\n".join(relevance_report(metrics)))
    ok = (
        metrics.recall_at_3 >= RECALL_FLOOR
        and metrics.mrr_at_10 >= MRR_FLOOR
        and not metrics.empty
        and not metrics.answered_no_answer
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
