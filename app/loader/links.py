"""Linking: every slug a record names must be a record of the right type.

Which fields link where is the registry's (``app.registry``): each link is declared once, on
the type that owns it in ``data/``; citations (``references``) link every citing type.
"""

from __future__ import annotations

from typing import Any

from app.loader.files import Dataset
from app.loader.problems import Problem
from app.registry import TYPES

OWNED_LINKS: dict[str, dict[str, str]] = {
    name: {link.field: link.target for link in record_type.links if link.many}
    for name, record_type in TYPES.items()
    if any(link.many for link in record_type.links)
}
"""Folder → link field → folder it points into, for the many-to-many links."""

STATEMENT_FIELDS = (
    "definitions",
    "how_common",
    "outlook",
    "guideline_differences",
    "urgency_by_week",
)
"""Fields holding cited statements, whose references must also be listed on the record."""


def _linked_slugs(folder: str) -> list[tuple[str, str, bool]]:
    """(field, folder it points into, whether it lists several) of every link a record of
    ``folder`` holds: its many-to-many links, its citations, then its links of one slug."""
    record_type = TYPES[folder]
    found = [(link.field, link.target, True) for link in record_type.links if link.many]
    if record_type.cites:
        found.append(("references", "references", True))
    found += [(link.field, link.target, False) for link in record_type.links if not link.many]
    return found


def _dangling(dataset: Dataset, folder: str, slug: str, record: Any) -> list[Problem]:
    where = dataset.path_of(folder, slug)
    problems = []
    for field, target, many in _linked_slugs(folder):
        value = getattr(record, field)
        named = list(enumerate(value)) if many else ([] if value is None else [(None, value)])
        for index, linked in named:
            if not dataset.exists(target, linked):
                at = field if index is None else f"{field}[{index}]"
                problems.append(Problem(where, slug, at, f"no {target} record {linked!r}"))
    return problems


def check_links(dataset: Dataset) -> list[Problem]:
    """Every problem with the links between records; empty when every slug resolves."""
    problems: list[Problem] = []
    for folder, records in dataset.records.items():
        for slug, record in records.items():
            problems += _dangling(dataset, folder, slug, record)
            where = dataset.path_of(folder, slug)
            cited = set(getattr(record, "references", []))
            for field in STATEMENT_FIELDS:
                for index, statement in enumerate(getattr(record, field, [])):
                    for position, reference in enumerate(statement.references):
                        if reference not in cited:
                            problems.append(
                                Problem(
                                    where,
                                    slug,
                                    f"{field}[{index}].references[{position}]",
                                    f"{reference!r} is not in the record's references",
                                )
                            )
    return problems
