"""Symptoms: signs of pregnancy loss, with how urgently to seek care."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from app.models.common import ContentColumns, LinkedRecord, OutdatedNameFields, Page, ReviewFields
from app.models.reference import Citation, ReferenceSummary
from app.vocabulary import Urgency


class Symptom(ContentColumns, table=True):
    __tablename__ = "symptom"

    urgency: str = Field(index=True)
    when_to_seek_care: str
    often_normal: str | None = None


class SymptomFields(LinkedRecord):
    urgency: Urgency
    """How soon to seek care."""
    when_to_seek_care: str
    """Plain words on when to seek care, and whom to call."""


class SymptomSummary(ReviewFields, SymptomFields):
    """A symptom in brief, as lists show it."""

    references: list[ReferenceSummary]
    """The references that support the record, in brief."""


class SymptomDetail(ReviewFields, SymptomFields, OutdatedNameFields):
    """A symptom in full."""

    also_called: list[str]
    """Other names: lay words and clinical terms, searched but not shown as the title."""
    details: str
    """A longer explanation, in Markdown."""
    often_normal: str | None
    """What is often normal and not a sign of loss; null when the record has none."""
    conditions: list[LinkedRecord]
    """The types of pregnancy loss it can be a sign of."""
    references: list[Citation]
    """The references that support the record, as full citations, in the curator's order."""
    last_reviewed: dt.date
    """When the record was written or last checked against its references."""


class SymptomPage(Page[SymptomSummary]):
    """One page of symptoms."""
