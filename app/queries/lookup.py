"""Finding records by clinical code, with ICD-10-CM hierarchy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from app import models
from app.codes import ICD10CM_CATEGORY_LENGTH, Match, normalize_code, relation
from app.models.code import Code
from app.queries.records import get_record
from app.registry import TYPES, slug_column
from app.vocabulary import Language

# The types that carry clinical codes, each with its column in the codes table.
CODED = [
    (record_type, slug_column(record_type))
    for record_type in TYPES.values()
    if record_type.has_codes
]


@dataclass(frozen=True)
class Found:
    type: str  # "conditions" or "causes"
    match: Match
    code: Code
    record: Any  # ConditionDetail or CauseDetail
    asked: str  # the normalized code asked about that found the record


def lookup(
    session: Session, *, system: str, code: str, language: Language = Language.en
) -> list[Found]:
    """Records whose codes equal, contain or fall within ``code``, or share its category when
    that is a pregnancy-loss category; each record once, by its closest code, best first, in
    ``language``."""
    asked = normalize_code(code)
    statement = select(models.ClinicalCode).where(models.ClinicalCode.system == system)
    if system == "icd10cm":
        statement = statement.where(
            col(models.ClinicalCode.normalized).startswith(asked[:ICD10CM_CATEGORY_LENGTH])
        )
    else:
        statement = statement.where(models.ClinicalCode.normalized == asked)
    best: dict[tuple[str, str], tuple[Match, int, models.ClinicalCode]] = {}
    for row in session.exec(statement):
        found = relation(system, asked, row.normalized)
        if found is None:
            continue
        key = next(
            (record_type.name.value, str(getattr(row, column)))
            for record_type, column in CODED
            if getattr(row, column)
        )
        # Among a record's codes, prefer the closest relation, then the longest shared prefix.
        rank = (found, -len(row.normalized))
        if key not in best or rank < best[key][:2]:
            best[key] = (found, -len(row.normalized), row)
    ordered = sorted(best.items(), key=lambda item: (item[1][0], item[1][1], item[0]))
    results = []
    for (type_name, slug), (match, _, row) in ordered:
        record = get_record(session, TYPES[type_name], slug, language)
        if record is not None:
            results.append(
                Found(
                    type=type_name,
                    match=match,
                    code=Code.model_validate(row),
                    record=record,
                    asked=asked,
                )
            )
    return results


def lookup_codes(
    session: Session, *, codes: Iterable[tuple[str, str]], language: Language = Language.en
) -> list[Found]:
    """Records found by any of ``codes`` ((system, code) pairs), each once: closest relation
    first, then the earlier code, then each code's own order; in ``language``."""
    ranked: dict[tuple[str, str], tuple[tuple[Match, int, int], Found]] = {}
    asked = dict.fromkeys((system, normalize_code(code)) for system, code in codes)
    for position, (system, code) in enumerate(asked):
        found_for_code = lookup(session, system=system, code=code, language=language)
        for order, found in enumerate(found_for_code):
            key = (found.type, found.record.slug)
            rank = (found.match, position, order)
            if key not in ranked or rank < ranked[key][0]:
                ranked[key] = (rank, found)
    return [found for _, found in sorted(ranked.values(), key=lambda item: item[0])]
