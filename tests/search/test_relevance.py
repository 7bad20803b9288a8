"""The judged queries keep their floor: ranking never silently regresses, no answerable query
answers nothing, and a query with no answer answers only where to turn."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.helpers import (
    AFTER_A_LOSS,
    MRR_FLOOR,
    NO_ANSWER,
    RECALL_FLOOR,
    client_search,
    evaluate,
    judged_queries,
)


def test_judged_set_is_large_and_varied() -> None:
    judged = judged_queries()
    assert len(judged) >= 200
    assert sum(1 for entry in judged if entry.kind in AFTER_A_LOSS) >= 80
    assert {entry.kind for entry in judged} >= {
        "lay", "typo", "question", "clinical", "organization", "hotline", "time", "feeling",
        "shorthand", "long", NO_ANSWER,
    }  # fmt: skip
    for entry in judged:
        assert (entry.kind == NO_ANSWER) == (not entry.relevant), entry.q
    assert len({" ".join(entry.q.lower().split()) for entry in judged}) == len(judged)


def test_judged_records_exist(client: TestClient) -> None:
    for entry in judged_queries():
        for key in entry.relevant:
            assert client.get(f"/v1/{key}").status_code == 200, key


def test_relevance_floor(client: TestClient) -> None:
    metrics = evaluate(client_search(client))
    misses = [(entry.q, top) for entry, top in metrics.misses]
    assert metrics.recall_at_3 >= RECALL_FLOOR, misses
    assert metrics.mrr_at_10 >= MRR_FLOOR, misses


def test_only_queries_with_no_answer_answer_nothing(client: TestClient) -> None:
    metrics = evaluate(client_search(client))
    assert [entry.q for entry in metrics.empty] == []
    assert metrics.answered_no_answer == []


def test_a_query_with_no_answer_offers_help(client: TestClient) -> None:
    for entry in judged_queries():
        if entry.kind == NO_ANSWER:
            body = client.get("/v1/search", params={"q": entry.q}).json()
            assert (body["items"], body["total"]) == ([], 0), entry.q
            assert body["help"], entry.q
