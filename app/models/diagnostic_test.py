"""Diagnostic tests: how a loss is confirmed or its cause looked for."""

from __future__ import annotations

import datetime as dt

from app.models.common import (
    ContentColumns,
    LinkedRecord,
    OutdatedNameFields,
    Page,
    ReviewFields,
    TermsFields,
)
from app.models.reference import Citation, ReferenceSummary


class DiagnosticTest(ContentColumns, table=True):
    __tablename__ = "diagnostic_test"

    measures: str
    shows: str
    used_when: str


class DiagnosticTestSummary(ReviewFields, LinkedRecord):
    """A diagnostic test in brief, as lists show it."""

    references: list[ReferenceSummary]
    """The references that support the record, in brief."""


class DiagnosticTestDetail(ReviewFields, LinkedRecord, OutdatedNameFields, TermsFields):
    """A diagnostic test in full."""

    also_called: list[str]
    """Other names: lay words and clinical terms, searched but not shown as the title."""
    details: str
    """A longer explanation, in Markdown."""
    measures: str
    """What the test measures or looks at."""
    shows: str
    """What its results can show."""
    used_when: str
    """When it is used."""
    conditions: list[LinkedRecord]
    """The types of pregnancy loss it is used to diagnose or look into."""
    causes: list[LinkedRecord]
    """The causes and risk factors it finds."""
    references: list[Citation]
    """The references that support the record, as full citations, in the curator's order."""
    last_reviewed: dt.date
    """When the record was written or last checked against its references."""


class DiagnosticTestPage(Page[DiagnosticTestSummary]):
    """One page of diagnostic tests."""
