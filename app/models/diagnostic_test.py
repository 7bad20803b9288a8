"""Diagnostic tests: how a loss is confirmed or its cause looked for."""

from __future__ import annotations

import datetime as dt

from app.models.common import ContentColumns, LinkedRecord, Page
from app.models.reference import Citation, ReferenceSummary


class DiagnosticTest(ContentColumns, table=True):
    __tablename__ = "diagnostic_test"

    measures: str
    shows: str
    used_when: str


class DiagnosticTestSummary(LinkedRecord):
    references: list[ReferenceSummary]


class DiagnosticTestDetail(LinkedRecord):
    also_called: list[str]
    details: str
    measures: str
    shows: str
    used_when: str
    conditions: list[LinkedRecord]
    causes: list[LinkedRecord]
    references: list[Citation]
    last_reviewed: dt.date


class DiagnosticTestPage(Page[DiagnosticTestSummary]):
    pass
