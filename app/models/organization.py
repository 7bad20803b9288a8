"""Organizations: support groups, helplines, professional bodies, agencies and publishers."""

from __future__ import annotations

import datetime as dt

import pydantic
from sqlmodel import Field

from app.models.common import (
    LinkedRecord,
    OutdatedNameFields,
    Page,
    RecordColumns,
    ReviewFields,
    TermsFields,
    WebAddress,
    json_list,
)
from app.models.contact import LinkedOrganization
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
    text_number: str | None = None
    text_keyword: str | None = None
    hours: str | None = None
    languages: list[str] = json_list()
    services: list[str] = json_list()
    verified_on: dt.date


class OrganizationFields(LinkedOrganization):
    website: WebAddress | None
    """Its home page, an outside link; null when it has none."""
    text_line: str | None
    """How to reach it by text message, in words; null when it has none."""


class OrganizationSummary(ReviewFields, OrganizationFields):
    """An organization in brief, as lists show it."""

    references: list[ReferenceSummary]
    """The references its details were checked against, in brief."""


class OrganizationDetail(ReviewFields, OrganizationFields, OutdatedNameFields, TermsFields):
    """An organization in full."""

    also_called: list[str]
    """Other names and abbreviations, searched but not shown as the title."""
    details: str | None
    """A longer description, in Markdown; null when the record has none."""
    hours: str | None
    """When its phone or text line is answered; null when not stated."""
    languages: list[str] = pydantic.Field(examples=[["en", "es"]])
    """Languages its phone or text line answers in, as BCP 47 codes; empty when not stated."""
    services: list[str]
    """What it offers, as short phrases."""
    conditions: list[LinkedRecord]
    """The types of pregnancy loss it supports people with."""
    causes: list[LinkedRecord]
    """The causes and risk factors it helps with."""
    publications: list[ReferenceSummary]
    """References it publishes, in brief."""
    references: list[Citation]
    """The references its details were checked against, as full citations."""
    verified_on: dt.date
    """When its contact details were last checked against its references."""
    last_reviewed: dt.date
    """When the record was written or last checked against its references."""


class OrganizationPage(Page[OrganizationSummary]):
    """One page of organizations."""
