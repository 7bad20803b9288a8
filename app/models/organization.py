"""Organizations: support groups, helplines, professional bodies, agencies and publishers."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from app.models.common import LinkedRecord, Page, RecordColumns, json_list
from app.models.reference import Citation, ReferenceSummary


class Organization(RecordColumns, table=True):
    __tablename__ = "organization"

    details: str | None = None
    also_called: list[str] = json_list()
    kind: str = Field(index=True)
    country: str = Field(index=True, max_length=16)
    website: str | None = None
    phone: str | None = None
    text_line: str | None = None
    hours: str | None = None
    languages: list[str] = json_list()
    services: list[str] = json_list()
    verified_on: dt.date


class OrganizationFields(LinkedRecord):
    kind: str
    country: str
    website: str | None
    phone: str | None
    text_line: str | None


class OrganizationSummary(OrganizationFields):
    references: list[ReferenceSummary]


class OrganizationDetail(OrganizationFields):
    also_called: list[str]
    details: str | None
    hours: str | None
    languages: list[str]
    services: list[str]
    conditions: list[LinkedRecord]
    causes: list[LinkedRecord]
    publications: list[ReferenceSummary]
    references: list[Citation]
    verified_on: dt.date
    last_reviewed: dt.date


class OrganizationPage(Page[OrganizationSummary]):
    pass
