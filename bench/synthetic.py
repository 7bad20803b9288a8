"""A synthetic dataset N times larger than the real one, for growth measurements only.

Each copy renames every record (``cervical-insufficiency-x7``) and points its links at the
same copy, so the link structure, text and search vocabulary keep their real shape. It is
generated in memory and never written to ``data/``.
"""

from __future__ import annotations

from typing import Any

from app.loader.files import Dataset
from app.loader.links import OWNED_LINKS, STATEMENT_FIELDS


def _renamed(record: Any, copy: int, folder: str) -> Any:
    suffix = f"-x{copy}"
    changes: dict[str, Any] = {}
    for link_field in OWNED_LINKS.get(folder, {}):
        changes[link_field] = [slug + suffix for slug in getattr(record, link_field)]
    if folder != "references":
        changes["references"] = [slug + suffix for slug in record.references]
        changes["name"] = f"{record.name} (copy {copy})"
    else:
        changes["title"] = f"{record.title} (copy {copy})"
        if record.organization:
            changes["organization"] = record.organization + suffix
    for statement_field in STATEMENT_FIELDS:
        statements = getattr(record, statement_field, None)
        if statements:
            changes[statement_field] = [
                statement.model_copy(
                    update={"references": [slug + suffix for slug in statement.references]}
                )
                for statement in statements
            ]
    return record.model_copy(update=changes)


def enlarge(dataset: Dataset, factor: int) -> Dataset:
    """The real records plus ``factor - 1`` renamed copies of each."""
    larger = Dataset(root=dataset.root, synonyms=list(dataset.synonyms))
    for folder, records in dataset.records.items():
        larger.records[folder] = dict(records)
        for copy in range(1, factor):
            for slug, record in records.items():
                larger.records[folder][f"{slug}-x{copy}"] = _renamed(record, copy, folder)
    return larger
