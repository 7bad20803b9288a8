"""``plapi report``: the content inventory matches the files."""

from __future__ import annotations

from typing import Any

from app.loader.pipeline import check
from app.loader.report import inventory
from tests.helpers import DATA_DIR


def test_inventory_counts() -> None:
    dataset = check(DATA_DIR)
    lines = inventory(dataset)
    text = "\n".join(lines)
    for folder, records in dataset.records.items():
        assert f"  {folder:<24} {len(records):>4}" in lines
    assert f"  {'total':<24} {dataset.count():>4}" in lines
    causes: list[Any] = list(dataset.records["causes"].values())
    second = len([cause for cause in causes if "second" in cause.trimesters])
    assert f"  {'second':<24} {second:>4}" in lines
    assert "oldest last_reviewed: " in text
    assert "references by kind:" in text
