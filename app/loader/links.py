"""Linking: every slug a record names must be a record of the right type."""

from __future__ import annotations

from app.loader.files import Dataset
from app.loader.problems import Problem

OWNED_LINKS: dict[str, dict[str, str]] = {
    "conditions": {
        "symptoms": "symptoms",
        "diagnostic_tests": "diagnostic-tests",
        "treatments": "treatments",
        "organizations": "organizations",
    },
    "causes": {
        "conditions": "conditions",
        "treatments": "treatments",
        "diagnostic_tests": "diagnostic-tests",
        "organizations": "organizations",
    },
}
"""Folder → link field → folder it points into. Each link is declared on one side only."""

STATEMENT_FIELDS = (
    "definitions",
    "how_common",
    "outlook",
    "guideline_differences",
    "urgency_by_week",
)
"""Fields holding cited statements, whose references must also be listed on the record."""


def check_links(dataset: Dataset) -> list[Problem]:
    """Every problem with the links between records; empty when every slug resolves."""
    problems: list[Problem] = []
    for folder, records in dataset.records.items():
        for slug, record in records.items():
            where = dataset.path_of(folder, slug)
            targets = {**OWNED_LINKS.get(folder, {})}
            if folder != "references":
                targets["references"] = "references"
            for field, target in targets.items():
                for index, linked in enumerate(getattr(record, field)):
                    if not dataset.exists(target, linked):
                        problems.append(
                            Problem(
                                where, slug, f"{field}[{index}]", f"no {target} record {linked!r}"
                            )
                        )
            organization = getattr(record, "organization", None)
            if organization is not None and not dataset.exists("organizations", organization):
                problems.append(
                    Problem(
                        where, slug, "organization", f"no organizations record {organization!r}"
                    )
                )
            listed_on = getattr(record, "listed_on", None)
            if listed_on is not None and not dataset.exists("references", listed_on):
                problems.append(
                    Problem(where, slug, "listed_on", f"no references record {listed_on!r}")
                )
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
