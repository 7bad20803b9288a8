"""Treatments, care and support after or to prevent a loss."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Field

from app.models.common import CitedStatement, ContentColumns, LinkedRecord, Page, json_list
from app.models.reference import Citation, ReferenceSummary


class Treatment(ContentColumns, table=True):
    __tablename__ = "treatment"

    kind: str = Field(index=True)
    what_to_expect: str
    risks: str | None = None
    guideline_differences: list[dict[str, Any]] = json_list()


class TreatmentFields(LinkedRecord):
    kind: str


class TreatmentSummary(TreatmentFields):
    references: list[ReferenceSummary]


class TreatmentDetail(TreatmentFields):
    also_called: list[str]
    details: str
    what_to_expect: str
    risks: str | None
    guideline_differences: list[CitedStatement]
    conditions: list[LinkedRecord]
    causes: list[LinkedRecord]
    references: list[Citation]
    last_reviewed: dt.date


class TreatmentPage(Page[TreatmentSummary]):
    pass
