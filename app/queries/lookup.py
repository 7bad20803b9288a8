"""Finding records by clinical code, with ICD-10-CM hierarchy.

A dataset has few codes, so they are read once per dataset version (``CodeIndex``) and
matched in memory: a look-up ranks the distinct records its codes find without reading a
record, and the caller then loads each record it answers with once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, select

from app import models
from app.codes import ICD10CM_CATEGORY_LENGTH, Match, distinct_codes, normalize_code, relation
from app.models.code import Code
from app.registry import TYPES, slug_column

# The types that carry clinical codes, each with its column in the codes table.
CODED = [
    (record_type.name.value, slug_column(record_type))
    for record_type in TYPES.values()
    if record_type.has_codes
]


@dataclass(frozen=True)
class RecordCode:
    """A code of a record: the record's type and slug, the code normalized and as served."""

    type: str
    slug: str
    normalized: str
    code: Code


@dataclass(frozen=True)
class Found:
    """A record a code found, not yet read: how its code relates to the code asked about."""

    type: str  # "conditions" or "causes"
    slug: str
    match: Match
    code: Code
    asked: str  # the normalized code asked about that found the record


class CodeIndex:
    """Every code of a dataset, by system and by what a code asked about is compared with:
    its ICD-10-CM category (the hierarchy never leaves one), or a SNOMED CT concept id."""

    def __init__(self, codes: Iterable[RecordCode]) -> None:
        self.by_key: dict[tuple[str, str], list[RecordCode]] = defaultdict(list)
        for code in codes:
            self.by_key[
                (code.code.system.value, self.key(code.code.system.value, code.normalized))
            ].append(code)

    @staticmethod
    def key(system: str, normalized: str) -> str:
        return normalized[:ICD10CM_CATEGORY_LENGTH] if system == "icd10cm" else normalized

    @classmethod
    def load(cls, session: Session) -> CodeIndex:
        rows = session.exec(select(models.ClinicalCode)).all()
        return cls(
            RecordCode(
                type=type_name,
                slug=str(getattr(row, column)),
                normalized=row.normalized,
                code=Code.model_validate(row),
            )
            for row in rows
            for type_name, column in CODED
            if getattr(row, column)
        )

    def covers(self, system: str, code: str) -> bool:
        """Whether any record has a code that ``code`` could be compared with."""
        return (system, self.key(system, normalize_code(code))) in self.by_key

    def lookup(self, system: str, code: str) -> list[Found]:
        """Records whose codes equal, contain or fall within ``code``, or share its category
        when that is a pregnancy-loss category; each record once, by its closest code, best
        first."""
        asked = normalize_code(code)
        best: dict[tuple[str, str], tuple[Match, int, RecordCode]] = {}
        for candidate in self.by_key.get((system, self.key(system, asked)), ()):
            found = relation(system, asked, candidate.normalized)
            if found is None:
                continue
            key = (candidate.type, candidate.slug)
            # Among a record's codes, prefer the closest relation, then the longest prefix.
            rank = (found, -len(candidate.normalized))
            if key not in best or rank < best[key][:2]:
                best[key] = (found, -len(candidate.normalized), candidate)
        ordered = sorted(best.items(), key=lambda item: (item[1][0], item[1][1], item[0]))
        return [
            Found(type=type_name, slug=slug, match=match, code=candidate.code, asked=asked)
            for (type_name, slug), (match, _, candidate) in ordered
        ]


def lookup_codes(index: CodeIndex, *, codes: Iterable[tuple[str, str]]) -> list[Found]:
    """The distinct records found by any of ``codes`` ((system, code) pairs), each once:
    closest relation first, then the earlier code, then each code's own order."""
    ranked: dict[tuple[str, str], tuple[tuple[Match, int, int], Found]] = {}
    asked = distinct_codes(codes)
    for position, (system, code) in enumerate(asked):
        for order, found in enumerate(index.lookup(system, code)):
            key = (found.type, found.slug)
            rank = (found.match, position, order)
            if key not in ranked or rank < ranked[key][0]:
                ranked[key] = (rank, found)
    return [found for _, found in sorted(ranked.values(), key=lambda item: item[0])]
