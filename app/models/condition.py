"""Conditions: the types of pregnancy loss."""

from __future__ import annotations

import datetime as dt
from typing import Any

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


class Condition(ContentColumns, table=True):
    __tablename__ = "condition"

    week_start: int
    week_end: int | None = None
    definitions: list[dict[str, Any]] = json_list()
    how_common: list[dict[str, Any]] = json_list()


class Definition(CitedStatement):
    """A definition as one jurisdiction (``US``, ``UK``, ``WHO``, ``international``) states it."""

    jurisdiction: str
    weeks: WeekRange | None


class ConditionFields(LinkedRecord):
    weeks: WeekRange


class ConditionSummary(ConditionFields):
    references: list[ReferenceSummary]


class ConditionDetail(ConditionFields):
    also_called: list[str]
    details: str
    definitions: list[Definition]
    how_common: list[CitedStatement]
    codes: list[Code]
    causes: list[LinkedRecord]
    symptoms: list[LinkedRecord]
    diagnostic_tests: list[LinkedRecord]
    treatments: list[LinkedRecord]
    organizations: list[LinkedRecord]
    references: list[Citation]
    last_reviewed: dt.date


class ConditionPage(Page[ConditionSummary]):
    pass
