"""Symptoms: signs of pregnancy loss, with how urgently to seek care."""

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
    WeekRange,
    json_list,
)
from app.models.reference import Citation, ReferenceSummary
from app.vocabulary import Urgency


class Symptom(ContentColumns, table=True):
    __tablename__ = "symptom"

    urgency: str = Field(index=True)
    when_to_seek_care: str
    often_normal: str | None = None
    urgency_by_week: list[dict[str, Any]] = json_list()


class UrgencyAtWeeks(CitedStatement):
    """How urgent the symptom is in one range of gestational weeks, and what to do then."""

    weeks: WeekRange
    """The gestational weeks this applies to."""
    urgency: Urgency
    """How soon to seek care in those weeks."""


class LinkedSymptom(LinkedRecord):
    """A symptom in brief, as other records link to it: with how urgent it is, so that an app
    can show the urgent signs first without fetching each."""

    urgency: Urgency
    """How soon to seek care."""


class SymptomFields(LinkedSymptom):
    when_to_seek_care: str
    """Plain words on when to seek care, and whom to call."""


class SymptomSummary(ReviewFields, SymptomFields):
    """A symptom in brief, as lists show it."""

    references: list[ReferenceSummary]
    """The references that support the record, in brief."""


class SymptomDetail(ReviewFields, SymptomFields, OutdatedNameFields, TermsFields):
    """A symptom in full."""

    also_called: list[str]
    """Other names: lay words and clinical terms, searched but not shown as the title."""
    details: str
    """A longer explanation, in Markdown."""
    often_normal: str | None
    """What is often normal and not a sign of loss; null when the record has none."""
    urgency_by_week: list[UrgencyAtWeeks]
    """Where it matters how far along the pregnancy is: how urgent the symptom is in each range
    of weeks, and what to do then (`text`), in order of weeks; empty when the same advice holds
    throughout."""
    conditions: list[LinkedRecord]
    """The types of pregnancy loss it can be a sign of."""
    references: list[Citation]
    """The references that support the record, as full citations, in the curator's order."""
    last_reviewed: dt.date
    """When the record was written or last checked against its references."""


class SymptomPage(Page[SymptomSummary]):
    """One page of symptoms."""
