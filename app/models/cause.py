"""Causes and risk factors of pregnancy loss."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Field

from app.models.code import Code
from app.models.common import (
    CitedStatement,
    ContentColumns,
    LinkedRecord,
    OutdatedNameFields,
    Page,
    ReviewFields,
    TermsFields,
    WeekRange,
    json_list,
)
from app.models.contact import LinkedOrganization
from app.models.reference import Citation, ReferenceSummary
from app.models.treatment import LinkedTreatment
from app.vocabulary import CauseCategory, Evidence, Modifiable, Trimester


class Cause(ContentColumns, table=True):
    __tablename__ = "cause"

    category: str = Field(index=True)
    trimesters: list[str] = json_list()
    week_start: int
    week_end: int | None = None
    evidence: str
    modifiable: str
    what_can_change: str | None = None
    how_common: list[dict[str, Any]] = json_list()
    prevention_tips: list[str] = json_list()


class CauseFields(LinkedRecord):
    category: CauseCategory
    """What kind of cause or risk factor it is."""
    trimesters: list[Trimester]
    """The trimesters in which it matters."""
    weeks: WeekRange
    """The gestational weeks in which it matters."""
    evidence: Evidence
    """How strong the evidence linking it to pregnancy loss is."""
    modifiable: Modifiable
    """Whether a person can change it."""


class CauseSummary(ReviewFields, CauseFields):
    """A cause or risk factor in brief, as lists show it."""

    references: list[ReferenceSummary]
    """The references that support the record, in brief."""


class CauseDetail(ReviewFields, CauseFields, OutdatedNameFields, TermsFields):
    """A cause or risk factor in full."""

    also_called: list[str]
    """Other names: lay words and clinical terms (some outdated), searched but not shown as the
    title."""
    details: str
    """A longer explanation, in Markdown."""
    what_can_change: str | None
    """Plain words on what can and cannot be changed; null when the record has none."""
    how_common: list[CitedStatement]
    """How common it is, each statement with its references; one per source where sources
    differ."""
    prevention_tips: list[str]
    """Short, plain tips, supported by the record's references."""
    codes: list[Code]
    """Clinical codes that name it (often none)."""
    conditions: list[LinkedRecord]
    """The types of pregnancy loss it can lead to."""
    treatments: list[LinkedTreatment]
    """Treatments that address it."""
    diagnostic_tests: list[LinkedRecord]
    """Tests that find it."""
    organizations: list[LinkedOrganization]
    """Organizations that help with it."""
    references: list[Citation]
    """The references that support the record, as full citations, in the curator's order."""
    last_reviewed: dt.date
    """When the record was written or last checked against its references."""


class CausePage(Page[CauseSummary]):
    """One page of causes and risk factors."""
