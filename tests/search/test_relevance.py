"""The judged queries keep their floor: ranking never silently regresses."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.helpers import MRR_FLOOR, RECALL_FLOOR, client_search, evaluate, judged_queries


def test_judged_set_is_large_and_varied() -> None:
    judged = judged_queries()
    assert len(judged) >= 60
    assert {entry.kind for entry in judged} >= {
        "lay", "typo", "question", "clinical", "organization", "hotline", "time",
    }  # fmt: skip


def test_judged_records_exist(client: TestClient) -> None:
    for entry in judged_queries():
        for key in entry.relevant:
            assert client.get(f"/v1/{key}").status_code == 200, key


def test_relevance_floor(client: TestClient) -> None:
    metrics = evaluate(client_search(client))
    misses = [(entry.q, top) for entry, top in metrics.misses]
    assert metrics.recall_at_3 >= RECALL_FLOOR, misses
    assert metrics.mrr_at_10 >= MRR_FLOOR, misses
