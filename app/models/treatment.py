"""Treatments, care and support after or to prevent a loss."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Field

from app.models.common import (
    CitedStatement,
    ContentColumns,
    LinkedRecord,
    OutdatedNameFields,
    Page,
    ReviewFields,
    TermsFields,
    json_list,
)
from app.models.reference import Citation, ReferenceSummary
from app.vocabulary import TreatmentKind


class Treatment(ContentColumns, table=True):
    __tablename__ = "treatment"

    kind: str = Field(index=True)
    what_to_expect: str
    risks: str | None = None
    guideline_differences: list[dict[str, Any]] = json_list()


class LinkedTreatment(LinkedRecord):
    """A treatment in brief, as other records link to it: with its kind."""

    kind: TreatmentKind
    """What kind of treatment, care or support it is."""


class TreatmentSummary(ReviewFields, LinkedTreatment):
    """A treatment in brief, as lists show it."""

    references: list[ReferenceSummary]
    """The references that support the record, in brief."""


class TreatmentDetail(ReviewFields, LinkedTreatment, OutdatedNameFields, TermsFields):
    """A treatment, care or support in full."""

    also_called: list[str]
    """Other names: lay words and clinical terms, searched but not shown as the title."""
    details: str
    """A longer explanation, in Markdown."""
    what_to_expect: str
    """Plain words on what happens."""
    risks: str | None
    """Risks and side effects, as guidelines state them; null when the record has none."""
    guideline_differences: list[CitedStatement]
    """Where guidelines disagree: one statement per guideline, with its references."""
    conditions: list[LinkedRecord]
    """The types of pregnancy loss it is for."""
    causes: list[LinkedRecord]
    """The causes and risk factors it addresses."""
    references: list[Citation]
    """The references that support the record, as full citations, in the curator's order."""
    last_reviewed: dt.date
    """When the record was written or last checked against its references."""


class TreatmentPage(Page[TreatmentSummary]):
    """One page of treatments, care and support."""
