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
    Page,
    WeekRange,
    json_list,
)
from app.models.reference import Citation, ReferenceSummary


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
    category: str
    trimesters: list[str]
    weeks: WeekRange
    evidence: str
    modifiable: str


class CauseSummary(CauseFields):
    references: list[ReferenceSummary]


class CauseDetail(CauseFields):
    also_called: list[str]
    details: str
    what_can_change: str | None
    how_common: list[CitedStatement]
    prevention_tips: list[str]
    codes: list[Code]
    conditions: list[LinkedRecord]
    treatments: list[LinkedRecord]
    diagnostic_tests: list[LinkedRecord]
    organizations: list[LinkedRecord]
    references: list[Citation]
    last_reviewed: dt.date


class CausePage(Page[CauseSummary]):
    pass
