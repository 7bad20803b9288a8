"""Conditions: the types of pregnancy loss."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
from app.models.symptom import LinkedSymptom
from app.models.treatment import LinkedTreatment
from app.vocabulary import Jurisdiction


class Condition(ContentColumns, table=True):
    __tablename__ = "condition"

    week_start: int
    week_end: int | None = None
    definitions: list[dict[str, Any]] = json_list()
    how_common: list[dict[str, Any]] = json_list()
    outlook: list[dict[str, Any]] = json_list()


class Definition(CitedStatement):
    """A definition of the condition as one jurisdiction states it."""

    jurisdiction: Jurisdiction
    """Whose definition it is."""
    weeks: WeekRange | None
    """The gestational weeks this definition covers; null when it names none."""


class ConditionFields(LinkedRecord):
    weeks: WeekRange
    """The gestational weeks the condition covers (the widest, across jurisdictions)."""


class ConditionSummary(ReviewFields, ConditionFields):
    """A type of pregnancy loss in brief, as lists show it."""

    references: list[ReferenceSummary]
    """The references that support the record, in brief."""


class ConditionDetail(ReviewFields, ConditionFields, OutdatedNameFields, TermsFields):
    """A type of pregnancy loss in full."""

    also_called: list[str]
    """Other names: lay words and clinical terms (some outdated), searched but not shown as the
    title."""
    details: str
    """A longer explanation, in Markdown."""
    definitions: list[Definition]
    """How each jurisdiction defines it, where definitions differ."""
    how_common: list[CitedStatement]
    """How common it is, each statement with its references; one per source where sources
    differ."""
    outlook: list[CitedStatement]
    """What this loss means for the future (recovery, a next pregnancy), each statement with its
    references: what is true of this loss, never comfort borrowed from another kind of loss."""
    codes: list[Code]
    """Clinical codes that name it; `GET /v1/lookup` finds the record by them."""
    causes: list[LinkedRecord]
    """Causes and risk factors that can lead to it."""
    symptoms: list[LinkedSymptom]
    """Its signs."""
    diagnostic_tests: list[LinkedRecord]
    """Tests used to diagnose it or look for its cause."""
    treatments: list[LinkedTreatment]
    """Treatments, care and support for it."""
    organizations: list[LinkedOrganization]
    """Organizations that support people with this loss."""
    references: list[Citation]
    """The references that support the record, as full citations, in the curator's order."""
    last_reviewed: dt.date
    """When the record was written or last checked against its references."""


class ConditionPage(Page[ConditionSummary]):
    """One page of types of pregnancy loss."""
