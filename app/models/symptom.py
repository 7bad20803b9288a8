"""Symptoms: signs of pregnancy loss, with how urgently to seek care."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from app.models.common import ContentColumns, LinkedRecord, Page
from app.models.reference import Citation, ReferenceSummary


class Symptom(ContentColumns, table=True):
    __tablename__ = "symptom"

    urgency: str = Field(index=True)
    when_to_seek_care: str
    often_normal: str | None = None


class SymptomFields(LinkedRecord):
    urgency: str
    when_to_seek_care: str


class SymptomSummary(SymptomFields):
    references: list[ReferenceSummary]


class SymptomDetail(SymptomFields):
    also_called: list[str]
    details: str
    often_normal: str | None
    conditions: list[LinkedRecord]
    references: list[Citation]
    last_reviewed: dt.date


class SymptomPage(Page[SymptomSummary]):
    pass
